// The petition lifecycle through the real UI (issue 5): one petition from 发布诉求 to 销号 with four
// different users (enterprise, liaison cadre, city dispatcher, handling unit), and one that is
// returned twice on the way (by the cadre to the enterprise, by the unit to the dispatcher) and
// ends with a county. Real clicks and real Chinese typing; screenshots of every screen on the way.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs, api } = require("./lib/accounts");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function as(key) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  await loginAs(page, key);
  return page;
}

async function fillPetition(page, title) {
  await b.click(page, "menu.petition_new");
  await b.waitWidget(page, "petition_form.title_field");
  await b.typeInto(page, "petition_form.title_field", title);
  await b.choose(page, "petition_form.category", "融资");
  await b.typeInto(page, "petition_form.description", "企业计划扩大生产线，需要流动资金贷款约五百万元，希望协调银行给予支持。");
  await b.typeInto(page, "petition_form.contact_name", "李会计");
  await b.typeInto(page, "petition_form.contact_mobile", "13871234567");
}

// Opens the first row of a menu's list whose title is `title`.
async function openFromMenu(page, menu, title) {
  await b.click(page, "menu." + menu);
  const p = await b.waitProbe(page, (q) => q.widgets.some((w) => w.id.startsWith("petitions.title.") && w.text === title),
    `${title} in ${menu}`);
  const cell = p.widgets.find((w) => w.id.startsWith("petitions.title.") && w.text === title);
  await b.click(page, cell.id);
  return b.waitProbe(page, (q) => b.widget(q, "petition.heading") && b.widget(q, "petition.heading").text === title,
    `the detail of ${title}`);
}

async function act(page, action, fill) {
  await b.click(page, "petition.action." + action);
  try {
    await b.waitWidget(page, "petition.form.confirm");
  } catch (e) {
    await b.screenshot(page, `petition-failed-${action}`);  // what the clerk saw instead
    throw e;
  }
  if (fill) await fill();
  await b.click(page, "petition.form.confirm");
  try {
    return await b.waitProbe(page, (q) => b.widget(q, "petition.message") && !b.widget(q, "petition.form.confirm"),
      `${action} to succeed`);
  } catch (e) {
    const p = await b.probe(page);
    await b.screenshot(page, `petition-failed-${action}`);
    const errors = p.widgets.filter((w) => w.id.endsWith("error")).map((w) => `${w.id}: ${w.text}`);
    throw new Error(`${action} did not succeed: ${errors.join("; ")}`);
  }
}

const stateOf = (p) => b.widget(p, "petition.state").text;

