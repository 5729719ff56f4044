// 企业入驻申请 (notice §13), end to end in the browser: an enterprise applies from the login page
// (Chinese typed as an input method commits it), 系统管理员 rejects with a reason, the applicant sees
// the reason and applies again, 茅箭区管理员 approves with a cadre of the county, and the enterprise
// activates its new account with the SMS code and lands signed in.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");
const { validUscc, smsCode, call } = require("./lib/onboarding");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

const NAME = "茅箭区清风新材料有限公司";
const USCC = validUscc("600001");
const MOBILE = "13971120002";
const REASON = "营业执照上的注册地址与申请不符，请核对后重新申请";

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  await b.waitWidget(page, "login.submit");
  return page;
}

// 查询申请进度 on the card of a just submitted application opens the status card (not the login
// page) with that application's number and USCC already filled in; looking it up shows its state.
async function lookUp(page, number) {
  await b.click(page, "apply.to_status");
  await b.waitWidget(page, "status.title");
  const p = await b.probe(page);
  assert.equal(b.widget(p, "status.number").text, number);
  assert.equal(b.widget(p, "status.uscc").text, USCC);
  await b.click(page, "status.submit");
  return b.waitProbe(page, (q) => b.widget(q, "status.state") && (b.widget(q, "status.found_number") || {}).text === number,
    "the application's status");
}

async function openFirstApplication(page) {
  await b.click(page, "menu.admin.applications");
  await b.waitProbe(page, (q) => (b.widget(q, "applications.cell.0") || {}).text === NAME, "the pending application listed");
  await b.click(page, "applications.cell.0");
  return b.waitProbe(page, (q) => (b.widget(q, "application.name") || {}).text === NAME, "the application opened");
}

