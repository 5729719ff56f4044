// 企业经营状况 and 联系记录 in the browser (issue 11): a cadre logs a contact in 联系记录 with real
// Chinese typing (the enterprise then counts as contacted this month, in 联系记录 and in 包联企业),
// sees its own log, and enters a month's operating status on the enterprise's record; the enterprise
// finds that month in its own 经营状况 tab with the trend chart and, after its own edit, both
// versions in 填报记录. A unit administrator reads the cadres' contact counts in 基础数据.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs, api } = require("./lib/accounts");

const VIEW = { width: 1440, height: 900 };
let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function as(key) {
  const page = await browser.newPage({ viewport: VIEW });
  await page.goto(server.url + "/");
  await loginAs(page, key);
  return page;
}

test("a cadre logs a contact and the enterprise is no longer marked 本月未联系", async () => {
  const page = await as("cadre");
  await b.click(page, "menu.contact.log");
  let p = await b.waitProbe(page, (q) => q.screen === "contact.log" && b.widget(q, "contact_log.uncontacted") && b.settled(q),
    "联系记录 with the enterprises not contacted this month");
  const before = Number(b.text(p, "contact_log.uncontacted"));
  await b.screenshot(page, "relation_contact_log");

  // Saving an empty form shows every problem beside its field, sending nothing.
  await b.click(page, "contact_log.new");
  await b.waitWidget(page, "contact_form.summary");
  await b.retype(page, "contact_form.date", "2026-13-40");
  await b.click(page, "contact_form.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "contact_form.enterprise.error") && b.widget(q, "contact_form.way.error") &&
    b.widget(q, "contact_form.summary.error") && b.widget(q, "contact_form.date.error"), "every field's error");
  assert.match(b.text(p, "contact_form.way.error"), /联系方式/);

  // Pick an enterprise not yet contacted this month, when there is one.
  await b.click(page, "contact_form.enterprise");
  p = await b.waitProbe(page, (q) => q.widgets.some((w) => w.id.startsWith("contact_form.enterprise.option.")), "the enterprises");
  const choices = p.widgets.filter((w) => w.id.startsWith("contact_form.enterprise.option."));
  const target = choices.find((w) => w.text.includes("本月未联系")) || choices[0];
  await b.click(page, target.id);
  await b.screenshot(page, "relation_contact_enterprise_chosen");
  const name = target.text.replace("（本月未联系）", "");
  const today = await page.evaluate(() => {
    const d = new Date(Date.now() + 8 * 3600 * 1000);
    return d.toISOString().slice(0, 10);
  });
  await b.retype(page, "contact_form.date", today);
  await b.click(page, "contact_form.way.option.1");  // 电话
  await b.typeInto(page, "contact_form.summary", "电话了解四季度订单情况，企业反映用工紧张，已介绍人社局招聘会");
  await b.typeInto(page, "contact_form.follow_up", "下周协调招聘会展位");
  await b.screenshot(page, "relation_contact_form");
  await b.click(page, "contact_form.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "contact_log.message") && b.settled(q), "the saved contact");
  assert.match(b.text(p, "contact_log.message"), new RegExp(name));
  p = await b.waitProbe(page, (q) => b.text(q, "contact_log.summary.0") === "电话了解四季度订单情况，企业反映用工紧张，已介绍人社局招聘会",
    "the new contact first in the log");
  if (target.text.includes("本月未联系")) {
    p = await b.waitProbe(page, (q) => Number(b.text(q, "contact_log.uncontacted")) === before - 1, "one enterprise fewer uncontacted");
  }
  await b.screenshot(page, "relation_contact_saved");

  // 包联企业 shows today's date as the last contact of that enterprise.
  await b.click(page, "menu.profile.enterprises");
  p = await b.waitProbe(page, (q) => q.screen === "profile.enterprises" && b.widget(q, "enterprises.cell.0") && b.settled(q), "包联企业");
  const row = p.widgets.find((w) => w.id.startsWith("enterprises.cell.") && w.text === name);
  assert.ok(row, `${name} in 包联企业`);
  const idx = row.id.split(".").pop();
  assert.equal(b.widget(p, `enterprises.uncontacted.${idx}`), undefined, "no longer marked 本月未联系");
  await b.screenshot(page, "relation_enterprise_list");

  // The record's 联系记录 tab lists it too.
  await b.click(page, row.id);
  await b.click(page, "enterprise.tab.contacts");
  p = await b.waitProbe(page, (q) => b.text(q, "contacts.summary.0") === "电话了解四季度订单情况，企业反映用工紧张，已介绍人社局招聘会",
    "the contact in the record's tab");
  await page.close();

  const admin = await as("unit_admin");
  await b.click(admin, "menu.base.cadres");
  p = await b.waitProbe(admin, (q) => q.screen === "base.cadres" && b.widget(q, "cadres.contacts.0") && b.settled(q), "包联干部 with counts");
  assert.ok(p.widgets.filter((w) => w.id.startsWith("cadres.contacts.")).some((w) => /^[1-9]\d* \/ /.test(w.text)),
    "a cadre with contacts this month");
  await admin.close();
});

test("the cadre and the enterprise enter a month's operating status; history keeps both versions", async () => {
  const cadre = await as("cadre");
  await b.click(cadre, "menu.profile.enterprises");
  let p = await b.waitProbe(cadre, (q) => b.widget(q, "enterprises.cell.0") && b.settled(q), "包联企业");
  const row = p.widgets.find((w) => w.id.startsWith("enterprises.cell.") && w.text === "十堰市鑫源汽车零部件有限公司");
  await b.click(cadre, row.id);
  await b.click(cadre, "enterprise.tab.operating");
  p = await b.waitProbe(cadre, (q) => b.widget(q, "operating.chart") && b.settled(q), "the trend chart");
  assert.ok(Number(b.text(p, "operating.chart")) >= 3, "the demo's three months are drawn");
  await b.screenshot(cadre, "relation_operating_tab");

  await b.click(cadre, "operating.new");
  await b.waitWidget(cadre, "operating_form.output_value");
  // 其他 without a description and a third decimal: both refused beside their fields.
  await b.click(cadre, "operating_form.state.option.4");
  await b.retype(cadre, "operating_form.output_value", "1234.567");
  await b.retype(cadre, "operating_form.revenue", "980");
  await b.retype(cadre, "operating_form.employees", "128");
  await b.retype(cadre, "operating_form.difficulties", "");
  await b.click(cadre, "operating_form.save");
  p = await b.waitProbe(cadre, (q) => b.widget(q, "operating_form.output_value.error") && b.widget(q, "operating_form.difficulties.error"),
    "the amount's and the difficulties' errors");
  await b.screenshot(cadre, "relation_operating_form_errors");
  await b.click(cadre, "operating_form.state.option.2");  // 部分停产
  await b.retype(cadre, "operating_form.output_value", "1234.5");
  await b.typeInto(cadre, "operating_form.difficulties", "芯片供应紧张，一条产线停产检修");
  await b.click(cadre, "operating_form.save");
  p = await b.waitProbe(cadre, (q) => b.widget(q, "operating.message") && b.settled(q), "saved");
  assert.match(b.text(p, "operating.message"), /经营状况已保存/);
  await cadre.close();

  // The enterprise sees it in 企业信息 and edits the same month: the cadre's version is kept.
  const company = await as("enterprise");
  await b.click(company, "enterprise.tab.operating");
  p = await b.waitProbe(company, (q) => b.widget(q, "operating.chart") && b.settled(q), "the enterprise's 经营状况");
  const saved = (await api(company, "/api/enterprises/" + (await api(company, "/api/me")).body.enterprise.id + "/operating-status")).body;
  const entered = saved.reports.find((r) => r.difficulties === "芯片供应紧张，一条产线停产检修");
  assert.ok(entered, "the cadre's report");
  assert.equal(entered.output_value, "1234.5");
  await b.click(company, `operating.edit.${entered.month}`);
  await b.retype(company, "operating_form.employees", "131");
  await b.click(company, "operating_form.save");
  await b.waitProbe(company, (q) => b.widget(q, "operating.message") && b.settled(q), "the enterprise's save");
  await b.click(company, `operating.history.${entered.month}`);
  p = await b.waitProbe(company, (q) => b.widget(q, "operating.version.1"), "two versions");
  assert.equal(b.text(p, "operating.version.0"), "现行");
  assert.equal(b.text(p, "operating.version.1"), "已替换");
  await b.screenshot(company, "relation_operating_history");
  await company.close();
});
