// The security administrator (等保 2.0 三权分立): sees who is online and ends a session, sees a locked
// account and unlocks it; the platform's password rules hold in the 重置密码 form.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { ACCOUNTS, PASSWORD, loginAs } = require("./lib/accounts");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  return page;
}

async function apiLogin(body) {
  const r = await fetch(server.url + "/api/session", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return r.status;
}

test("an ended session sends its user back to the login page", async () => {
  const enterprise = await newPage();
  await loginAs(enterprise, "enterprise");
  const admin = await newPage();
  await loginAs(admin, "security_admin");
  await b.click(admin, "menu.security.sessions");
  const p = await b.waitProbe(admin, (q) => q.widgets.some((w) => w.id.startsWith("sessions.login.") && w.text === ACCOUNTS.enterprise.name),
    "the enterprise among the online users");
  await b.screenshot(admin, "security-sessions");
  const row = p.widgets.find((w) => w.id.startsWith("sessions.login.") && w.text === ACCOUNTS.enterprise.name).id.split(".").pop();
  await b.click(admin, `sessions.end.${row}`);
  await b.waitProbe(admin, (q) => b.widget(q, "security.message"), "the confirmation");
  // The enterprise's next request finds its session gone.
  await b.click(enterprise, "menu.profile.password");
  await b.click(enterprise, "menu.company.info");
  const back = await b.waitProbe(enterprise, (q) => q.screen === "login" && b.widget(q, "login.form_error"), "the login page");
  assert.equal(b.widget(back, "login.form_error").text, "登录已过期，请重新登录");
  await enterprise.close();
  await admin.close();
});

test("a locked account is listed and unlocked by the security administrator", async () => {
  const target = { role: "cadre", login_name: "张明", unit_id: null, password: "wrong-Password-1" };
  const options = await (await fetch(server.url + "/api/login-options")).json();
  target.unit_id = options.units.find((u) => u.name === "十堰市经信局").id;
  for (let i = 0; i < 5; i++) await apiLogin(target);
  assert.equal(await apiLogin({ ...target, password: PASSWORD }), 423, "locked after five failures");

  const admin = await newPage();
  await loginAs(admin, "security_admin");
  await b.click(admin, "menu.security.lockouts");
  await b.waitProbe(admin, (q) => q.widgets.some((w) => w.id.startsWith("locked.login.") && w.text === "张明"), "张明 listed as locked");
  await b.screenshot(admin, "security-locked");
  await b.click(admin, "locked.unlock.0");
  await b.waitProbe(admin, (q) => b.widget(q, "locked.empty"), "no locked account left");
  assert.equal(await apiLogin({ ...target, password: PASSWORD }), 200, "張明 can log in again");
  await admin.close();
});

test("重置密码 applies the shared password rules beside each field", async () => {
  const page = await newPage();
  await loginAs(page, "unit_admin");
  await b.click(page, "menu.profile.password");
  await b.typeInto(page, "password.current", PASSWORD);
  await b.typeInto(page, "password.new", "abcdefgh");
  await b.typeInto(page, "password.confirm", "abcdefgh");
  await b.click(page, "password.submit");
  let p = await b.waitProbe(page, (q) => b.widget(q, "password.new.error"), "the policy error");
  assert.match(b.widget(p, "password.new.error").text, /3/);
  await b.screenshot(page, "password-policy-error");
  for (const id of ["password.new", "password.confirm"]) {
    await b.click(page, id);
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText("Shiyan#2027");
  }
  await b.click(page, "password.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "password.message"), "the confirmation");
  assert.match(b.widget(p, "password.message").text, /密码已修改/);
  assert.equal(await apiLogin({ role: "unit_admin", login_name: ACCOUNTS.unit_admin.name, password: "Shiyan#2027" }), 200);
  await page.close();
});

test("first login: bind a mobile with the SMS code, then replace the initial password", async () => {
  const fs = require("node:fs");
  const path = require("node:path");
  const page = await newPage();
  await loginAs(page, "new_inspector");
  await b.waitWidget(page, "first_login.dialog");
  await b.screenshot(page, "first-login-mobile");
  await b.typeInto(page, "first_login.mobile", "13907191234");
  await b.click(page, "first_login.send_code");
  await b.waitProbe(page, (q) => b.widget(q, "first_login.message"), "code sent");
  // The log gateway writes each SMS to DATA/sms.log: read the code the holder's phone would show.
  const log = path.join(server.dataDir, "sms.log");
  let code = null;
  for (let i = 0; i < 100 && !code; i++) {
    const text = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
    const m = /13907191234\t.*验证码是(\d{6})/.exec(text);
    if (m) code = m[1]; else await page.waitForTimeout(100);
  }
  assert.ok(code, "the SMS with the code was sent");
  await b.typeInto(page, "first_login.code", code);
  await b.click(page, "first_login.bind");
  await b.waitWidget(page, "password.current");
  await b.typeInto(page, "password.current", PASSWORD);
  await b.typeInto(page, "password.new", "Xunchá#2026a");
  await b.typeInto(page, "password.confirm", "Xunchá#2026a");
  await b.click(page, "password.submit");
  const p = await b.waitProbe(page, (q) => !b.widget(q, "first_login.dialog") && b.widget(q, "profile.mobile"), "the dialog closed");
  assert.equal(b.widget(p, "profile.mobile").text, "139****1234");
  await b.screenshot(page, "first-login-done");
  await page.close();
});

test("the holder of a locked account unlocks it with an SMS code from the login page", async () => {
  const fs = require("node:fs");
  const path = require("node:path");
  const name = ACCOUNTS.enterprise.name;
  for (let i = 0; i < 5; i++) await apiLogin({ role: "enterprise", login_name: name, password: "Wrong-pass-1" });
  const page = await newPage();
  await b.typeInto(page, "login.name", name);
  await b.typeInto(page, "login.password", PASSWORD);
  await b.click(page, "login.submit");
  let p = await b.waitProbe(page, (q) => b.widget(q, "login.unlock_send"), "the unlock offer");
  assert.match(b.widget(p, "login.form_error").text, /锁定/);
  const log = path.join(server.dataDir, "sms.log");
  const before = fs.existsSync(log) ? fs.readFileSync(log, "utf8").length : 0;
  await b.click(page, "login.unlock_send");
  await b.waitWidget(page, "login.unlock_code");
  let code = null;
  for (let i = 0; i < 100 && !code; i++) {
    const text = fs.existsSync(log) ? fs.readFileSync(log, "utf8").slice(before) : "";
    const m = /验证码是(\d{6})/.exec(text);
    if (m) code = m[1]; else await page.waitForTimeout(100);
  }
  assert.ok(code, "an unlock code was sent to the bound mobile");
  await b.typeInto(page, "login.unlock_code", code);
  await b.screenshot(page, "login-unlock");
  await b.click(page, "login.unlock_submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "login.notice"), "unlocked");
  assert.equal(b.widget(p, "login.notice").text, "账号已解锁，请重新登录。");
  await b.click(page, "login.submit");  // the password is still in the field
  await b.waitProbe(page, (q) => q.screen === "company.info", "signed in");
  await page.close();
});
