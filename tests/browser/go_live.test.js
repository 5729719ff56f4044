// Going live (issue 17) as a city would: an empty data directory → `qinqing init` → 系统管理员 signs in
// with the one-time password it printed, binds a mobile and replaces the password, adds a unit in
// 组织机构 and creates its administrator in 账号管理, imports a county's 一对一包联分配方案; the imported
// cadre activates the account, signs in and finds its enterprises; then that cadre forgets the
// password and sets a new one with an SMS code from 忘记密码. Real clicks and Chinese typing throughout.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");

let server, browser, dir;
test.before(async () => {
  server = await startServer({ init: true });
  browser = await b.launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "qq-golive-"));
});
test.after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const { text } = b;
const CADRE = "李建国";
const CADRE_MOBILE = "13972001234";
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function uscc(n) {  // a valid 统一社会信用代码 of 茅箭区 (GB 32100 check character)
  const first17 = "91420302MA9" + String(n).padStart(6, "0");
  let sum = 0, weight = 1;
  for (const c of first17) { sum += CHARSET.indexOf(c) * weight; weight = (weight * 3) % 31; }
  return first17 + CHARSET[(31 - (sum % 31)) % 31];
}

// The newest SMS code sent to `mobile` after the log had `after` characters.
async function smsCode(page, mobile, after) {
  const log = path.join(server.dataDir, "sms.log");
  for (let i = 0; i < 150; i++) {
    const all = fs.existsSync(log) ? fs.readFileSync(log, "utf8").slice(after) : "";
    const m = new RegExp(`${mobile}\\t.*验证码是(\\d{6})`).exec(all);
    if (m) return m[1];
    await page.waitForTimeout(100);
  }
  throw new Error(`no code sent to ${mobile}`);
}
const smsLength = () => {
  const log = path.join(server.dataDir, "sms.log");
  return fs.existsSync(log) ? fs.readFileSync(log, "utf8").length : 0;
};

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  await b.waitWidget(page, "login.submit");
  return page;
}

test("init prints three one-time passwords and the login page offers the skeleton's regions", async () => {
  assert.deepEqual(Object.keys(server.passwords).sort(), ["auditadmin", "secadmin", "sysadmin"], server.initOutput);
  const options = await (await fetch(server.url + "/api/login-options")).json();
  assert.equal(options.regions[0].name, "十堰市");
  assert.ok(options.regions.some((r) => r.name === "茅箭区"));
  assert.ok(options.regions.some((r) => r.name === "武当山旅游经济特区"));
});

