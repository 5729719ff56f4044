// Base data in the browser (notice §3, §9, §15): each role's menu and the enterprises it may see,
// server-side search, sort and paging, masked numbers revealed on purpose, and editing a record with
// errors shown beside the fields.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { ACCOUNTS, loginAs, api } = require("./lib/accounts");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  return page;
}
const rows = (p) => p.widgets.filter((w) => w.id.startsWith("enterprises.cell.")).map((w) => w.text);

test("every role sees the notice's menu, and base data only within its scope", async () => {
  const expectations = {
    cadre: { menu: "menu.profile.enterprises", list: true },
    unit_admin: { menu: "menu.base.enterprises", list: true },
    county_admin: { menu: "menu.base.enterprises", list: true },
    city_dispatcher: { menu: "menu.base.enterprises", list: true },
    industry_dispatcher: { menu: "menu.base.enterprises", list: true },
    inspector: { menu: "menu.reports.petition_stats", list: false },
    system_admin: { menu: "menu.base.enterprises", list: true },
    security_admin: { menu: "menu.security.sessions", list: false },
    audit_admin: { menu: "menu.audit.log", list: false },
  };
  const totals = {};
  for (const [key, exp] of Object.entries(expectations)) {
    const page = await newPage();
    const home = await loginAs(page, key);
    assert.ok(b.widget(home, exp.menu), `${key} has ${exp.menu}`);
    if (key === "audit_admin") assert.equal(b.widget(home, "menu.base.enterprises"), undefined);
    if (exp.list) {
      await b.click(page, exp.menu);
      const p = await b.waitProbe(page, (q) => b.widget(q, "enterprises.pager") && q.facts.requests_in_flight === "0", `${key}'s enterprise list`);
      const shown = Number(/共 (\d+) 条/.exec(b.widget(p, "enterprises.pager").text)[1]);
      const fromApi = await api(page, "/api/enterprises?page=1&page_size=1");
      assert.equal(shown, fromApi.body.total, `${key}: the table's total is the server's`);
      totals[key] = shown;
      await b.screenshot(page, `base-enterprises-${key}`);
    }
    await page.close();
  }
  assert.ok(totals.cadre >= 1 && totals.cadre < totals.unit_admin, "a cadre sees fewer than the unit");
  assert.ok(totals.unit_admin < totals.city_dispatcher, "a unit sees fewer than the city dispatch group");
  assert.equal(totals.system_admin, totals.city_dispatcher);
  assert.ok(totals.industry_dispatcher < totals.city_dispatcher);
});

