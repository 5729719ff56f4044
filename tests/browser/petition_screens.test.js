// The petition screens only the API tests covered (issue 17): files attached in 发布诉求 and
// downloaded byte for byte by the cadre and the handling unit, the unit's result file downloaded by
// the enterprise, the 分办单 PDF read back with pdftotext, 催办 and 督办 on an overdue step (timeline
// and SMS), 未评价 after the rating window through 定时任务 立即运行, and the inspector's two lists
// with a read-only detail. The steps each test is not about go through the API; deadlines are made
// due by moving the open clock back in the database, as the server itself would have set it on an
// earlier day (start N days ago, due date counted by the server's own calendar).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { ACCOUNTS, loginAs, api } = require("./lib/accounts");
const { call, apiToken, smsLines } = require("./lib/onboarding");
const { pdfFile, pngFile } = require("./lib/files");

const VIEW = { width: 1440, height: 900 };
const COMPANY = ACCOUNTS.enterprise.name;
const UNIT = "十堰市经信局";

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function as(key) {
  const page = await browser.newPage({ viewport: VIEW, acceptDownloads: true });
  await page.goto(server.url + "/");
  await loginAs(page, key);
  return page;
}

// ---- the screen ----------------------------------------------------------------------------------

// Scrolls the content area with the mouse wheel until `id` lies wholly inside the viewport.
async function reveal(page, id) {
  await b.waitSettled(page);
  for (let i = 0; i < 60; i++) {
    const w = b.widget(await b.probe(page), id);
    if (w && w.visible && w.y >= 0 && w.y + w.h <= VIEW.height - 4) return w;
    if (w) {
      await page.mouse.move(VIEW.width * 0.62, VIEW.height * 0.5);
      await page.mouse.wheel(0, w.y + w.h > VIEW.height - 4 ? 250 : -250);
    }
    await page.waitForTimeout(80);
  }
  throw new Error(`could not bring ${id} into view`);
}

async function tap(page, id) {
  await reveal(page, id);
  await b.click(page, id);
}

async function typeAt(page, id, text) {
  await reveal(page, id);
  await b.typeInto(page, id, text);
}

const widgetsLike = (p, re) => (p.widgets || []).filter((w) => re.test(w.id));
const texts = (p, re) => widgetsLike(p, re).map((w) => w.text || "");

async function openFromMenu(page, menu, title) {
  await b.click(page, "menu." + menu);
  const p = await b.waitProbe(page, (q) => q.widgets.some((w) => w.id.startsWith("petitions.title.") && w.text === title),
    `${title} in ${menu}`);
  await b.click(page, p.widgets.find((w) => w.id.startsWith("petitions.title.") && w.text === title).id);
  return b.waitProbe(page, (q) => b.widget(q, "petition.heading") && b.widget(q, "petition.heading").text === title &&
    q.facts.requests_in_flight === "0", `the detail of ${title}`);
}

async function act(page, action, fill, shot) {
  await tap(page, "petition.action." + action);
  await b.waitWidget(page, "petition.form.confirm");
  if (fill) await fill();
  if (shot) await b.screenshot(page, shot);
  await tap(page, "petition.form.confirm");
  try {
    return await b.waitProbe(page, (q) => b.widget(q, "petition.message") && !b.widget(q, "petition.form.confirm") &&
      q.facts.requests_in_flight === "0", `${action} to succeed`);
  } catch (e) {
    await b.screenshot(page, `petition-screens-failed-${action}`);
    throw e;
  }
}

// Chooses files through the browser's own file dialog, opened by a click on 添加附件.
async function attach(page, purpose, files) {
  const chooser = page.waitForEvent("filechooser", { timeout: 10000 });
  await tap(page, `attachments.${purpose}.add`);
  const fc = await chooser;
  assert.ok(fc.isMultiple(), "several files may be chosen at once");
  await fc.setFiles(files);
}