test("one petition from 发布诉求 to 销号 with four users", async () => {
  const title = "申请流动资金贷款支持";
  // 企业: 发布诉求 and submit.
  const enterprise = await as("enterprise");
  await fillPetition(enterprise, title);
  await b.screenshot(enterprise, "petition-form-filled");
  await b.click(enterprise, "petition_form.submit");
  let p = await b.waitProbe(enterprise, (q) => b.widget(q, "petition.message"), "the submitted petition");
  assert.equal(stateOf(p), "待审核");
  assert.match(b.widget(p, "petition.deadline").text, /^审核·/);
  await b.screenshot(enterprise, "petition-submitted");

  // 包联干部: 待审核诉求, edit the wording and approve.
  const cadre = await as("cadre");
  p = await b.waitProbe(cadre, (q) => b.widget(q, "menu.petitions.review") && /（\d+）/.test(b.widget(q, "menu.petitions.review").text),
    "the review badge");
  await openFromMenu(cadre, "petitions.review", title);
  await b.screenshot(cadre, "petition-review-detail");
  p = await act(cadre, "approve", async () => {
    await b.click(cadre, "petition.form.edit_content");
    await b.click(cadre, "petition.form.title");
    await b.waitProbe(cadre, (q) => b.widget(q, "petition.form.title").active, "the title field to take focus");
    await cadre.keyboard.press("End");
    await cadre.keyboard.insertText("（已核实）");
  });
  assert.equal(stateOf(p), "待分办");
  assert.ok(b.widget(p, "petition.version_head.1"), "the original and the cadre's edit are both kept");
  await b.screenshot(cadre, "petition-approved");
  const edited = b.widget(p, "petition.heading").text;
  assert.ok(edited.startsWith(title) && edited.endsWith("（已核实）"), edited);

  // 双千分办员: 待分办, route to 十堰市经信局.
  const dispatcher = await as("city_dispatcher");
  await openFromMenu(dispatcher, "petitions.dispatch", edited);
  p = await act(dispatcher, "dispatch", async () => {
    await b.choose(dispatcher, "petition.form.handler", "十堰市经信局");
    await b.screenshot(dispatcher, "petition-dispatch-form");
  });
  assert.equal(stateOf(p), "待签收");

  // 单位管理员: sign, then submit the result.
  const unit = await as("unit_admin");
  await openFromMenu(unit, "petitions.to_sign", edited);
  p = await act(unit, "sign");
  assert.equal(stateOf(p), "办理中");
  assert.match(b.widget(p, "petition.deadline").text, /^办理·剩余\d+个工作日$/);
  await b.screenshot(unit, "petition-signed");
  p = await act(unit, "submit_result", async () => {
    await b.typeInto(unit, "petition.form.result_text", "已协调十堰农商行，核定流动资金贷款五百万元，年利率下浮二十个基点，本周放款。");
  });
  assert.equal(stateOf(p), "待评价");
  await b.screenshot(unit, "petition-result-submitted");

  // 企业: 我的诉求, rate 满意 → 已销号.
  await enterprise.close();
  const enterprise2 = await as("enterprise");
  await openFromMenu(enterprise2, "petition_mine", edited);
  p = await act(enterprise2, "rate", async () => {
    await b.click(enterprise2, "petition.form.rating.satisfied");
    await b.typeInto(enterprise2, "petition.form.comment", "办理及时，感谢！");
  });
  assert.equal(stateOf(p), "满意销号");
  assert.equal(b.widget(p, "petition.deadline").text || "", "");
  await b.screenshot(enterprise2, "petition-closed");
  // Every step kept its clock and each was met.
  const clocks = p.widgets.filter((w) => /^petition\.clock\.\d+$/.test(w.id)).map((w) => w.text);
  assert.deepEqual(clocks, ["审核:按时", "分办:已完成", "签收:按时", "办理:按时", "评价:按时"]);
  const id = (await api(enterprise2, "/api/petitions?box=petition_mine")).body.items.find((i) => i.title === edited).id;
  const detail = (await api(enterprise2, `/api/petitions/${id}`)).body;
  assert.equal(detail.outcome, "satisfied");
  for (const page of [cadre, dispatcher, unit, enterprise2]) await page.close();
});