test("search, sort and paging run on the server; an empty result says why", async () => {
  const page = await newPage();
  await loginAs(page, "city_dispatcher");
  await b.click(page, "menu.base.enterprises");
  let p = await b.waitProbe(page, (q) => rows(q).length === 20, "the first page");
  const firstPage = rows(p);
  await b.click(page, "enterprises.next");
  p = await b.waitProbe(page, (q) => /第 2 \//.test((b.widget(q, "enterprises.pager") || {}).text || "") && q.facts.requests_in_flight === "0", "page 2");
  assert.notDeepEqual(rows(p), firstPage);
  const api1 = await api(page, "/api/enterprises?page=1&page_size=20&sort=name&order=asc");
  const api2 = await api(page, "/api/enterprises?page=1&page_size=20&sort=name&order=desc");
  const asc = api1.body.items.map((r) => r.name), desc = api2.body.items.map((r) => r.name);
  assert.notDeepEqual(asc, desc);
  await b.click(page, "enterprises.header.name");  // sort by name: the server's order, from page 1
  const sortedOnce = rows(await b.waitProbe(page, (q) => [asc.join(), desc.join()].includes(rows(q).join()), "the server's sorted page")).join();
  await b.click(page, "enterprises.header.name");  // and the other way round
  p = await b.waitProbe(page, (q) => [asc.join(), desc.join()].includes(rows(q).join()) && rows(q).join() !== sortedOnce, "the reversed order");
  await b.typeInto(page, "enterprises.search", "汽车");
  await page.keyboard.press("Enter");
  p = await b.waitProbe(page, (q) => rows(q).length > 0 && rows(q).every((t) => t.includes("汽车")) && q.facts.requests_in_flight === "0", "filtered rows");
  await b.screenshot(page, "base-enterprises-search");
  await b.click(page, "enterprises.search");
  await b.waitProbe(page, (q) => b.widget(q, "enterprises.search").active, "the search box active again");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText("不存在的企业名称");
  await page.keyboard.press("Enter");
  p = await b.waitProbe(page, (q) => b.widget(q, "enterprises.empty"), "the empty state");
  assert.match(b.widget(p, "enterprises.empty").text, /没有名称或代码包含“不存在的企业名称”的企业/);
  await b.screenshot(page, "base-enterprises-empty");
  await page.close();
});

test("an administrator sees masked numbers and reveals one on purpose", async () => {
  const page = await newPage();
  await loginAs(page, "unit_admin");
  await b.click(page, "menu.base.enterprises");
  await b.waitProbe(page, (q) => rows(q).length > 0, "rows");
  await b.click(page, "enterprises.row.0");
  let p = await b.waitProbe(page, (q) => b.widget(q, "enterprise.liaison_mobile"), "the record");
  assert.match(b.widget(p, "enterprise.liaison_mobile").text, /^1\d\d\*\*\*\*\d{4}$/);
  assert.equal(b.widget(p, "enterprise.edit"), undefined, "an administrator does not edit records");
  await b.click(page, "enterprise.liaison_mobile.reveal");
  p = await b.waitProbe(page, (q) => /^1\d{10}$/.test(b.widget(q, "enterprise.liaison_mobile").text), "the full number");
  await b.screenshot(page, "enterprise-revealed");
  await page.keyboard.press("Escape");
  await b.waitProbe(page, (q) => b.widget(q, "enterprises.pager"), "back to the list");
  await page.close();
});

test("a cadre edits an assigned enterprise; errors stand beside the fields", async () => {
  const page = await newPage();
  await loginAs(page, "cadre");
  await b.click(page, "menu.profile.enterprises");
  let p = await b.waitProbe(page, (q) => rows(q).includes(ACCOUNTS.enterprise.name), "the cadre's enterprises");
  const index = rows(p).indexOf(ACCOUNTS.enterprise.name);
  await b.click(page, `enterprises.row.${index}`);
  await b.screenshot(page, "enterprise-cadre-view");
  await b.click(page, "enterprise.edit");
  await b.click(page, "enterprise.form.liaison_mobile");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText("1380000");
  await b.click(page, "enterprise.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "enterprise.form.liaison_mobile.error"), "the mobile error");
  assert.equal(b.widget(p, "enterprise.form.liaison_mobile.error").text, "联络员手机号应为11位手机号码");
  await b.screenshot(page, "enterprise-edit-error");
  await b.click(page, "enterprise.form.liaison_mobile");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText("13800001111");
  await b.click(page, "enterprise.form.address");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText("湖北省十堰市茅箭区东岳路 88 号");
  await b.click(page, "enterprise.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "enterprise.message"), "saved");
  assert.equal(b.widget(p, "enterprise.liaison_mobile").text, "13800001111");
  assert.equal(b.widget(p, "enterprise.address").text, "湖北省十堰市茅箭区东岳路 88 号");
  await b.screenshot(page, "enterprise-saved");
  await page.close();
});

test("the audit administrator browses the log, filters it by account and exports it", async () => {
  // A failed login first, so the log holds a refusal to look at.
  const other = await newPage();
  await b.typeInto(other, "login.name", ACCOUNTS.enterprise.name);
  await b.typeInto(other, "login.password", "not-the-password-9");
  await b.click(other, "login.submit");
  await b.waitWidget(other, "login.password.error");
  await other.close();

  const page = await newPage();
  await loginAs(page, "audit_admin");
  await b.click(page, "menu.audit.log");
  let p = await b.waitProbe(page, (q) => b.widget(q, "audit.pager") && q.facts.requests_in_flight === "0" && b.widget(q, "audit.action.0"), "the log");
  assert.ok(Number(/共 (\d+) 条/.exec(b.widget(p, "audit.pager").text)[1]) > 0);
  await b.typeInto(page, "audit.search", ACCOUNTS.enterprise.name);
  await page.keyboard.press("Enter");
  p = await b.waitProbe(page, (q) => q.facts.requests_in_flight === "0" && b.widget(q, "audit.action.0") &&
    /共 \d+ 条/.test(b.widget(q, "audit.pager").text) && !b.widget(q, "audit.loading"), "the filtered log");
  await b.screenshot(page, "audit-log");
  const download = page.waitForEvent("download");
  await b.click(page, "audit.export");
  const file = await (await download).path();
  const csv = require("node:fs").readFileSync(file, "utf8");
  assert.ok(csv.startsWith("\uFEFF时间,账号,角色"), "UTF-8 BOM and a Chinese header for Excel");
  assert.ok(csv.includes(ACCOUNTS.enterprise.name));
  await page.close();
});
