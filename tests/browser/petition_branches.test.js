// The branches of the petition flow a handling unit and the enterprise meet in the browser
// (issue 5, step 5 and 6): 申请延期 approved by the dispatcher with a new due date, a bad rating that
// sends it back for 整改 with the cadre's 回访, a second bad rating that closes it, and the unit's
// 申诉 upheld by the city dispatch group. The steps before (submit, review, dispatch, sign) go
// through the API; every step this test is about is clicked and typed.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");
const { call, apiToken } = require("./lib/onboarding");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function as(key) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  await loginAs(page, key);
  return page;
}

async function cadreToken() {
  const options = (await call(server, "GET", "/api/login-options")).body;
  const unit = options.units.find((u) => u.name === "十堰市经信局");
  const r = await call(server, "POST", "/api/session",
    { role: "cadre", login_name: "张明", unit_id: unit.id, password: "Qinqing@2026" });
  return r.body.token;
}

// A petition submitted, approved, dispatched to 十堰市经信局 and signed for; returns its id.
async function signedPetition(title) {
  const enterprise = await apiToken(server, "enterprise", "十堰市鑫源汽车零部件有限公司");
  const created = await call(server, "POST", "/api/petitions", {
    content: { title, category: "审批服务", description: "新建厂房的施工许可办理进度缓慢，影响项目按期开工。",
      contact_name: "赵主任", contact_mobile: "13871230000" },
    submit: true, client_request_id: "branch-test-" + Date.now(),
  }, enterprise);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  let d = created.body;
  const step = async (token, action, body) => {
    const r = await call(server, "POST", `/api/petitions/${d.id}/actions/${action}`, { revision: d.revision, ...body }, token);
    assert.equal(r.status, 200, `${action}: ${JSON.stringify(r.body)}`);
    d = r.body;
  };
  await step(await cadreToken(), "approve", {});
  const options = (await call(server, "GET", "/api/login-options")).body;
  const unit = options.units.find((u) => u.name === "十堰市经信局");
  await step(await apiToken(server, "city_dispatcher", "双千分办员"), "dispatch", { handler_kind: "unit", handler_id: unit.id });
  await step(await apiToken(server, "unit_admin", "十堰市经信局管理员"), "sign", {});
  return d;
}

async function openFromMenu(page, menu, title) {
  await b.click(page, "menu." + menu);
  const p = await b.waitProbe(page, (q) => q.widgets.some((w) => w.id.startsWith("petitions.title.") && w.text === title),
    `${title} in ${menu}`);
  await b.click(page, p.widgets.find((w) => w.id.startsWith("petitions.title.") && w.text === title).id);
  return b.waitProbe(page, (q) => b.widget(q, "petition.heading") && b.widget(q, "petition.heading").text === title,
    `the detail of ${title}`);
}

async function act(page, action, fill, shot) {
  await b.click(page, "petition.action." + action);
  await b.waitWidget(page, "petition.form.confirm");
  if (fill) await fill();
  if (shot) await b.screenshot(page, shot);
  await b.click(page, "petition.form.confirm");
  return b.waitProbe(page, (q) => b.widget(q, "petition.message") && !b.widget(q, "petition.form.confirm"),
    `${action} to succeed`);
}

const stateOf = (p) => b.widget(p, "petition.state").text;

test("an extension, a rectification with a return visit, and an upheld appeal", async () => {
  const title = "施工许可办理进度缓慢";
  const signed = await signedPetition(title);
  const due = signed.summary ? signed.summary.deadline.due_date : signed.deadline.due_date;
  // Three working days after the current due date, as the shared calendar counts them.
  const later = (await call(server, "GET", `/api/calendar/due-date?from=${due}&working_days=3`)).body.due_date;

  // 单位: 申请延期.
  const unit = await as("unit_admin");
  await openFromMenu(unit, "petitions.submit_result", title);
  await act(unit, "request_extension", async () => {
    await b.typeInto(unit, "petition.form.new_due_date", later);
    await b.typeInto(unit, "petition.form.reason", "需住建部门现场核验，核验排期在下周");
  }, "petition-extension-request");

  // 分办员: 延期申请, approved with the requested date (filled in for them).
  const dispatcher = await as("city_dispatcher");
  let p = await openFromMenu(dispatcher, "petitions.extensions", title);
  p = await act(dispatcher, "decide_extension", async () => {
    const q = await b.waitProbe(dispatcher, (x) => b.widget(x, "petition.form.new_due_date"), "the date field");
    assert.equal(b.widget(q, "petition.form.new_due_date").text, later);
  }, "petition-extension-decision");
  assert.ok(p.widgets.some((w) => w.id.startsWith("petition.clock.due.") && w.text === `${later}（已延期）`));

  // 单位: the result.
  await openFromMenu(unit, "petitions.submit_result", title);
  await act(unit, "submit_result", async () => {
    await b.typeInto(unit, "petition.form.result_text", "已协调住建部门完成现场核验，施工许可证已于今日核发。");
  });

  // 企业: 不满意 → 整改中.
  const enterprise = await as("enterprise");
  await openFromMenu(enterprise, "petition_mine", title);
  p = await act(enterprise, "rate", async () => {
    await b.click(enterprise, "petition.form.rating.dissatisfied");
    await b.click(enterprise, "petition.form.confirm");  // a bad rating needs its reason
    await b.waitWidget(enterprise, "petition.form.comment.error");
    await b.typeInto(enterprise, "petition.form.comment", "许可证虽已核发，但配套的消防审验仍未安排");
  }, "petition-rate-bad");
  assert.equal(stateOf(p), "整改中");

  // 包联干部: 回访 during the rectification.
  const cadre = await as("cadre");
  await openFromMenu(cadre, "petitions.handled", title);
  p = await act(cadre, "return_visit", async () => {
    await b.typeInto(cadre, "petition.form.visit_note", "电话回访企业，确认消防审验是企业的主要诉求，已转告承办单位。");
  }, "petition-return-visit");
  assert.ok(p.widgets.some((w) => w.id.startsWith("petition.visit.")));

  // 单位: the rectification; 企业: rated badly again → closed 不满意.
  await openFromMenu(unit, "petitions.submit_result", title);
  await act(unit, "submit_result", async () => {
    await b.typeInto(unit, "petition.form.result_text", "已协调消防部门，消防审验安排在本周四上午进行。");
  });
  await openFromMenu(enterprise, "petition_mine", title);
  p = await act(enterprise, "rate", async () => {
    await b.click(enterprise, "petition.form.rating.very_dissatisfied");
    await b.typeInto(enterprise, "petition.form.comment", "仍未解决");
  });
  assert.equal(stateOf(p), "不满意销号");

  // 单位: 申诉 the rating; 双千分办员: upheld.
  await openFromMenu(unit, "petitions.handled", title);
  await act(unit, "appeal", async () => {
    await b.typeInto(unit, "petition.form.reason", "消防审验已按期完成，企业评价与事实不符");
  });
  p = await openFromMenu(dispatcher, "petitions.appeals", title);
  await b.screenshot(dispatcher, "petition-appeal-detail");
  p = await act(dispatcher, "decide_appeal", async () => {
    await b.typeInto(dispatcher, "petition.form.note", "经核实，承办单位已按期办结，申诉成立");
  });
  assert.equal(stateOf(p), "申诉成立销号");
  assert.ok(p.widgets.some((w) => w.id.startsWith("petition.rating.") && w.text.includes("申诉成立")));
  await b.screenshot(dispatcher, "petition-appeal-upheld");
  for (const page of [unit, dispatcher, enterprise, cadre]) await page.close();
});
