// 系统管理员 in the browser (issue 4): 账号管理 — hand 茅箭区管理员 over to a new holder typed in
// Chinese, errors beside the fields, the holder history; the cadre roster — move a cadre to another
// unit, add a cadre; 组织机构 — add and rename a unit, the industry groups; and 更换包联干部 on an
// enterprise record with its assignment history.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const b = require("./lib/browser");
const { text, settled, cells } = b;
const { startServer } = require("./lib/server");
const { loginAs, api } = require("./lib/accounts");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  return page;
}

async function search(page, table, value) {
  await b.typeInto(page, `${table}.search`, value);
  await page.keyboard.press("Enter");
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

test("the system administrator hands 茅箭区管理员 over to a new holder and sees the history", async () => {
  const page = await newPage();
  await loginAs(page, "system_admin");
  await b.click(page, "menu.admin.accounts");
  let p = await b.waitProbe(page, (q) => b.widget(q, "accounts.pager") && settled(q) && b.widget(q, "accounts.cell.0"), "the account list");
  const all = await api(page, "/api/accounts?page_size=1");
  assert.match(text(p, "accounts.pager"), new RegExp(`共 ${all.body.total} 条`));
  await b.screenshot(page, "admin-accounts-list");

  await b.choose(page, "accounts.filter.role", "县市区管理员");
  p = await b.waitProbe(page, (q) => /共 10 条/.test(text(q, "accounts.pager") || "") && settled(q), "the ten county administrators");
  assert.ok(cells(p, "accounts.cell.").every((t) => t.endsWith("管理员")));
  await search(page, "accounts", "茅箭");
  p = await b.waitProbe(page, (q) => cells(q, "accounts.cell.").join() === "茅箭区管理员" && settled(q), "茅箭区管理员 alone");
  assert.equal(text(p, "accounts.status.0"), "正常");
  await b.screenshot(page, "admin-accounts-filtered");

  await b.click(page, "accounts.row.0");
  p = await b.waitProbe(page, (q) => text(q, "account.login_name") === "茅箭区管理员" && settled(q), "the account's detail");
  const oldHolder = text(p, "account.holder");
  assert.ok(b.widget(p, "account.holders.empty"), "no handover recorded yet");
  await b.click(page, "account.handover");
  await b.waitWidget(page, "handover.holder_name");

  // Errors first: every problem at once, beside its field.
  await b.typeInto(page, "handover.holder_name", "李晓红");
  await b.typeInto(page, "handover.mobile", "1391234");
  await b.scrollIntoFullView(page, "handover.holder_name", "handover.submit");
  await b.click(page, "handover.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "handover.mobile.error") && b.widget(q, "handover.reason.error"), "the field errors");
  assert.equal(text(p, "handover.mobile.error"), "新持有人手机号应为11位手机号码");
  assert.equal(text(p, "handover.reason.error"), "请填写移交原因");
  await b.screenshot(page, "admin-handover-errors");

  await b.retype(page, "handover.mobile", "13912345678");
  await b.typeInto(page, "handover.reason", "人员调整，原持有人调离");
  // The errors under the fields pushed the button below the window: scroll to it as a person would.
  await b.scrollIntoFullView(page, "handover.reason", "handover.submit");
  await b.click(page, "handover.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "handover.message") && settled(q), "the handover done");
  assert.match(text(p, "handover.message"), /李晓红.*139\*\*\*\*5678/);
  assert.equal(text(p, "account.holder"), "李晓红");
  assert.equal(text(p, "account.status"), "待激活");
  assert.equal(text(p, "account.holder.0"), "李晓红");
  assert.equal(text(p, "account.holder.1"), oldHolder);
  assert.equal(text(p, "account.holder_until.0"), "至今（当前持有人）");
  await b.scrollTo(page, "account.login_name", "account.holder.1");
  await b.screenshot(page, "admin-handover-done");

  // The new holder got the activation notice; the list shows the account waiting for activation.
  const sms = await smsTo("13912345678");
  assert.ok(sms.some((t) => t.includes("账号（茅箭区管理员）已开通") && t.includes("激活账号")), JSON.stringify(sms));
  await page.keyboard.press("Escape");
  p = await b.waitProbe(page, (q) => b.widget(q, "accounts.pager") && settled(q) && text(q, "accounts.status.0") === "待激活", "the list again");
  await page.close();
});

test("the system administrator moves a cadre to another unit and adds a cadre", async () => {
  const page = await newPage();
  await loginAs(page, "system_admin");
  await b.click(page, "menu.base.cadres");
  await b.waitProbe(page, (q) => b.widget(q, "cadres.pager") && settled(q), "the cadre list");
  await search(page, "cadres", "张明");
  let p = await b.waitProbe(page, (q) => cells(q, "cadres.cell.").includes("张明") && settled(q), "张明 in the list");
  const before = (await api(page, "/api/cadres?q=" + encodeURIComponent("张明"))).body.items.find((c) => c.name === "张明");
  assert.equal(before.unit.name, "十堰市经信局");
  await b.click(page, `cadres.row.${cells(p, "cadres.cell.").indexOf("张明")}`);
  p = await b.waitProbe(page, (q) => text(q, "cadre_edit.name") === "张明", "the cadre editor");
  assert.equal(text(p, "cadre_edit.unit"), "十堰市经信局");

  await b.choose(page, "cadre_edit.region", "茅箭区");
  await b.choose(page, "cadre_edit.unit", "茅箭区经信局");
  p = await b.waitProbe(page, (q) => b.widget(q, "cadre_edit.move_note"), "the move note");
  assert.match(text(p, "cadre_edit.move_note"), /由十堰市经信局调至茅箭区经信局：包联企业不变/);
  await b.retype(page, "cadre_edit.title_field", "局长");
  await b.screenshot(page, "admin-cadre-move");
  await b.click(page, "cadre_edit.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "cadres.message") && settled(q), "saved");
  assert.equal(text(p, "cadres.message"), "已保存：张明（茅箭区经信局）");
  const after = (await api(page, "/api/cadres?q=" + encodeURIComponent("张明"))).body.items.find((c) => c.id === before.id);
  assert.equal(after.unit.name, "茅箭区经信局");
  assert.equal(after.title, "局长");
  assert.equal(after.enterprise_count, before.enterprise_count, "the cadre keeps their enterprises");
  await b.screenshot(page, "admin-cadre-moved");

  // 新增干部: the errors stand beside the fields, then the cadre is added (account 待激活).
  await b.click(page, "cadres.add");
  await b.waitProbe(page, (q) => text(q, "cadre_edit.title") === "新增干部", "the new-cadre form");
  await b.click(page, "cadre_edit.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "cadre_edit.name.error") && b.widget(q, "cadre_edit.mobile.error"), "the errors");
  assert.equal(text(p, "cadre_edit.name.error"), "请填写姓名");
  assert.equal(text(p, "cadre_edit.mobile.error"), "请填写手机号");
  assert.equal(text(p, "cadre_edit.unit.error"), "请选择所属单位");
  await b.screenshot(page, "admin-cadre-new-errors");
  await b.typeInto(page, "cadre_edit.name", "欧阳晓雯");
  await b.typeInto(page, "cadre_edit.title_field", "副局长");
  await b.typeInto(page, "cadre_edit.mobile", "13612345678");
  await b.choose(page, "cadre_edit.region", "竹溪县");
  await b.choose(page, "cadre_edit.unit", "竹溪县经信局");
  await b.click(page, "cadre_edit.save");
  p = await b.waitProbe(page, (q) => /已新增干部欧阳晓雯（竹溪县经信局）/.test(text(q, "cadres.message") || "") && settled(q), "the new cadre");
  const sms = await smsTo("13612345678");
  assert.ok(sms.some((t) => t.includes("账号（欧阳晓雯）已开通")), JSON.stringify(sms));
  await page.close();
});

test("the system administrator adds and renames a unit; industry groups show their departments", async () => {
  const page = await newPage();
  await loginAs(page, "system_admin");
  await b.click(page, "menu.admin.org");
  let p = await b.waitProbe(page, (q) => text(q, "org.units.title") === "十堰市" && b.widget(q, "units.cell.0") && settled(q), "the city's units");
  const regions = (await api(page, "/api/regions")).body.items;
  const maojian = regions.find((r) => r.name === "茅箭区");
  await b.click(page, `org.region.${maojian.id}`);
  p = await b.waitProbe(page, (q) => text(q, "org.units.title") === "茅箭区" && settled(q) && /共 \d+ 条/.test(text(q, "units.pager") || ""), "茅箭区's units");
  const count = Number(/共 (\d+) 条/.exec(text(p, "units.pager"))[1]);
  assert.equal(count, maojian.unit_count);

  await b.click(page, "org.unit_add");
  await b.typeInto(page, "org.unit_name", "茅箭区经信局");
  await page.keyboard.press("Enter");
  p = await b.waitProbe(page, (q) => b.widget(q, "org.unit_name.error"), "the duplicate refused");
  assert.equal(text(p, "org.unit_name.error"), "茅箭区已有名为“茅箭区经信局”的单位，同一区域内单位名称不能重复");
  await b.screenshot(page, "admin-org-duplicate");
  await b.retype(page, "org.unit_name", "茅箭区数据局");
  await b.click(page, "org.unit_save");
  p = await b.waitProbe(page, (q) => text(q, "org.message") === "已新增单位“茅箭区数据局”。" && settled(q) &&
    cells(q, "units.cell.").includes("茅箭区数据局"), "the new unit listed");
  assert.match(text(p, "units.pager"), new RegExp(`共 ${count + 1} 条`));

  const row = cells(p, "units.cell.").indexOf("茅箭区数据局");
  await b.click(page, `units.rename.${row}`);
  await b.retype(page, "org.unit_name", "茅箭区政务服务和大数据管理局");
  await b.click(page, "org.unit_save");
  p = await b.waitProbe(page, (q) => cells(q, "units.cell.").includes("茅箭区政务服务和大数据管理局") && settled(q), "renamed");
  assert.equal(text(p, "org.message"), "单位已更名为“茅箭区政务服务和大数据管理局”。");
  await b.screenshot(page, "admin-org-units");

  await b.click(page, "org.tab.groups");
  p = await b.waitProbe(page, (q) => b.widget(q, "groups.cell.5") && settled(q), "the industry groups");
  assert.deepEqual(cells(p, "groups.cell."), ["经信", "住建", "商务", "交通", "农业", "文旅"]);
  assert.equal(text(p, "groups.unit.0"), "十堰市经信局");
  await b.screenshot(page, "admin-org-groups");
  await page.close();
});

test("the system administrator gives an enterprise another cadre and sees the history", async () => {
  const page = await newPage();
  await loginAs(page, "system_admin");
  await b.click(page, "menu.base.enterprises");
  await b.waitProbe(page, (q) => b.widget(q, "enterprises.pager") && settled(q), "the enterprise list");
  await search(page, "enterprises", "鑫源汽车零部件");
  await b.waitProbe(page, (q) => (text(q, "enterprises.cell.0") || "").includes("鑫源汽车零部件") && settled(q), "the enterprise");
  await b.click(page, "enterprises.row.0");
  let p = await b.waitProbe(page, (q) => b.widget(q, "assignments.cadre.0") && settled(q), "the record with its history");
  const historyBefore = cells(p, "assignments.cadre.").length;
  await b.scrollTo(page, "enterprise.name", "enterprise.reassign");
  await b.click(page, "enterprise.reassign");
  await b.waitProbe(page, (q) => b.widget(q, "reassign_cadres.cell.0") && settled(q), "the cadre picker");

  // Asking to change without a choice says so beside the picker.
  await b.scrollIntoFullView(page, "reassign_cadres.search", "reassign.submit");
  await b.click(page, "reassign.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "reassign.cadre_id.error"), "the missing choice");
  assert.equal(text(p, "reassign.cadre_id.error"), "请选择新的包联干部");

  await b.scrollTo(page, "reassign.submit", "reassign_cadres.search", -300);
  await search(page, "reassign_cadres", "陈镕");
  p = await b.waitProbe(page, (q) => cells(q, "reassign_cadres.cell.").join() === "陈镕" && settled(q), "陈镕 found");
  await b.click(page, "reassign_cadres.row.0");
  await b.waitProbe(page, (q) => /陈镕/.test(text(q, "reassign.chosen") || ""), "陈镕 chosen");
  await b.scrollTo(page, "reassign_cadres.search", "reassign.note");
  await b.typeInto(page, "reassign.note", "工作调整，由商务局干部包联");
  await b.click(page, "reassign.submit");
  p = await b.waitProbe(page, (q) => b.widget(q, "reassign.question"), "the confirmation");
  assert.match(text(p, "reassign.question"), /更换为 陈镕（十堰市商务局）？/);
  // The question pushed the buttons down to the window's edge.
  await b.scrollIntoFullView(page, "reassign.note", "reassign.confirm");
  await b.screenshot(page, "admin-reassign-confirm");
  await b.click(page, "reassign.confirm");
  p = await b.waitProbe(page, (q) => b.widget(q, "reassign.message") && settled(q) &&
    cells(q, "assignments.cadre.").length === historyBefore + 1, "reassigned with a new history row");
  assert.equal(text(p, "reassign.message"), "包联干部已更换为陈镕，调整记录已保存。");
  assert.match(text(p, "enterprise.cadre"), /^陈镕（十堰市商务局）/);
  assert.equal(text(p, "assignments.cadre.0"), "陈镕");
  assert.equal(text(p, "assignments.note.0"), "工作调整，由商务局干部包联");
  await b.scrollTo(page, "enterprise.name", "assignments.cadre.1");
  await b.screenshot(page, "admin-reassign-history");
  await page.close();
});