test("returned by the cadre and by the unit, it still reaches a county", async () => {
  const title = "厂区道路破损影响货车通行";
  const enterprise = await as("enterprise");
  await fillPetition(enterprise, title);
  await b.click(enterprise, "petition_form.submit");
  await b.waitProbe(enterprise, (q) => b.widget(q, "petition.message"), "the submitted petition");

  // Returned to the enterprise with a reason it can read.
  const cadre = await as("cadre");
  await openFromMenu(cadre, "petitions.review", title);
  let p = await act(cadre, "return_to_enterprise", async () => {
    await b.click(cadre, "petition.form.confirm");  // empty reason: refused beside the field
    await b.waitWidget(cadre, "petition.form.reason.error");
    await b.screenshot(cadre, "petition-return-needs-reason");
    await b.typeInto(cadre, "petition.form.reason", "请补充道路位置和破损长度");
  });
  assert.equal(stateOf(p), "已退回");

  // The enterprise edits and resubmits from 我的诉求.
  await enterprise.close();
  const e2 = await as("enterprise");
  p = await openFromMenu(e2, "petition_mine", title);
  assert.ok(p.widgets.some((w) => w.id.startsWith("petition.event_note.") && w.text === "请补充道路位置和破损长度"));
  await b.screenshot(e2, "petition-returned-to-enterprise");
  await b.click(e2, "petition.edit");
  await b.waitWidget(e2, "petition_form.description");
  await b.typeInto(e2, "petition_form.description", "位置：茅箭区东风大道厂区北门，破损约三十米。");
  await b.click(e2, "petition_form.submit");
  p = await b.waitProbe(e2, (q) => b.widget(q, "petition.message"), "the resubmitted petition");
  assert.equal(stateOf(p), "待审核");

  await openFromMenu(cadre, "petitions.review", title);
  await act(cadre, "approve");

  const dispatcher = await as("city_dispatcher");
  await openFromMenu(dispatcher, "petitions.dispatch", title);
  await act(dispatcher, "dispatch", async () => { await b.choose(dispatcher, "petition.form.handler", "十堰市经信局"); });

  // The unit returns it: not its duty.
  const unit = await as("unit_admin");
  await openFromMenu(unit, "petitions.to_sign", title);
  await b.click(unit, "petition.action.return_to_dispatcher");
  await b.typeInto(unit, "petition.form.reason", "道路维修属属地管理，非本单位职责");
  await b.click(unit, "petition.form.confirm");
  // Returned, it leaves the unit's lists: the clerk is back at 待处理诉求 with the outcome.
  p = await b.waitProbe(unit, (q) => b.widget(q, "petitions.message"), "the unit back at its list");
  await b.screenshot(unit, "petition-returned-to-dispatcher");

  // Back in 待分办: routed to the county this time.
  await openFromMenu(dispatcher, "petitions.dispatch", title);
  p = await act(dispatcher, "dispatch", async () => {
    await b.click(dispatcher, "petition.form.kind_county");
    await b.choose(dispatcher, "petition.form.handler", "茅箭区");
  });
  assert.equal(stateOf(p), "待签收");

  const county = await as("county_admin");
  p = await openFromMenu(county, "petitions.to_sign", title);
  p = await act(county, "sign");
  assert.equal(stateOf(p), "办理中");
  await b.screenshot(county, "petition-county-signed");
  const events = p.widgets.filter((w) => /^petition\.event\.\d+$/.test(w.id)).map((w) => w.text);
  assert.equal(events.filter((t) => t.includes("退回")).length, 2, events.join("\n"));
  for (const page of [e2, cadre, dispatcher, unit, county]) await page.close();
});

test("a petition typed with no connection is kept on this computer and submitted once", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + "/");
  await loginAs(page, "enterprise");
  const title = "断网时填写的用工诉求";
  await b.click(page, "menu.petition_new");
  await b.waitWidget(page, "petition_form.title_field");
  await context.setOffline(true);
  await b.typeInto(page, "petition_form.title_field", title);
  await b.choose(page, "petition_form.category", "用工");
  await b.typeInto(page, "petition_form.description", "春节后返岗率低，急需招聘一线操作工约五十人，希望协助对接劳务资源。");
  await b.typeInto(page, "petition_form.contact_name", "王经理");
  await b.typeInto(page, "petition_form.contact_mobile", "13971234567");
  await b.click(page, "petition_form.submit");
  let p = await b.waitProbe(page, (q) => b.widget(q, "petition_form.error"), "the offline notice");
  assert.match(b.widget(p, "petition_form.error").text, /已保存在本机/);
  await b.screenshot(page, "petition-offline");

  // The tab is closed and opened again (still this computer): the text is there.
  await context.setOffline(false);
  await page.close();
  const again = await context.newPage();
  await again.goto(server.url + "/");
  await loginAs(again, "enterprise");
  await b.click(again, "menu.petition_new");
  p = await b.waitProbe(again, (q) => b.widget(q, "petition_form.restored"), "the restored form");
  assert.equal(b.widget(p, "petition_form.title_field").text, title);
  await b.click(again, "petition_form.submit");
  p = await b.waitProbe(again, (q) => b.widget(q, "petition.message"), "the submitted petition");
  assert.equal(stateOf(p), "待审核");
  const mine = (await api(again, "/api/petitions?box=petition_mine&page_size=100")).body.items.filter((i) => i.title === title);
  assert.equal(mine.length, 1, "one petition, however often it was sent");
  await context.close();
});
