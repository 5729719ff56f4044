// The foundation's browser test: the demo enterprise logs in with its full Chinese name typed as an
// input method commits it, reaches its own page with its name from the server; a wrong password shows
// the Chinese error beside the field; a cadre chooses region and unit first.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");

const ENTERPRISE = "十堰市鑫源汽车零部件有限公司";
const PASSWORD = "Qinqing@2026";

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function openLogin(dpr = 1) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: dpr });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url + "/");
  await b.waitWidget(page, "login.submit");
  return { page, errors };
}

test("enterprise logs in with its Chinese full name and sees its own page", async () => {
  const { page } = await openLogin();
  await b.typeInto(page, "login.name", ENTERPRISE);
  await b.typeInto(page, "login.password", PASSWORD);
  await b.screenshot(page, "login-enterprise-filled");
  await b.click(page, "login.submit");
  const p = await b.waitProbe(page, (q) => q.screen === "company.info" && b.widget(q, "enterprise.name"), "the enterprise's own page");
  assert.equal(b.widget(p, "enterprise.name").text, ENTERPRISE);
  assert.match(b.widget(p, "enterprise.uscc").text, /^[0-9A-HJ-NPQRTUWXY]{18}$/);
  assert.match(b.widget(p, "shell.user").text, /企业 · 十堰市鑫源汽车零部件有限公司/);
  // The enterprise's menu follows notice §14–19; screens of later versions are disabled, not faked.
  assert.equal(b.widget(p, "menu.petition_new").text, "发布诉求");
  assert.equal(b.widget(p, "menu.petition_new").disabled, false);
  assert.equal(b.widget(p, "menu.survey").disabled, false);  // 干部测评 (issue 11)
  assert.equal(b.widget(p, "menu.company.info").disabled, false);
  await b.screenshot(page, "profile-enterprise");
  // A reload of the same tab keeps the session; the server is asked again for the profile.
  await page.reload();
  const again = await b.waitProbe(page, (q) => q.screen === "company.info" && b.widget(q, "enterprise.name"), "the page after reload");
  assert.equal(b.widget(again, "enterprise.name").text, ENTERPRISE);
  await page.close();
});

test("a wrong password shows the Chinese error beside the password field", async () => {
  const { page } = await openLogin();
  await b.typeInto(page, "login.name", ENTERPRISE);
  await b.typeInto(page, "login.password", "wrong-password-1");
  await page.keyboard.press("Enter");  // Enter in the field submits, as on a native form
  const p = await b.waitProbe(page, (q) => b.widget(q, "login.password.error"), "the password error");
  assert.equal(b.widget(p, "login.password.error").text, "账号或密码错误");
  const pw = b.widget(p, "login.password"), err = b.widget(p, "login.password.error");
  assert.ok(err.y >= pw.y + pw.h - 1 && err.y - (pw.y + pw.h) < 40, "the error stands right under the field");
  await b.screenshot(page, "login-wrong-password");
  await page.close();
});

test("empty fields are refused in the browser with the shared validation's messages", async () => {
  const { page } = await openLogin();
  await b.click(page, "login.submit");
  const p = await b.waitProbe(page, (q) => b.widget(q, "login.name.error") && b.widget(q, "login.password.error"), "field errors");
  assert.equal(b.widget(p, "login.name.error").text, "请输入企业全称");
  assert.equal(b.widget(p, "login.password.error").text, "请输入密码");
  await page.close();
});

test("a cadre chooses region and unit, logs in by name, and logs out", async () => {
  const { page } = await openLogin(2);  // HiDPI: the probe reports CSS pixels, clicks land right
  await b.choose(page, "login.role", "包联干部");
  await b.choose(page, "login.region", "十堰市");
  await b.choose(page, "login.unit", "十堰市经信局");
  await b.typeInto(page, "login.name", "张明");
  await b.typeInto(page, "login.password", PASSWORD);
  await b.screenshot(page, "login-cadre-filled");
  await b.click(page, "login.submit");
  const p = await b.waitProbe(page, (q) => q.screen === "profile.info" && b.widget(q, "profile.display_name"), "the cadre's profile");
  assert.equal(b.widget(p, "profile.display_name").text, "张明");
  assert.equal(b.widget(p, "profile.unit").text, "十堰市经信局");
  assert.equal(b.widget(p, "menu.petitions.review").text, "待审核诉求");
  await b.screenshot(page, "profile-cadre-dpr2");
  await b.click(page, "shell.logout");
  const after = await b.waitProbe(page, (q) => q.screen === "login" && b.widget(q, "login.notice"), "the login screen again");
  assert.equal(b.widget(after, "login.notice").text, "您已安全退出。");
  await page.close();
});

test("the canvas follows window resizes at the device pixel ratio", async () => {
  const { page } = await openLogin(2);
  const size = () => page.evaluate(() => {
    const c = document.getElementById("canvas");
    return { w: c.width, h: c.height, cssW: innerWidth, cssH: innerHeight, dpr: devicePixelRatio };
  });
  let s = await size();
  assert.equal(s.w, s.cssW * s.dpr);
  assert.equal(s.h, s.cssH * s.dpr);
  await page.setViewportSize({ width: 900, height: 640 });
  // Wait for the frame laid out at the new width (the old layout can already fit inside 900 px).
  const centredAt = (q, width) => {
    const s = b.widget(q, "login.submit"), f = b.widget(q, "login.forgot");
    return s && f && Math.abs((s.x + f.x + f.w) / 2 - width / 2) < 2;
  };
  const p = await b.waitProbe(page, (q) => centredAt(q, 900), "the form re-laid out");
  s = await size();
  assert.deepEqual([s.w, s.h], [1800, 1280]);
  // 登录 and 忘记密码 share the card's width: together they are centred with it.
  const submit = b.widget(p, "login.submit");
  const forgot = b.widget(p, "login.forgot");
  assert.ok(Math.abs((submit.x + forgot.x + forgot.w) / 2 - 450) < 2, `the login card stays centred: ${JSON.stringify([submit, forgot])}`);
  await b.screenshot(page, "login-resized-dpr2");
  await page.close();
});