test("apply, be rejected with a reason, apply again, be approved, activate and sign in", async () => {
  const applicant = await newPage();
  await b.click(applicant, "login.open_apply");
  await b.waitProbe(applicant, (q) => b.widget(q, "apply.title") && q.facts.requests_in_flight === "0", "the form");
  // The shared rules first: every missing field at once.
  await b.click(applicant, "apply.submit");
  let p = await b.waitProbe(applicant, (q) => b.widget(q, "apply.name.error") && b.widget(q, "apply.liaison_mobile.error"),
    "every missing field");
  await b.screenshot(applicant, "application-form-errors");

  await b.typeInto(applicant, "apply.name", NAME);
  await b.typeInto(applicant, "apply.uscc", USCC.toLowerCase());  // normalised as typed
  await b.choose(applicant, "apply.region", "茅箭区");
  await b.choose(applicant, "apply.industry_group", "经信");
  await b.typeInto(applicant, "apply.legal_rep", "周清风");
  await b.typeInto(applicant, "apply.liaison", "吴新材");
  await b.typeInto(applicant, "apply.liaison_mobile", MOBILE);
  await b.typeInto(applicant, "apply.address", "湖北省十堰市茅箭区东岳路88号");
  await b.typeInto(applicant, "apply.intro", "主要从事新型复合材料研发生产。");
  await b.screenshot(applicant, "application-form-filled");
  await b.click(applicant, "apply.submit");
  p = await b.waitProbe(applicant, (q) => b.widget(q, "apply.number"), "the application number");
  const firstNumber = b.widget(p, "apply.number").text;
  assert.match(firstNumber, /^SQ\d{14}$/);
  await b.screenshot(applicant, "application-submitted");

  // A second application with the same USCC while the first is pending is refused.
  const options = (await call(server, "GET", "/api/application-options")).body;
  const dup = await call(server, "POST", "/api/applications", {
    name: "茅箭区另一家有限公司", uscc: USCC, region_id: options.regions.find((r) => r.name === "房县").id,
    legal_rep: "甲", liaison: "乙", liaison_mobile: "13971120003" });
  assert.equal(dup.status, 409);
  assert.equal(dup.body.error.fields[0].field, "uscc");

  // 系统管理员 rejects it with a reason.
  const admin = await newPage();
  await loginAs(admin, "system_admin");
  await openFirstApplication(admin);
  await b.screenshot(admin, "application-review-detail");
  await b.click(admin, "application.reject");
  await b.click(admin, "reject.submit");
  await b.waitProbe(admin, (q) => b.widget(q, "reject.reason.error"), "the required reason");
  await b.typeInto(admin, "reject.reason", REASON);
  await b.click(admin, "reject.submit");
  p = await b.waitProbe(admin, (q) => b.widget(q, "application.message"), "the rejection");
  assert.equal(b.widget(p, "application.status").text, "已驳回");
  await b.screenshot(admin, "application-rejected");

  // The applicant sees the reason and applies again from the status card.
  p = await lookUp(applicant, firstNumber);
  assert.equal(b.widget(p, "status.state").text, "已驳回");
  assert.equal(b.widget(p, "status.reason").text, REASON);
  await b.screenshot(applicant, "application-status-rejected");
  await b.click(applicant, "status.reapply");
  p = await b.waitProbe(applicant, (q) => (b.widget(q, "apply.name") || {}).text === NAME, "the form filled again");
  assert.equal(b.widget(p, "apply.region").text, "茅箭区");
  await b.typeInto(applicant, "apply.liaison_mobile", MOBILE);  // shown masked, so typed again
  await b.click(applicant, "apply.submit");
  p = await b.waitProbe(applicant, (q) => b.widget(q, "apply.number"), "the new application number");
  const secondNumber = b.widget(p, "apply.number").text;
  assert.notEqual(secondNumber, firstNumber);

  // 茅箭区管理员 approves it with a cadre of the county.
  const county = await newPage();
  await loginAs(county, "county_admin");
  await openFirstApplication(county);
  await b.click(county, "application.approve");
  p = await b.waitProbe(county, (q) => b.widget(q, "application_cadres.cell.0"), "the county's cadres");
  const cadre = b.widget(p, "application_cadres.cell.0").text;
  await b.click(county, "application_cadres.cell.0");
  await b.waitProbe(county, (q) => ((b.widget(q, "approve.chosen") || {}).text || "").startsWith(cadre), "the cadre chosen");
  await b.scrollIntoFullView(county, "application.number", "approve.submit");
  await b.click(county, "approve.submit");
  await b.waitWidget(county, "approve.question");
  await b.scrollIntoFullView(county, "approve.chosen", "approve.confirm");
  await b.screenshot(county, "application-approve-confirm");
  await b.click(county, "approve.confirm");
  p = await b.waitProbe(county, (q) => b.widget(q, "application.message"), "the approval");
  assert.equal(b.widget(p, "application.status").text, "已通过");
  assert.equal(b.widget(p, "application.cadre").text, cadre);
  await b.screenshot(county, "application-approved");

  // The applicant sees the approval and activates the account.
  p = await lookUp(applicant, secondNumber);
  assert.equal(b.widget(p, "status.state").text, "已通过");
  await b.screenshot(applicant, "application-status-approved");
  await b.click(applicant, "status.activate");
  p = await b.waitWidget(applicant, "activation.title");
  p = await b.probe(applicant);
  assert.equal(b.widget(p, "login.name").text, NAME);
  await b.click(applicant, "activation.send_code");
  const code = await smsCode(server.dataDir, MOBILE);
  await b.typeInto(applicant, "activation.code", code);
  await b.typeInto(applicant, "activation.new_password", "Qingfeng#2026");
  await b.typeInto(applicant, "activation.confirm", "Qingfeng#2026");
  await b.click(applicant, "activation.submit");
  p = await b.waitProbe(applicant, (q) => q.screen === "company.info" && b.widget(q, "shell.user"), "signed in");
  assert.match(b.widget(p, "shell.user").text, new RegExp(NAME));
  await b.screenshot(applicant, "application-activated-home");

  for (const page of [applicant, admin, county]) await page.close();
});
