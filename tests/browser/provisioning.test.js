// Provisioning and recovery in the browser (issue 17), on the demo data: 系统管理员 adds a zone in
// 组织机构, creates its 县市区管理员 in 账号管理 (the holder activates it from the login page), edits,
// disables and enables it, and adds an enterprise with its cadre; a cadre forgets the password and
// resets it with an SMS code; 安全管理员 generates a one-time password shown once; a cadre asks to
// move to another unit in 个人信息 and that unit's administrator confirms it in 干部调入确认.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const b = require("./lib/browser");
const { text, settled, cells } = b;
const { startServer } = require("./lib/server");
const { loginAs, api, PASSWORD } = require("./lib/accounts");
const { validUscc, smsCode, call, apiToken } = require("./lib/onboarding");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });


async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  await b.waitWidget(page, "login.submit");
  return page;
}

// Wheels over the middle of the content area until `id` is visible (the form's own widgets may all
// have scrolled away).
async function scrollContentTo(page, id, deltaY) {
  await page.mouse.move(800, 500);
  for (let i = 0; i < 40; i++) {
    const w = b.widget(await b.probe(page), id);
    if (w && w.visible) return w;
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(60);
  }
  throw new Error(`could not scroll ${id} into view`);
}

async function search(page, table, value) {
  await b.typeInto(page, `${table}.search`, value);
  await page.keyboard.press("Enter");
}

