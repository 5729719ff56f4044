// 激活账号 from the login page (team rule: accounts created without a password are 待激活): the
// login refuses the account and offers activation; the holder gets an SMS code at the account's
// mobile, sets a password the live hints accept, and lands signed in.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { validUscc, smsCode, call, apiToken } = require("./lib/onboarding");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

const NAME = "郧西县天河茶业有限公司";
const MOBILE = "13971110001";

// An account waiting for activation, made as an approved 企业入驻申请 makes one.
async function pendingEnterprise() {
  const options = (await call(server, "GET", "/api/application-options")).body;
  const region = options.regions.find((r) => r.name === "郧西县").id;
  const applied = await call(server, "POST", "/api/applications", {
    name: NAME, uscc: validUscc("500001"), region_id: region, industry_group_id: null, legal_rep: "王天河",
    liaison: "李茶", liaison_mobile: MOBILE, address: "", intro: "" });
  assert.equal(applied.status, 200, JSON.stringify(applied.body));
  const admin = await apiToken(server, "system_admin", "sysadmin");
  const cadres = await call(server, "GET", "/api/cadres?q=" + encodeURIComponent("张明"), null, admin);
  const approved = await call(server, "POST", `/api/applications/${applied.body.id}/approve`,
    { cadre_id: cadres.body.items[0].id }, admin);
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
}

test("a login of a 待激活 account leads to 激活账号, and activation signs the holder in", async () => {
  await pendingEnterprise();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  await b.waitWidget(page, "login.submit");
  await b.choose(page, "login.role", "企业");
  await b.typeInto(page, "login.name", NAME);
  await b.typeInto(page, "login.password", "随便什么密码1a");
  await b.click(page, "login.submit");
  let p = await b.waitProbe(page, (q) => b.widget(q, "login.form_error") && b.widget(q, "login.activate_now"),
    "the not-activated refusal");
  assert.equal(b.widget(p, "login.form_error").text, "账号尚未激活，请先激活账号");
  await b.screenshot(page, "activation-login-refused");

  await b.click(page, "login.activate_now");
  p = await b.waitWidget(page, "activation.title");
  p = await b.probe(page);
  assert.equal(b.widget(p, "login.name").text, NAME, "the account named at login is kept");

  // The form's own rules first: no code, no password.
  await b.click(page, "activation.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "activation.code.error"), "the missing code");
  assert.equal(b.widget(p, "activation.code.error").text, "请输入验证码");

  await b.click(page, "activation.send_code");
  p = await b.waitProbe(page, (q) => b.widget(q, "activation.message"), "code sent");
  assert.match(b.widget(p, "activation.send_code").text, /秒后可重发/);
  const code = await smsCode(server.dataDir, MOBILE);
  await b.typeInto(page, "activation.code", code);

  // Live hints from the shared policy while typing.
  await b.typeInto(page, "activation.new_password", "abc");
  p = await b.waitProbe(page, (q) => /8/.test((b.widget(q, "activation.policy") || {}).text || ""), "the policy hints");
  await b.screenshot(page, "activation-policy-hints");
  await b.click(page, "activation.new_password");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText("Tianhe#2026");
  await b.waitProbe(page, (q) => (b.widget(q, "activation.policy") || {}).text === "密码符合要求", "the password accepted");
  await b.typeInto(page, "activation.confirm", "Tianhe#2026");
  await b.screenshot(page, "activation-form");
  await b.click(page, "activation.submit");
  p = await b.waitProbe(page, (q) => q.screen === "company.info" && b.widget(q, "shell.user"), "signed in");
  assert.match(b.widget(p, "shell.user").text, new RegExp(NAME));
  assert.equal(b.widget(p, "first_login.dialog"), undefined, "no first-login step: the mobile is proved, the password new");
  await b.screenshot(page, "activation-signed-in");

  // The new password works at the login form too.
  const login = await call(server, "POST", "/api/session", { role: "enterprise", login_name: NAME, password: "Tianhe#2026" });
  assert.equal(login.status, 200);
  await page.close();
});

test("a wrong code is shown beside the code field", async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  await b.click(page, "login.open_activation");
  await b.waitWidget(page, "activation.title");
  await b.choose(page, "login.role", "企业");
  await b.typeInto(page, "login.name", "十堰市不存在的有限公司");
  await b.typeInto(page, "activation.code", "123456");
  await b.typeInto(page, "activation.new_password", "Shiyan#2026");
  await b.typeInto(page, "activation.confirm", "Shiyan#2026");
  await b.click(page, "activation.submit");
  const p = await b.waitProbe(page, (q) => b.widget(q, "activation.code.error"), "the wrong code");
  assert.equal(b.widget(p, "activation.code.error").text, "验证码不正确或已过期");
  await b.screenshot(page, "activation-wrong-code");
  await b.click(page, "activation.back");
  await b.waitWidget(page, "login.password");
  await page.close();
});