// The rows of a list once nothing is waiting or being sent: {name → attachment id}.
async function settledRows(page, purpose, count) {
  const rowRe = new RegExp(`^attachments\\.${purpose}\\.row\\.(\\d+)$`);
  const p = await b.waitProbe(page, (q) => widgetsLike(q, rowRe).length === count &&
    !(q.widgets || []).some((w) => /^attachments\.\w+\.upload\.\d+$/.test(w.id) && /等待上传|上传中/.test(w.text || "")) &&
    q.facts.requests_in_flight === "0", `${count} ${purpose} files listed`, 30000);
  const rows = {};
  for (const w of widgetsLike(p, rowRe)) rows[w.text] = Number(rowRe.exec(w.id)[1]);
  return { p, rows };
}

// Clicks a download button and returns the file the browser saved.
async function download(page, id) {
  await reveal(page, id);
  const saved = page.waitForEvent("download", { timeout: 15000 });
  await b.click(page, id);
  const d = await saved;
  const file = await d.path();
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(file), file };
}

const stateOf = (p) => b.widget(p, "petition.state").text;

// ---- the API and the database --------------------------------------------------------------------

async function unitId() {
  const options = (await call(server, "GET", "/api/login-options")).body;
  return options.units.find((u) => u.name === UNIT).id;
}

async function cadreToken() {
  const r = await call(server, "POST", "/api/session",
    { role: "cadre", login_name: "张明", unit_id: await unitId(), password: "Qinqing@2026" });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.token;
}

let requestCount = 0;
const STAGES = ["submitted", "approved", "dispatched", "signed", "result"];

// A petition of 十堰市鑫源 brought through the API up to `stage`; returns its detail.
async function apiPetition(title, stage) {
  const enterprise = await apiToken(server, "enterprise", COMPANY);
  const created = await call(server, "POST", "/api/petitions", {
    content: { title, category: "基础设施", description: `${title}：企业反映的问题已影响正常生产，希望有关部门尽快协调解决。`,
      contact_name: "周主任", contact_mobile: "13871239876" },
    submit: true, client_request_id: `screens-${Date.now()}-${++requestCount}`,
  }, enterprise);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  let d = created.body;
  const step = async (token, action, body = {}) => {
    const r = await call(server, "POST", `/api/petitions/${d.id}/actions/${action}`, { revision: d.revision, ...body }, token);
    assert.equal(r.status, 200, `${action}: ${JSON.stringify(r.body)}`);
    d = r.body;
  };
  const upTo = STAGES.indexOf(stage);
  if (upTo >= 1) await step(await cadreToken(), "approve");
  if (upTo >= 2) await step(await apiToken(server, "city_dispatcher", "双千分办员"), "dispatch", { handler_kind: "unit", handler_id: await unitId() });
  const unit = upTo >= 3 ? await apiToken(server, "unit_admin", `${UNIT}管理员`) : null;
  if (upTo >= 3) await step(unit, "sign");
  if (upTo >= 4) await step(unit, "submit_result", { result_text: "已协调供电公司完成线路改造，企业用电已恢复正常。" });
  return d;
}