// The codes in DATA/sms.log so far, and the next one sent to anybody after that many.
function codeCount() {
  const log = path.join(server.dataDir, "sms.log");
  const all = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
  return [...all.matchAll(/验证码是(\d{6})/g)].length;
}
async function nextCode(after) {
  const log = path.join(server.dataDir, "sms.log");
  for (let i = 0; i < 100; i++) {
    const codes = [...(fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "").matchAll(/验证码是(\d{6})/g)].map((m) => m[1]);
    if (codes.length > after) return codes[codes.length - 1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no code SMS");
}

async function smsTo(mobile) {
  const file = path.join(server.dataDir, "sms.log");
  for (let i = 0; i < 100; i++) {
    const lines = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").filter((l) => l.split("\t")[1] === mobile) : [];
    if (lines.length) return lines.map((l) => l.split("\t")[2]);
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

const ZONE = "十堰高新区";
const ZONE_ADMIN = "十堰高新区管理员";
const HOLDER_MOBILE = "13972220001";

test("系统管理员 adds a zone and its 县市区管理员, the holder activates it, and the account is disabled and enabled", async () => {
  const page = await newPage();
  await loginAs(page, "system_admin");

  // 组织机构 → 新增区域: the kind is required, then the zone is added and opened.
  await b.click(page, "menu.admin.org");
  await b.waitProbe(page, (q) => b.widget(q, "org.region_add") && settled(q), "组织机构");
  await b.click(page, "org.region_add");
  await b.typeInto(page, "org.region_name", ZONE);
  await b.click(page, "org.region_save");
  let p = await b.waitProbe(page, (q) => b.widget(q, "org.region_kind.error"), "the missing kind");
  assert.equal(text(p, "org.region_kind.error"), "请选择区域类型");
  await b.screenshot(page, "provisioning-region-form");
  await b.click(page, "org.region_kind.option.2");
  await b.waitProbe(page, (q) => text(q, "org.region_kind") === "功能区", "功能区 chosen");
  await b.click(page, "org.region_save");
  p = await b.waitProbe(page, (q) => b.widget(q, "org.region_message") && settled(q) && text(q, "org.units.title") === ZONE, "the zone added");
  assert.match(text(p, "org.region_message"), /已新增区域“十堰高新区”/);
  await b.screenshot(page, "provisioning-region-added");
  // 更名 opens with the selected region's name; Esc leaves it unchanged.
  await b.click(page, "org.region_rename");
  p = await b.waitProbe(page, (q) => text(q, "org.region_name") === ZONE, "the rename form");
  assert.equal(text(p, "org.region_form.title"), "区域更名");
  await page.keyboard.press("Escape");
  await b.waitProbe(page, (q) => !b.widget(q, "org.region_name"), "the rename cancelled");

  // 账号管理 → 新建账号: 县市区管理员 of the zone, the name suggested from it.
  await b.click(page, "menu.admin.accounts");
  await b.waitProbe(page, (q) => b.widget(q, "accounts.pager") && settled(q), "the account list");
  await b.click(page, "accounts.new");
  await b.waitWidget(page, "new_account.role");
  await b.choose(page, "new_account.role", "县市区管理员");
  await b.choose(page, "new_account.county", `${ZONE}（功能区）`);
  p = await b.waitProbe(page, (q) => text(q, "new_account.login_name") === ZONE_ADMIN, "the suggested account name");
  await b.typeInto(page, "new_account.mobile", "1397222");
  await b.click(page, "new_account.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "new_account.holder_name.error") && b.widget(q, "new_account.mobile.error"), "the field errors");
  assert.equal(text(p, "new_account.holder_name.error"), "请填写持有人姓名");
  assert.equal(text(p, "new_account.mobile.error"), "持有人手机号应为11位手机号码");
  await b.screenshot(page, "provisioning-new-account-errors");
  await b.typeInto(page, "new_account.holder_name", "王建华");
  await b.retype(page, "new_account.mobile", HOLDER_MOBILE);
  await b.typeInto(page, "new_account.title_field", "主任");
  await b.screenshot(page, "provisioning-new-account");
  await b.click(page, "new_account.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "account.message") && settled(q), "the created account");
  assert.match(text(p, "account.message"), /已向持有人手机发送开通短信，持有人在登录页点击“激活账号”完成激活/);
  assert.equal(text(p, "account.login_name"), ZONE_ADMIN);
  assert.equal(text(p, "account.status"), "待激活");
  assert.equal(text(p, "account.region"), ZONE);
  await b.screenshot(page, "provisioning-account-created");
  const sms = await smsTo(HOLDER_MOBILE);
  assert.ok(sms.some((t) => t.includes(`账号（${ZONE_ADMIN}）已开通`)), JSON.stringify(sms));

  // The holder activates the account from the login page and lands signed in.
  const holder = await newPage();
  await b.click(holder, "login.open_activation");
  await b.waitWidget(holder, "activation.title");
  await b.choose(holder, "login.role", "县市区管理员");
  await b.typeInto(holder, "login.name", ZONE_ADMIN);
  await b.click(holder, "activation.send_code");
  await b.typeInto(holder, "activation.code", await smsCode(server.dataDir, HOLDER_MOBILE));
  await b.typeInto(holder, "activation.new_password", "Gaoxin#2026");
  await b.typeInto(holder, "activation.confirm", "Gaoxin#2026");
  await b.click(holder, "activation.submit");
  p = await b.waitProbe(holder, (q) => q.screen === "profile.info" && b.widget(q, "shell.user"), "the holder signed in");
  assert.match(text(p, "shell.user"), /县市区管理员 · 王建华/);
  await holder.close();

  // 编辑: 职务 changes; the account is 正常 now.
  await b.click(page, "account.back");
  await b.waitProbe(page, (q) => b.widget(q, "accounts.pager") && settled(q), "the list");
  await search(page, "accounts", ZONE);
  p = await b.waitProbe(page, (q) => cells(q, "accounts.cell.").join() === ZONE_ADMIN && settled(q), "the new account alone");
  assert.equal(text(p, "accounts.status.0"), "正常");
  await b.click(page, "accounts.row.0");
  await b.waitProbe(page, (q) => text(q, "account.login_name") === ZONE_ADMIN && b.widget(q, "account.edit") && settled(q), "the detail");
  await b.click(page, "account.edit");
  await b.waitWidget(page, "account_edit.title_field");
  await b.retype(page, "account_edit.title_field", "副主任");
  await b.screenshot(page, "provisioning-account-edit");
  await b.click(page, "account_edit.save");
  p = await b.waitProbe(page, (q) => text(q, "account.message") === "账号信息已保存。" && settled(q), "the edit saved");
  assert.equal(text(p, "account.title_field"), "副主任");

  // 停用: a reason first, then the confirmation; the holder can no longer sign in.
  await b.click(page, "account.disable");
  await b.waitWidget(page, "account_disable.reason");
  await b.click(page, "account_disable.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "account_disable.reason.error"), "the missing reason");
  assert.equal(text(p, "account_disable.reason.error"), "请填写停用原因");
  await b.typeInto(page, "account_disable.reason", "人员离岗");
  await b.click(page, "account_disable.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "account_disable.question"), "the confirmation");
  assert.match(text(p, "account_disable.question"), /确认停用账号“十堰高新区管理员”（持有人 王建华）/);
  await b.screenshot(page, "provisioning-disable-confirm");
  await b.click(page, "account_disable.confirm");
  p = await b.waitProbe(page, (q) => text(q, "account.status") === "已停用" && settled(q), "the account disabled");
  assert.equal(text(p, "account.disabled_reason"), "人员离岗");
  assert.match(text(p, "account.message"), /账号已停用/);
  assert.ok(b.widget(p, "account.enable"), "启用 offered");
  await b.screenshot(page, "provisioning-account-disabled");
  const refused = await call(server, "POST", "/api/session", { role: "county_admin", login_name: ZONE_ADMIN, password: "Gaoxin#2026" });
  assert.equal(refused.status, 403);
  assert.equal(refused.body.error.message, "账号已停用，请联系系统管理员");

  // The list's status filter finds it under 已停用.
  await b.click(page, "account.back");
  await b.waitProbe(page, (q) => b.widget(q, "accounts.pager") && settled(q), "the list");
  await b.choose(page, "accounts.filter.status", "已停用");
  p = await b.waitProbe(page, (q) => cells(q, "accounts.cell.").join() === ZONE_ADMIN && settled(q), "the disabled account");
  assert.equal(text(p, "accounts.status.0"), "已停用");
  await b.screenshot(page, "provisioning-accounts-disabled-filter");

  // 启用: the holder signs in again.
  await b.click(page, "accounts.row.0");
  await b.waitProbe(page, (q) => b.widget(q, "account.enable") && settled(q), "the disabled detail");
  await b.click(page, "account.enable");
  p = await b.waitProbe(page, (q) => text(q, "account.status") === "正常" && settled(q), "the account enabled");
  assert.equal(text(p, "account.message"), "账号已启用，持有人可以重新登录。");
  const again = await call(server, "POST", "/api/session", { role: "county_admin", login_name: ZONE_ADMIN, password: "Gaoxin#2026" });
  assert.equal(again.status, 200, JSON.stringify(again.body));
  await page.close();
});

test("系统管理员 adds an enterprise with its cadre: errors first, then the account waits for activation", async () => {
  const page = await newPage();
  await loginAs(page, "system_admin");
  await b.click(page, "menu.base.enterprises");
  await b.waitProbe(page, (q) => b.widget(q, "enterprises.add") && settled(q), "the enterprise list");
  await b.click(page, "enterprises.add");
  await b.waitProbe(page, (q) => b.widget(q, "new_enterprise.title") && b.widget(q, "new_enterprise_cadres.cell.0") && settled(q), "the form");
  await b.scrollIntoFullView(page, "new_enterprise.name", "new_enterprise.submit");
  await b.click(page, "new_enterprise.submit");
  let p = await b.waitProbe(page, (q) => b.widget(q, "new_enterprise.cadre_id.error"), "the errors");
  assert.equal(text(p, "new_enterprise.cadre_id.error"), "请选择包联干部");
  await scrollContentTo(page, "new_enterprise.name", -300);
  p = await b.probe(page);
  assert.ok(b.widget(p, "new_enterprise.name.error"), "the name is required");
  await b.screenshot(page, "provisioning-new-enterprise-errors");

  const name = "十堰市高新精密机械有限公司";
  await b.typeInto(page, "new_enterprise.name", name);
  await b.typeInto(page, "new_enterprise.uscc", validUscc("700001"));
  await b.choose(page, "new_enterprise.region", "十堰市");
  await b.choose(page, "new_enterprise.industry_group", "经信");
  await b.typeInto(page, "new_enterprise.legal_rep", "周高新");
  await b.typeInto(page, "new_enterprise.liaison", "吴联络");
  await b.typeInto(page, "new_enterprise.liaison_mobile", "13972220009");
  await scrollContentTo(page, "new_enterprise_cadres.search", 200);
  await search(page, "new_enterprise_cadres", "张明");
  p = await b.waitProbe(page, (q) => cells(q, "new_enterprise_cadres.cell.").includes("张明") && settled(q), "张明 found");
  await b.click(page, `new_enterprise_cadres.row.${cells(p, "new_enterprise_cadres.cell.").indexOf("张明")}`);
  p = await b.waitProbe(page, (q) => /^张明（/.test(text(q, "new_enterprise.chosen") || ""), "张明 chosen");
  await b.scrollIntoFullView(page, "new_enterprise_cadres.search", "new_enterprise.submit");
  await b.screenshot(page, "provisioning-new-enterprise");
  await b.click(page, "new_enterprise.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "enterprises.message") && settled(q), "the enterprise added");
  assert.match(text(p, "enterprises.message"), /已新增企业“十堰市高新精密机械有限公司”，由张明包联/);
  await b.screenshot(page, "provisioning-enterprise-added");
  const found = await api(page, "/api/enterprises?q=" + encodeURIComponent(name));
  assert.equal(found.body.items.length, 1);
  assert.equal(found.body.items[0].cadre.name, "张明");
  const sms = await smsTo("13972220009");
  assert.ok(sms.some((t) => t.includes("激活账号")), JSON.stringify(sms));
  await page.close();
});

test("a cadre who forgot the password resets it with an SMS code and signs in with the new one", async () => {
  const page = await newPage();
  await b.choose(page, "login.role", "包联干部");
  await b.choose(page, "login.region", "十堰市");
  await b.choose(page, "login.unit", "十堰市经信局");
  await b.typeInto(page, "login.name", "张明");
  await b.screenshot(page, "provisioning-login-forgot-link");
  await b.click(page, "login.forgot");
  let p = await b.waitWidget(page, "reset.title");
  p = await b.probe(page);
  assert.equal(text(p, "login.name"), "张明", "the account named at login is kept");
  assert.match(text(p, "reset.no_mobile"), /安全管理员/);

  const before = codeCount();
  await b.click(page, "reset.send_code");
  p = await b.waitProbe(page, (q) => b.widget(q, "reset.message"), "the code sent");
  assert.match(text(p, "reset.send_code"), /秒后可重发/);
  const code = await nextCode(before);

  // A wrong code is refused beside the field; the right one replaces the password.
  await b.typeInto(page, "reset.code", code === "000000" ? "111111" : "000000");
  await b.typeInto(page, "reset.new_password", "Zhangming#2027");
  await b.typeInto(page, "reset.confirm", "Zhangming#2027");
  await b.click(page, "reset.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "reset.code.error"), "the wrong code");
  assert.equal(text(p, "reset.code.error"), "验证码不正确或已过期");
  await b.screenshot(page, "provisioning-reset-wrong-code");
  await b.retype(page, "reset.code", code);
  await b.click(page, "reset.submit");
  p = await b.waitProbe(page, (q) => text(q, "login.notice") === "密码已重置，请用新密码登录" && b.widget(q, "login.submit"), "back at login");
  assert.equal(text(p, "login.name"), "张明");
  await b.screenshot(page, "provisioning-reset-done");
  await b.typeInto(page, "login.password", "Zhangming#2027");
  await b.click(page, "login.submit");
  await b.waitProbe(page, (q) => q.screen === "profile.info" && b.widget(q, "shell.user"), "signed in with the new password");
  await page.close();
});

test("安全管理员 generates a one-time password, shown once, that must be replaced at the next login", async () => {
  const page = await newPage();
  await loginAs(page, "security_admin");
  await b.click(page, "menu.security.accounts");
  await b.waitProbe(page, (q) => b.widget(q, "temp_accounts.pager") && settled(q), "the account list");
  await b.screenshot(page, "provisioning-temp-list");
  await search(page, "temp_accounts", "巡查员01");
  let p = await b.waitProbe(page, (q) => cells(q, "temp_accounts.cell.").includes("巡查员01") && settled(q), "巡查员01 found");
  const row = cells(p, "temp_accounts.cell.").indexOf("巡查员01");
  await b.click(page, `temp_accounts.generate.${row}`);
  p = await b.waitProbe(page, (q) => b.widget(q, "temp_confirm.question"), "the confirmation");
  assert.match(text(p, "temp_confirm.question"), /为账号“巡查员01”/);
  await b.screenshot(page, "provisioning-temp-confirm");
  await b.click(page, "temp_confirm.confirm");
  p = await b.waitProbe(page, (q) => (text(q, "temp_password.value") || "").length >= 8 && settled(q), "the password shown");
  const password = text(p, "temp_password.value");
  assert.equal(text(p, "temp_password.notice"), "请将临时密码当面或电话告知持有人，持有人登录后须立即修改；关闭后将无法再次查看");
  await b.click(page, "temp_password.copy");
  await b.waitProbe(page, (q) => text(q, "temp_password.copy") === "已复制", "copied");
  await b.screenshot(page, "provisioning-temp-password");
  // Esc does not close it: only the button does, and then the password is gone.
  await page.keyboard.press("Escape");
  p = await b.probe(page);
  assert.ok(b.widget(p, "temp_password.value"), "still shown after Esc");
  await b.click(page, "temp_password.close");
  p = await b.waitProbe(page, (q) => !b.widget(q, "temp_password.dialog") && b.widget(q, "temp.message"), "the dialog closed");
  assert.ok(!p.widgets.some((w) => w.text === password), "the password is no longer on screen");

  const old = await call(server, "POST", "/api/session", { role: "inspector", login_name: "巡查员01", password: PASSWORD });
  assert.equal(old.status, 401, "the old password no longer works");
  const login = await call(server, "POST", "/api/session", { role: "inspector", login_name: "巡查员01", password });
  assert.equal(login.status, 200, JSON.stringify(login.body));
  assert.equal(login.body.profile.must_change_password, true);
  await page.close();
});

test("a cadre asks to move to another unit, withdraws and asks again; the new unit's administrator confirms", async () => {
  const page = await newPage();
  await b.choose(page, "login.role", "包联干部");
  await b.choose(page, "login.region", "十堰市");
  await b.choose(page, "login.unit", "十堰市商务局");
  await b.typeInto(page, "login.name", "丁慧刚");
  await b.typeInto(page, "login.password", PASSWORD);
  await b.click(page, "login.submit");
  await b.waitProbe(page, (q) => q.screen === "profile.info" && b.widget(q, "profile.edit") && settled(q), "丁慧刚's profile");
  const askMove = async () => {
    await b.click(page, "profile.edit");
    await b.waitWidget(page, "profile.form.unit");
    await b.choose(page, "profile.form.unit", "十堰市经信局");
    await b.waitWidget(page, "profile.form.move_note");
  };
  await askMove();
  await b.screenshot(page, "provisioning-profile-unit");
  await b.click(page, "profile.save");
  let p = await b.waitProbe(page, (q) => b.widget(q, "profile.pending_unit") && settled(q), "the pending move");
  assert.equal(text(p, "profile.pending_unit"), "调入 十堰市经信局 待该单位管理员确认");
  assert.equal(text(p, "profile.unit"), "十堰市商务局", "the unit is unchanged until confirmed");
  await b.screenshot(page, "provisioning-profile-pending");
  await b.click(page, "profile.withdraw_transfer");
  p = await b.waitProbe(page, (q) => !b.widget(q, "profile.pending_unit") && text(q, "profile.message") === "调入申请已撤回，工作单位不变。", "withdrawn");
  await askMove();
  await b.click(page, "profile.save");
  await b.waitProbe(page, (q) => b.widget(q, "profile.pending_unit") && settled(q), "asked again");

  const admin = await newPage();
  await loginAs(admin, "unit_admin");
  await b.click(admin, "menu.base.cadre_transfers");
  p = await b.waitProbe(admin, (q) => text(q, "transfers.cadre.0") === "丁慧刚" && settled(q), "the pending move");
  assert.equal(cells(p, "transfers.cadre.").length, 1, "only the moves into this unit");
  assert.equal(text(p, "transfers.from.0"), "十堰市商务局");
  assert.equal(text(p, "transfers.to.0"), "十堰市经信局");
  const sysadmin = await apiToken(server, "system_admin", "sysadmin");
  const cadreOf = async () => (await call(server, "GET", "/api/cadres?q=" + encodeURIComponent("丁慧刚"), null, sysadmin)).body.items[0];
  const before = { items: [await cadreOf()] };
  assert.equal(text(p, "transfers.enterprises.0"), `其包联的${before.items[0].enterprise_count}家企业保持不变`);
  await b.screenshot(admin, "provisioning-transfers");

  // 不同意 needs a reason; Esc closes the dialog without deciding.
  await b.click(admin, "transfers.reject.0");
  await b.waitWidget(admin, "transfer_dialog.confirm");
  await b.click(admin, "transfer_dialog.confirm");
  p = await b.waitProbe(admin, (q) => b.widget(q, "transfer_dialog.note.error"), "the missing reason");
  assert.equal(text(p, "transfer_dialog.note.error"), "请填写不同意的原因");
  await b.screenshot(admin, "provisioning-transfer-reject");
  await admin.keyboard.press("Escape");
  await b.waitProbe(admin, (q) => !b.widget(q, "transfer_dialog.confirm"), "the dialog closed");

  await b.click(admin, "transfers.approve.0");
  p = await b.waitProbe(admin, (q) => b.widget(q, "transfer_dialog.question"), "the approval dialog");
  assert.equal(text(p, "transfer_dialog.question"), "同意丁慧刚由十堰市商务局调入十堰市经信局？");
  await b.screenshot(admin, "provisioning-transfer-approve");
  await b.click(admin, "transfer_dialog.confirm");
  p = await b.waitProbe(admin, (q) => b.widget(q, "transfers.message") && b.widget(q, "transfers.empty") && settled(q), "the move confirmed");
  assert.match(text(p, "transfers.message"), /已同意：丁慧刚已调入十堰市经信局，其包联的\d+家企业保持不变/);
  assert.match(text(p, "transfers.empty"), /目前没有待确认的干部调入申请/);
  await b.screenshot(admin, "provisioning-transfers-empty");
  const after = await cadreOf();
  assert.equal(after.unit.name, "十堰市经信局");
  assert.equal(after.enterprise_count, before.items[0].enterprise_count, "the enterprises stay assigned");
  await admin.close();
  await page.close();
});