test("from an empty database to a cadre who finds its enterprises and recovers its password", async () => {
  // 1. 系统管理员 with the one-time password: bind a mobile, replace the password.
  const page = await newPage();
  // The server refuses everything but the profile, the mobile and the password until the one-time
  // password is replaced (403 password_change_required); the client must not even ask.
  const refused = [];
  page.on("response", (r) => { if (r.status() === 403) refused.push(r.url()); });
  await b.choose(page, "login.role", "系统管理员");
  await b.typeInto(page, "login.name", "sysadmin");
  await b.typeInto(page, "login.password", server.passwords.sysadmin);
  await b.click(page, "login.submit");
  await b.waitWidget(page, "first_login.dialog");
  await b.screenshot(page, "golive-first-login");
  let before = smsLength();
  await b.typeInto(page, "first_login.mobile", "13907190001");
  await b.click(page, "first_login.send_code");
  await b.typeInto(page, "first_login.code", await smsCode(page, "13907190001", before));
  await b.click(page, "first_login.bind");
  await b.waitWidget(page, "password.current");
  await b.typeInto(page, "password.current", server.passwords.sysadmin);
  await b.typeInto(page, "password.new", "Shiyan#Sys2026");
  await b.typeInto(page, "password.confirm", "Shiyan#Sys2026");
  await b.click(page, "password.submit");
  await b.waitProbe(page, (q) => !b.widget(q, "first_login.dialog") && b.widget(q, "shell.user"), "the administrator signed in");
  assert.deepEqual(refused, [], "nothing was refused: not while the change was due, nor the badges after");

  // 2. 组织机构: 茅箭区 gets its first unit.
  await b.click(page, "menu.admin.org");
  const regions = (await (await fetch(server.url + "/api/login-options")).json()).regions;
  const maojian = regions.find((r) => r.name === "茅箭区");
  await b.waitWidget(page, `org.region.${maojian.id}`);
  await b.click(page, `org.region.${maojian.id}`);
  await b.waitProbe(page, (q) => text(q, "org.units.title") === "茅箭区", "茅箭区's units");
  await b.click(page, "org.unit_add");
  await b.typeInto(page, "org.unit_name", "茅箭区经信局");
  await b.click(page, "org.unit_save");
  await b.waitProbe(page, (q) => text(q, "org.message") === "已新增单位“茅箭区经信局”。", "the new unit");
  await b.screenshot(page, "golive-unit-added");

  // 3. 账号管理: the unit's administrator, 待激活 for its holder.
  await b.click(page, "menu.admin.accounts");
  await b.waitWidget(page, "accounts.new");
  await b.click(page, "accounts.new");
  await b.waitWidget(page, "new_account.role");
  await b.choose(page, "new_account.role", "单位管理员");
  await b.choose(page, "new_account.region", "茅箭区");
  await b.choose(page, "new_account.unit", "茅箭区经信局");
  let p = await b.waitProbe(page, (q) => text(q, "new_account.login_name") === "茅箭区经信局管理员", "the suggested name");
  await b.typeInto(page, "new_account.holder_name", "陈晓燕");
  await b.typeInto(page, "new_account.mobile", "13972005678");
  await b.screenshot(page, "golive-new-account");
  before = smsLength();
  await b.click(page, "new_account.submit");
  await b.waitProbe(page, (q) => q.widgets.some((w) => /待激活/.test(w.text || "")) && !b.widget(q, "new_account.submit"),
    "the created account");
  await b.screenshot(page, "golive-account-created");
  for (let i = 0; i < 50 && !fs.readFileSync(path.join(server.dataDir, "sms.log"), "utf8").slice(before).includes("13972005678"); i++) {
    await page.waitForTimeout(100);
  }
  assert.match(fs.readFileSync(path.join(server.dataDir, "sms.log"), "utf8").slice(before), /13972005678\t.*茅箭区经信局管理员/);

  // 4. 包联方案导入: 茅箭区's plan with one cadre and two enterprises.
  const rows = ["区域,单位,包联干部,职务,干部手机,企业名称,统一社会信用代码,行业组",
    `茅箭区,茅箭区经信局,${CADRE},副局长,${CADRE_MOBILE},十堰市茅箭精工机械有限公司,${uscc(1)},经信`,
    `茅箭区,茅箭区经信局,${CADRE},副局长,${CADRE_MOBILE},十堰市茅箭绿谷农业有限公司,${uscc(2)},农业`];
  const file = path.join(dir, "茅箭区包联分配方案.csv");
  fs.writeFileSync(file, "\uFEFF" + rows.join("\r\n") + "\r\n");
  await b.click(page, "menu.admin.import");
  await b.waitWidget(page, "import.choose_file");
  const chooser = page.waitForEvent("filechooser");
  await b.click(page, "import.choose_file");
  await (await chooser).setFiles(file);
  await b.waitProbe(page, (q) => text(q, "import.file") === path.basename(file), "the file chosen");
  await b.click(page, "import.check");
  await b.waitProbe(page, (q) => (text(q, "import.result") || "").startsWith("检查通过"), "a clean check", 30000);
  await b.click(page, "import.apply");
  await b.waitWidget(page, "import.confirm");
  await b.click(page, "import.confirm");
  p = await b.waitProbe(page, (q) => (text(q, "import.result") || "").startsWith("导入完成"), "the import", 60000);
  assert.match(text(p, "import.result"), /新建干部 1 名/);
  await b.screenshot(page, "golive-imported");
  await page.close();

  // 5. The imported cadre activates its account from the login page and finds its enterprises.
  const cadre = await newPage();
  await b.choose(cadre, "login.role", "包联干部");
  await b.choose(cadre, "login.region", "茅箭区");
  await b.choose(cadre, "login.unit", "茅箭区经信局");
  await b.typeInto(cadre, "login.name", CADRE);
  await b.typeInto(cadre, "login.password", "Anything#2026");
  await b.click(cadre, "login.submit");
  await b.waitWidget(cadre, "login.activate_now");
  await b.click(cadre, "login.activate_now");
  await b.waitWidget(cadre, "activation.title");
  before = smsLength();
  await b.click(cadre, "activation.send_code");
  await b.typeInto(cadre, "activation.code", await smsCode(cadre, CADRE_MOBILE, before));
  await b.typeInto(cadre, "activation.new_password", "Lijianguo#2026");
  await b.typeInto(cadre, "activation.confirm", "Lijianguo#2026");
  await b.click(cadre, "activation.submit");
  await b.waitProbe(cadre, (q) => b.widget(q, "shell.user"), "the cadre signed in");
  await b.click(cadre, "menu.profile.enterprises");
  p = await b.waitProbe(cadre, (q) => q.widgets.filter((w) => w.id.startsWith("enterprises.cell.")).some((w) => w.text === "十堰市茅箭精工机械有限公司"),
    "the cadre's enterprises");
  const names = p.widgets.filter((w) => w.id.startsWith("enterprises.cell.")).map((w) => w.text);
  assert.ok(names.includes("十堰市茅箭绿谷农业有限公司"), names.join(","));
  await b.screenshot(cadre, "golive-cadre-enterprises");
  await b.click(cadre, "shell.logout");

  // 6. The cadre forgot the password: 忘记密码 with an SMS code to the bound mobile.
  // The login form keeps the account last used on this browser (role, unit, name).
  p = await b.waitWidget(cadre, "login.submit");
  p = await b.probe(cadre);
  assert.equal(text(p, "login.name"), CADRE, "the login form remembers the account");
  await b.click(cadre, "login.forgot");
  await b.waitWidget(cadre, "reset.title");
  await b.screenshot(cadre, "golive-forgot");
  // One code a minute per account: the activation code went out moments ago.
  await cadre.waitForTimeout(61000);
  before = smsLength();
  await b.click(cadre, "reset.send_code");
  await b.typeInto(cadre, "reset.code", await smsCode(cadre, CADRE_MOBILE, before));
  await b.typeInto(cadre, "reset.new_password", "Lijianguo#2027");
  await b.typeInto(cadre, "reset.confirm", "Lijianguo#2027");
  await b.click(cadre, "reset.submit");
  await b.waitProbe(cadre, (q) => /密码已重置/.test(q.widgets.map((w) => w.text || "").join("|")), "the reset done");
  await b.screenshot(cadre, "golive-reset-done");
  const login = await fetch(server.url + "/api/session", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ role: "cadre", login_name: CADRE, unit_id: (await (await fetch(server.url + "/api/login-options")).json()).units.find((u) => u.name === "茅箭区经信局").id, password: "Lijianguo#2027" }),
  });
  assert.equal(login.status, 200, "the new password signs in");
  await cadre.close();
});