// Runs SQL statements against the live database (WAL: the server keeps running) in one
// transaction; returns the rows of the last one.
function sqlite(statements) {
  const script = [
    "import sqlite3, sys, json",
    "db = sqlite3.connect(sys.argv[1], timeout=30)",
    "rows = []",
    "with db:",
    "    for sql, params in json.loads(sys.argv[2]):",
    "        rows = db.execute(sql, params).fetchall()",
    "print(json.dumps(rows))",
  ].join("\n");
  const r = spawnSync("python3", ["-c", script, path.join(server.dataDir, "qinqing.db"), JSON.stringify(statements)],
    { encoding: "utf8", timeout: 60000 });
  if (r.status !== 0) throw new Error(`python3 sqlite3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const chinaToday = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
const addDays = (iso, n) => new Date(Date.parse(iso + "T00:00:00Z") + n * 86400e3).toISOString().slice(0, 10);
const startOfChinaDay = (iso) => Date.parse(iso + "T00:00:00+08:00") / 1000;

async function dueAfter(from, days) {
  const r = await call(server, "GET", `/api/calendar/due-date?from=${from}&working_days=${days}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.due_date;
}

// Moves the petition's open clock back as if it had started on an earlier day: the latest start
// whose due date (the server's calendar, the clock's own working days) lies at least
// `overdueWorkingDays` working days before today. started_at, due_date and due_at of the clock and
// the petition's due_at mirror change together, as PetitionRepository::startClock writes them.
async function backdateOpenClock(petitionId, token, overdueWorkingDays) {
  const detail = (await call(server, "GET", `/api/petitions/${petitionId}`, null, token)).body;
  const open = detail.clocks.find((k) => !k.finished_at);
  assert.ok(open && open.working_days > 0, `an open clock with a limit: ${JSON.stringify(detail.clocks)}`);
  const today = chinaToday();
  for (let back = open.working_days; back < open.working_days + 90; back++) {
    const from = addDays(today, -back);
    const due = await dueAfter(from, open.working_days);
    if (due >= today || (await dueAfter(due, overdueWorkingDays)) > today) continue;
    const startedAt = startOfChinaDay(from) + 10 * 3600;  // 10:00 that day
    const dueAt = startOfChinaDay(due) + 86399;           // 23:59:59 of the due day
    const changed = sqlite([
      ["UPDATE petition_clocks SET started_at = ?, due_date = ?, due_at = ? WHERE petition_id = ? AND finished_at IS NULL",
        [startedAt, due, dueAt, petitionId]],
      ["UPDATE petitions SET due_at = ? WHERE id = ?", [dueAt, petitionId]],
      ["SELECT kind, due_date FROM petition_clocks WHERE petition_id = ? AND finished_at IS NULL", [petitionId]],
    ]);
    assert.deepEqual(changed, [[open.kind, due]]);
    return { kind: open.kind, from, due };
  }
  throw new Error("no start date gives an overdue clock");
}

const mobileOf = (loginName) => sqlite([["SELECT mobile FROM accounts WHERE login_name = ?", [loginName]]])[0][0];
const outboxCount = (mobile, text) =>
  sqlite([["SELECT count(*) FROM sms_outbox WHERE mobile = ? AND text = ?", [mobile, text]]])[0][0];
const logCount = (mobile, text) => smsLines(server.dataDir).filter((l) => {
  const [, m, t] = l.split("\t");
  return m === mobile && t === text;
}).length;
// 22:00–07:00 China time notices wait in the outbox (README, SMS).
const quietHours = () => { const h = new Date(Date.now() + 8 * 3600e3).getUTCHours(); return h >= 22 || h < 7; };

// The action queued exactly one more SMS to `mobile`, and the log gateway delivered it (outside
// the quiet hours, when notices are held back).
async function assertSmsSent(mobile, text, before) {
  assert.equal(outboxCount(mobile, text), before.outbox + 1, `one new SMS “${text}” to ${mobile} in the outbox`);
  if (quietHours()) return;
  for (let i = 0; i < 100 && logCount(mobile, text) <= before.log; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(logCount(mobile, text), before.log + 1, `“${text}” to ${mobile} in sms.log`);
}
const smsBefore = (mobile, text) => ({ outbox: outboxCount(mobile, text), log: logCount(mobile, text) });

// Titles used across the tests (the inspector's lists at the end show them all).
const T_FILES = "申请协调厂区供电线路扩容";
const T_SHEET = "申请解决新厂区天然气接入";
const T_URGE = "申请协调工业用地土地证办理";
const T_UNRATED = "申请协调蒸汽管网接入";

// ---- the tests -----------------------------------------------------------------------------------

test("附件: the enterprise attaches in 发布诉求, cadre and unit download the same bytes, the unit's result file reaches the enterprise", async () => {
  const licence = pdfFile("licence");
  const photo = pngFile();
  const spare = pdfFile("spare");
  const resultPdf = pdfFile("result notice");

  // 企业: 发布诉求; files can be added once the draft is saved.
  const enterprise = await as("enterprise");
  await b.click(enterprise, "menu.petition_new");
  await b.waitWidget(enterprise, "petition_form.title_field");
  await b.typeInto(enterprise, "petition_form.title_field", T_FILES);
  await b.choose(enterprise, "petition_form.category", "基础设施");
  await b.typeInto(enterprise, "petition_form.description", "新增两条生产线后用电负荷不足，需扩容厂区供电线路，请协调供电公司。");
  await b.typeInto(enterprise, "petition_form.contact_name", "刘工");
  await b.typeInto(enterprise, "petition_form.contact_mobile", "13871235555");
  let p = await b.probe(enterprise);
  assert.ok(b.widget(p, "petition_form.attachments_hint"), "before the draft exists the form says how to attach");
  assert.ok(!b.widget(p, "attachments.petition.add"));
  await tap(enterprise, "petition_form.save");
  p = await b.waitProbe(enterprise, (q) => b.widget(q, "attachments.petition.add") && q.facts.requests_in_flight === "0",
    "the draft saved, 添加附件 offered");
  assert.equal(b.widget(p, "attachments.petition.heading").text, "诉求附件（0/10）");
  assert.ok(b.widget(p, "attachments.petition.empty"), "an empty list says so");
  await b.screenshot(enterprise, "petition-screens-draft-no-files");

  // Four files at once: three good ones, and a .docx that is really a PNG (refused before sending).
  await attach(enterprise, "petition", [
    { name: "营业执照副本.pdf", mimeType: "application/pdf", buffer: licence },
    { name: "配电房现场照片.png", mimeType: "image/png", buffer: photo },
    { name: "运输合同.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: photo },
    { name: "旧版说明.pdf", mimeType: "application/pdf", buffer: spare },
  ]);
  let listed = await settledRows(enterprise, "petition", 3);
  p = listed.p;
  assert.deepEqual(Object.keys(listed.rows).sort(), ["旧版说明.pdf", "营业执照副本.pdf", "配电房现场照片.png"].sort());
  const refused = widgetsLike(p, /^attachments\.petition\.upload\.\d+$/);
  assert.equal(refused.length, 1);
  assert.equal(refused[0].text, "运输合同.docx：文件内容与扩展名不符");
  assert.equal(b.widget(p, "attachments.petition.heading").text, "诉求附件（3/10）");
  await reveal(enterprise, refused[0].id);
  await b.screenshot(enterprise, "petition-screens-draft-files");

  // 关闭 the refusal, 移除 the spare file: two files stay.
  await tap(enterprise, refused[0].id + ".dismiss");
  await tap(enterprise, `attachments.petition.remove.${listed.rows["旧版说明.pdf"]}`);
  listed = await settledRows(enterprise, "petition", 2);
  p = listed.p;
  assert.ok(!widgetsLike(p, /^attachments\.petition\.upload\.\d+$/).length, "the refusal was dismissed");
  assert.equal(b.widget(p, "attachments.petition.heading").text, "诉求附件（2/10）");
  const ids = listed.rows;
  assert.ok(ids["营业执照副本.pdf"] && ids["配电房现场照片.png"]);

  // Submitted, the files are in the detail and can no longer be changed.
  await tap(enterprise, "petition_form.submit");
  p = await b.waitProbe(enterprise, (q) => b.widget(q, "petition.message") && q.facts.requests_in_flight === "0",
    "the submitted petition");
  assert.equal(stateOf(p), "待审核");
  assert.deepEqual(texts(p, /^attachments\.petition\.row\.\d+$/).sort(), ["营业执照副本.pdf", "配电房现场照片.png"].sort());
  assert.ok(!b.widget(p, "attachments.petition.add") && !widgetsLike(p, /^attachments\.petition\.remove\./).length,
    "after submission no file can be added or removed");
  assert.ok(!b.widget(p, "dispatch_sheet.download"), "the enterprise has no 分办单");
  const number = b.widget(p, "petition.number").text;
  await reveal(enterprise, `attachments.petition.row.${ids["配电房现场照片.png"]}`);
  await b.screenshot(enterprise, "petition-screens-submitted-files");
  await enterprise.close();

  // 包联干部: 待审核诉求 → downloads the licence, byte for byte, under its own name.
  const cadre = await as("cadre");
  p = await openFromMenu(cadre, "petitions.review", T_FILES);
  assert.ok(!b.widget(p, "attachments.petition.add") && !widgetsLike(p, /^attachments\.petition\.remove\./).length);
  let got = await download(cadre, `attachments.petition.download.${ids["营业执照副本.pdf"]}`);
  assert.equal(got.name, "营业执照副本.pdf");
  assert.ok(got.bytes.equals(licence), `the cadre got the uploaded bytes (${got.bytes.length} vs ${licence.length})`);
  await b.screenshot(cadre, "petition-screens-cadre-files");
  await act(cadre, "approve");
  await cadre.close();

  // 分办 through the API; 单位管理员: 待处理诉求 → downloads the photo, signs, attaches the result file.
  const dispatcher = await apiToken(server, "city_dispatcher", "双千分办员");
  const id = (await call(server, "GET", "/api/petitions?box=petitions.dispatch&q=" + encodeURIComponent(T_FILES), null, dispatcher))
    .body.items[0].id;
  const before = (await call(server, "GET", `/api/petitions/${id}`, null, dispatcher)).body;
  const routed = await call(server, "POST", `/api/petitions/${id}/actions/dispatch`,
    { revision: before.revision, handler_kind: "unit", handler_id: await unitId() }, dispatcher);
  assert.equal(routed.status, 200, JSON.stringify(routed.body));

  const unit = await as("unit_admin");
  p = await openFromMenu(unit, "petitions.to_sign", T_FILES);
  assert.equal(b.widget(p, "petition.number").text, number);
  got = await download(unit, `attachments.petition.download.${ids["配电房现场照片.png"]}`);
  assert.equal(got.name, "配电房现场照片.png");
  assert.ok(got.bytes.equals(photo), "the unit got the uploaded photo byte for byte");
  p = await b.probe(unit);
  assert.ok(b.widget(p, "attachments.result.empty"), "before signing the result list is empty and says why");
  assert.ok(!b.widget(p, "attachments.result.add"), "no result file before signing");
  p = await act(unit, "sign");
  assert.equal(stateOf(p), "办理中");
  await attach(unit, "result", [{ name: "供电扩容办理结果告知书.pdf", mimeType: "application/pdf", buffer: resultPdf }]);
  listed = await settledRows(unit, "result", 1);
  const resultId = listed.rows["供电扩容办理结果告知书.pdf"];
  assert.ok(resultId, JSON.stringify(listed.rows));
  assert.equal(b.widget(listed.p, "attachments.result.heading").text, "办理结果附件（1/10）");
  await b.screenshot(unit, "petition-screens-unit-result-file");
  p = await act(unit, "submit_result", async () => {
    await typeAt(unit, "petition.form.result_text", "已协调供电公司新建10千伏专线，扩容工程本月底前完工，详见办理结果告知书。");
  });
  assert.equal(stateOf(p), "待评价");
  assert.ok(!b.widget(p, "attachments.result.add"), "the result file is fixed once the result is submitted");
  assert.ok(!widgetsLike(p, /^attachments\.result\.remove\./).length, "and the unit cannot remove it");
  await unit.close();

  // 企业: 我的诉求 → the result file is there and downloads byte for byte.
  const e2 = await as("enterprise");
  p = await openFromMenu(e2, "petition_mine", T_FILES);
  assert.equal(stateOf(p), "待评价");
  assert.deepEqual(texts(p, /^attachments\.result\.row\.\d+$/), ["供电扩容办理结果告知书.pdf"]);
  got = await download(e2, `attachments.result.download.${resultId}`);
  assert.equal(got.name, "供电扩容办理结果告知书.pdf");
  assert.ok(got.bytes.equals(resultPdf), "the enterprise got the unit's result file byte for byte");
  await b.screenshot(e2, "petition-screens-enterprise-result-file");
  await e2.close();
});

test("分办单: downloaded from the detail, its text holds the number, the enterprise and the title", async () => {
  const d = await apiPetition(T_SHEET, "dispatched");
  const dispatcher = await as("city_dispatcher");
  let p = await openFromMenu(dispatcher, "petitions.dispatched", T_SHEET);
  const number = b.widget(p, "petition.number").text;
  assert.equal(number, d.number);
  // 联系人: masked for the dispatcher, who may reveal it (audited) to call the enterprise.
  assert.equal(b.widget(p, "petition.contact").text, "周主任  138****9876");
  assert.ok(b.widget(p, "petition.contact.reveal"), "查看完整号码 is offered");
  const got = await download(dispatcher, "dispatch_sheet.download");
  assert.equal(got.name, `分办单-${number}.pdf`);
  assert.equal(got.bytes.subarray(0, 5).toString("latin1"), "%PDF-");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qq-sheet-")), got.name);
  fs.writeFileSync(file, got.bytes);
  const out = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8", timeout: 30000 });
  assert.equal(out.status, 0, out.stderr);
  const text = out.stdout.replace(/[\s\f]+/g, "");  // lines may wrap anywhere in Chinese text
  for (const want of ["企业诉求分办单", number, COMPANY, T_SHEET, UNIT, "第1页共1页", "138****9876"]) {
    assert.ok(text.includes(want.replace(/\s+/g, "")), `分办单 contains ${want}:\n${out.stdout}`);
  }
  assert.ok(!text.includes("13871239876"), "the paper carries the masked number only");
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  p = await b.probe(dispatcher);
  assert.ok(!b.widget(p, "dispatch_sheet.error"), "no error beside the button");
  await b.screenshot(dispatcher, "petition-screens-dispatch-sheet");
  await b.click(dispatcher, "petition.contact.reveal");
  p = await b.waitProbe(dispatcher, (q) => b.widget(q, "petition.contact") &&
    b.widget(q, "petition.contact").text === "周主任  13871239876", "the full number after 查看完整号码");
  assert.ok(!b.widget(p, "petition.contact.reveal"), "nothing more to reveal");
  const revealed = sqlite([["SELECT COUNT(*) FROM audit_log WHERE action = 'reveal_mobile' AND object_type = 'petition' AND object_id = ?", [String(d.id)]]]);
  assert.equal(revealed[0][0], 1, "the reveal is audited");
  await b.screenshot(dispatcher, "petition-screens-contact-revealed");
  await dispatcher.close();
});

test("催办 only once the step is overdue, then 督办: both in the timeline, both texted to the unit", async () => {
  const d = await apiPetition(T_URGE, "signed");
  const unitMobile = mobileOf(`${UNIT}管理员`);
  assert.match(unitMobile, /^1\d{10}$/);
  const urgedText = `【十堰市双千办】${COMPANY}在十堰亲清企业服务信息平台催办其诉求，请尽快处理`;
  const supervisedText = `【十堰市双千办】十堰亲清企业服务信息平台上${COMPANY}的诉求被督办，请尽快处理`;

  // Within its 15 working days the enterprise cannot urge.
  const enterprise = await as("enterprise");
  let p = await openFromMenu(enterprise, "petition_mine", T_URGE);
  assert.equal(stateOf(p), "办理中");
  assert.match(b.widget(p, "petition.deadline").text, /^办理·剩余\d+个工作日$/);
  assert.ok(!b.widget(p, "petition.action.urge"), "no 催办 before the due day");

  // The 办理 clock started long enough ago to be overdue by 2 working days.
  const enterpriseToken = await apiToken(server, "enterprise", COMPANY);
  const moved = await backdateOpenClock(d.id, enterpriseToken, 2);
  assert.equal(moved.kind, "result");
  await tap(enterprise, "petition.back");
  p = await openFromMenu(enterprise, "petition_mine", T_URGE);
  assert.match(b.widget(p, "petition.deadline").text, /^办理·已逾期\d+个工作日$/);
  assert.ok(p.widgets.some((w) => w.id.startsWith("petition.clock.due.") && w.text === moved.due), "the moved due date shows");
  await b.screenshot(enterprise, "petition-screens-overdue-enterprise");

  let sms = smsBefore(unitMobile, urgedText);
  p = await act(enterprise, "urge", async () => {
    await typeAt(enterprise, "petition.form.note", "土地证迟迟未办下来，影响银行抵押贷款，请尽快办理");
  }, "petition-screens-urge-form");
  let events = texts(p, /^petition\.event\.\d+$/);
  assert.ok(events.some((t) => t.endsWith("催办")), events.join("\n"));
  assert.ok(texts(p, /^petition\.event_note\.\d+$/).includes("土地证迟迟未办下来，影响银行抵押贷款，请尽快办理"));
  assert.ok(!b.widget(p, "petition.action.urge"), "once a day: 催办 is gone after urging");
  assert.equal(stateOf(p), "办理中", "催办 does not move the petition");
  await assertSmsSent(unitMobile, urgedText, sms);
  await reveal(enterprise, widgetsLike(p, /^petition\.event\.\d+$/).pop().id);
  await b.screenshot(enterprise, "petition-screens-urged");
  await enterprise.close();

  // 双千分办员: 已分办诉求 → 督办 with an opinion.
  const dispatcher = await as("city_dispatcher");
  p = await openFromMenu(dispatcher, "petitions.dispatched", T_URGE);
  assert.match(b.widget(p, "petition.deadline").text, /^办理·已逾期\d+个工作日$/);
  assert.ok(texts(p, /^petition\.event\.\d+$/).some((t) => t.endsWith("催办")), "the dispatcher sees the urge");
  sms = smsBefore(unitMobile, supervisedText);
  p = await act(dispatcher, "supervise", async () => {
    await typeAt(dispatcher, "petition.form.note", "请经信局本周内办结并反馈");
  }, "petition-screens-supervise-form");
  events = texts(p, /^petition\.event\.\d+$/);
  assert.ok(events.some((t) => t.includes("双千分办员") && t.endsWith("督办")), events.join("\n"));
  assert.ok(texts(p, /^petition\.event_note\.\d+$/).includes("请经信局本周内办结并反馈"));
  await assertSmsSent(unitMobile, supervisedText, sms);
  await reveal(dispatcher, widgetsLike(p, /^petition\.event\.\d+$/).pop().id);
  await b.screenshot(dispatcher, "petition-screens-supervised");
  await dispatcher.close();
});

test("未评价: past the 5-day rating window, 诉求到期提醒 run at once closes it and the enterprise sees 未评价销号", async () => {
  const d = await apiPetition(T_UNRATED, "result");
  assert.equal(d.state, "pending_rating");
  const enterpriseToken = await apiToken(server, "enterprise", COMPANY);
  const moved = await backdateOpenClock(d.id, enterpriseToken, 1);
  assert.equal(moved.kind, "rating");

  // 系统管理员: 定时任务 → 诉求到期提醒 立即运行.
  const admin = await as("system_admin");
  await b.click(admin, "menu.admin.jobs");
  let p = await b.waitProbe(admin, (q) => b.widget(q, "jobs.row.petition.reminders"), "the reminder job");
  assert.equal(b.widget(p, "jobs.row.petition.reminders").text, "诉求到期提醒");
  await tap(admin, "jobs.run.petition.reminders");
  p = await b.waitProbe(admin, (q) => b.widget(q, "jobs.message") && /诉求到期提醒 运行完成/.test(b.widget(q, "jobs.message").text),
    "the reminder run finished", 30000);
  assert.match(b.widget(p, "jobs.message").text, /未评价销号 1 件/);
  // Its history: the manual run by sysadmin (the newest: the 09:00 slot comes once a day), with the same summary.
  await tap(admin, "jobs.row.petition.reminders");
  p = await b.waitProbe(admin, (q) => b.widget(q, "job_runs.title") && b.widget(q, "job_runs.title").text === "运行记录 · 诉求到期提醒" &&
    b.widget(q, "job_runs.trigger.0") && q.facts.requests_in_flight === "0", "the reminder job's runs");
  assert.equal(b.widget(p, "job_runs.trigger.0").text, "手动");
  assert.equal(b.widget(p, "job_runs.outcome.0").text, "成功");
  assert.match(b.widget(p, "job_runs.summary.0").text, /未评价销号 1 件/);
  await b.screenshot(admin, "petition-screens-reminder-job");
  await admin.close();

  // 企业: 我的诉求 lists it as 未评价销号; the detail says why and no rating is offered.
  const enterprise = await as("enterprise");
  await b.click(enterprise, "menu.petition_mine");
  p = await b.waitProbe(enterprise, (q) => {
    const row = (q.widgets || []).find((w) => w.id.startsWith("petitions.title.") && w.text === T_UNRATED);
    return row && (b.widget(q, "petitions.state." + row.id.split(".").pop()) || {}).text === "未评价销号";
  }, "未评价销号 in 我的诉求");
  await b.screenshot(enterprise, "petition-screens-unrated-list");
  p = await openFromMenu(enterprise, "petition_mine", T_UNRATED);
  assert.equal(stateOf(p), "未评价销号");
  assert.ok(!b.widget(p, "petition.action.rate"), "the rating window is closed");
  const events = texts(p, /^petition\.event\.\d+$/);
  assert.ok(events.some((t) => t.startsWith("系统") && t.includes("逾期未评价销号")), events.join("\n"));
  assert.ok(texts(p, /^petition\.event_note\.\d+$/).includes("5个工作日内未评价，按未评价销号"));
  const clocks = texts(p, /^petition\.clock\.\d+$/);
  assert.equal(clocks[clocks.length - 1], "评价:超时");
  const detail = (await api(enterprise, `/api/petitions/${d.id}`)).body;
  assert.equal(detail.state, "closed");
  assert.equal(detail.outcome, "unrated");
  await reveal(enterprise, widgetsLike(p, /^petition\.event\.\d+$/).pop().id);
  await b.screenshot(enterprise, "petition-screens-unrated-detail");
  await enterprise.close();
});

test("超级巡查员: 诉求办理进度 lists every petition, 超期情况 the overdue one, the detail is read-only (§23: no 督办 either)", async () => {
  const inspector = await as("inspector");
  let p = await b.probe(inspector);
  assert.equal(b.widget(p, "menu.inspect.petitions").text.replace(/（\d+）$/, ""), "诉求办理进度");
  assert.equal(b.widget(p, "menu.inspect.overdue").text.replace(/（\d+）$/, ""), "超期情况");

  await b.click(inspector, "menu.inspect.petitions");
  p = await b.waitProbe(inspector, (q) => [T_FILES, T_SHEET, T_URGE, T_UNRATED].every((t) =>
    texts(q, /^petitions\.title\.\d+$/).includes(t)) && q.facts.requests_in_flight === "0", "every petition listed");
  await b.screenshot(inspector, "petition-screens-inspect-all");

  await b.click(inspector, "menu.inspect.overdue");
  p = await b.waitProbe(inspector, (q) => b.widget(q, "petitions.title") && b.widget(q, "petitions.title").text === "超期情况" &&
    texts(q, /^petitions\.title\.\d+$/).includes(T_URGE) && q.facts.requests_in_flight === "0", "the overdue list");
  assert.deepEqual(texts(p, /^petitions\.title\.\d+$/), [T_URGE], "only the overdue petition");
  assert.match(b.widget(p, "petitions.deadline.0").text, /^办理·已逾期\d+个工作日$/);
  await b.screenshot(inspector, "petition-screens-inspect-overdue");

  // The overdue petition: 下载分办单 only (督办 is the dispatchers'); files can be read, not changed.
  p = await openFromMenu(inspector, "inspect.overdue", T_URGE);
  assert.deepEqual(widgetsLike(p, /^petition\.action\./).map((w) => w.id), [], "no action for the inspector");
  assert.ok(!b.widget(p, "petition.edit"));
  assert.ok(b.widget(p, "dispatch_sheet.download"));
  assert.ok(!(p.widgets || []).some((w) => /^attachments\.\w+\.(add|remove)/.test(w.id)), "no file can be changed");
  assert.match(b.widget(p, "petition.contact").text, /\d{3}\*{4}\d{4}$/, "the inspector sees the number masked");
  assert.ok(!b.widget(p, "petition.contact.reveal"), "and has no call to make (§23: 查询)");
  await b.screenshot(inspector, "petition-screens-inspect-detail");

  // Waiting on the enterprise's rating: still no action; the enterprise's files download.
  await tap(inspector, "petition.back");
  p = await openFromMenu(inspector, "inspect.petitions", T_FILES);
  assert.equal(stateOf(p), "待评价");
  assert.deepEqual(widgetsLike(p, /^petition\.action\./).map((w) => w.id), [], "no action for the inspector");
  assert.ok(!(p.widgets || []).some((w) => /^attachments\.\w+\.(add|remove)/.test(w.id)), "no file can be changed");
  const fileRow = widgetsLike(p, /^attachments\.petition\.row\.\d+$/).find((w) => w.text === "营业执照副本.pdf");
  const got = await download(inspector, fileRow.id.replace(".row.", ".download."));
  assert.ok(got.bytes.equals(pdfFile("licence")), "the inspector reads the enterprise's file too");
  // Closed: nothing to do at all.
  await tap(inspector, "petition.back");
  p = await openFromMenu(inspector, "inspect.petitions", T_UNRATED);
  assert.equal(stateOf(p), "未评价销号");
  assert.ok(!widgetsLike(p, /^petition\.action\./).length && b.widget(p, "petition.no_actions"));
  await b.screenshot(inspector, "petition-screens-inspect-closed");
  await inspector.close();
});
