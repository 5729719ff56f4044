// 公告发布 and 公告栏 (issue 11, notice §10, §18), by real clicks and Chinese typing: the system
// administrator writes a pinned announcement for the enterprises of one region, publishes it (the
// confirmation says how many enterprises will be texted, the reply how many texts were queued, and
// the texts reach the SMS log), then an enterprise of that region finds it unread at the top of its
// 公告栏, finds it again by a word of its text, opens it, and it is read. The inspector reads 公告栏
// and has no 公告发布.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { ACCOUNTS, loginAs } = require("./lib/accounts");
const { call, apiToken, smsLines } = require("./lib/onboarding");
const { pdfFile, chooseFiles, downloadFrom } = require("./lib/files");

const VIEW = { width: 1440, height: 900 };
const TITLE = "关于开展冬季安全生产检查的紧急通知";
const BODY = "各企业：\n请于本周内完成厂区消防通道、特种设备和危化品仓库的自查，整改情况报包联干部。\n十堰市双千办";

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

// Multi-line text as a person types it: each line committed by the input method, Enter between lines.
async function typeLines(page, id, text) {
  const lines = text.split("\n");
  await b.typeInto(page, id, lines[0]);
  for (const line of lines.slice(1)) {
    await page.keyboard.press("Enter");
    await page.keyboard.insertText(line);
  }
  await b.waitProbe(page, (q) => b.text(q, id) === text, `${id} to hold every line`);
}

const FORM = pdfFile("winter safety checklist");
const FORM_NAME = "冬季安全自查表.pdf";
const unreadIn = (p) => Number((/（(\d+)）$/.exec(b.text(p, "menu.docs.notices") || "") || [])[1] || 0);

async function as(key) {
  const page = await browser.newPage({ viewport: VIEW, acceptDownloads: true });
  await page.goto(server.url + "/");
  await loginAs(page, key);
  return page;
}

test("the administrator publishes to a region's enterprises; an enterprise there reads it in 公告栏", async () => {
  const admin = await apiToken(server, "system_admin", "sysadmin");
  const found = await call(server, "GET", "/api/enterprises?q=" + encodeURIComponent(ACCOUNTS.enterprise.name), null, admin);
  const region = found.body.items[0].region;
  const inRegion = (await call(server, "GET", `/api/enterprises?page_size=1&region_id=${region.id}`, null, admin)).body.total;

  const page = await as("system_admin");
  await b.click(page, "menu.publish.notices");
  let p = await b.waitProbe(page, (q) => b.widget(q, "notice_admin.title.0") && b.settled(q), "公告发布's list");
  await b.screenshot(page, "content-notice-admin-list");
  await b.click(page, "notice_admin.new");
  await b.waitWidget(page, "notice_form.title");
  await b.typeInto(page, "notice_form.title", TITLE);
  await typeLines(page, "notice_form.body", BODY);
  p = await b.probe(page);
  assert.equal(b.text(p, "notice_form.role.enterprise"), "1", "enterprises are the default audience");
  await b.click(page, `notice_form.region.${region.id}`);
  await b.waitProbe(page, (q) => b.text(q, `notice_form.region.${region.id}`) === "1" && b.text(q, "notice_form.region.all") === "0",
    "one region chosen");
  await b.scrollIntoFullView(page, "notice_form.role.cadre", "notice_form.save");
  await b.click(page, "notice_form.pinned");
  await b.waitProbe(page, (q) => b.text(q, "notice_form.pinned") === "1", "pinned");
  await b.screenshot(page, "content-notice-form");
  await b.click(page, "notice_form.save");
  p = await b.waitProbe(page, (q) => b.text(q, "notice_admin.state") === "草稿" && b.settled(q), "the saved draft");
  assert.equal(b.text(p, "notice_admin.title"), TITLE);
  assert.equal(b.text(p, "notice_admin.regions"), region.name);

  // 附件: chosen in the browser's file dialog, uploaded, listed under the text.
  await b.scrollIntoFullView(page, "notice_admin.body", "notice_admin.files.add");
  assert.equal(b.text(await b.probe(page), "notice_admin.files.heading"), "公告附件（0/10）");
  await chooseFiles(page, "notice_admin.files.add", [{ name: FORM_NAME, mimeType: "application/pdf", buffer: FORM }]);
  p = await b.waitProbe(page, (q) => (q.widgets || []).some((w) => /^notice_admin\.files\.row\.\d+$/.test(w.id) && w.text === FORM_NAME) &&
    b.settled(q), "the uploaded file listed");
  assert.equal(b.text(p, "notice_admin.files.heading"), "公告附件（1/10）");
  assert.ok((p.widgets || []).some((w) => /^notice_admin\.files\.remove\.\d+$/.test(w.id)), "the publisher may remove it");
  await b.screenshot(page, "content-notice-admin-files");
  await b.scrollTo(page, "notice_admin.body", "notice_admin.publish", -300);

  // Esc closes the confirmation (取消) and stays on the announcement.
  await b.click(page, "notice_admin.publish");
  await b.waitWidget(page, "notice.confirm");
  await page.keyboard.press("Escape");
  await b.waitProbe(page, (q) => !b.widget(q, "notice.confirm") && b.widget(q, "notice_admin.publish") &&
    b.text(q, "notice_admin.title") === TITLE, "Esc: the confirmation closed, the record still open");
  await b.click(page, "notice_admin.publish");
  p = await b.waitProbe(page, (q) => /将向 \d+ 家企业发送短信/.test(b.text(q, "notice.confirm_text") || ""), "the SMS count");
  assert.match(b.text(p, "notice.confirm_text"), new RegExp(`将向 ${inRegion} 家企业发送短信`));
  await b.screenshot(page, "content-notice-publish-confirm");
  await b.click(page, "notice.confirm");
  p = await b.waitProbe(page, (q) => b.text(q, "notice_admin.state") === "已发布" && b.widget(q, "notice_admin.message"), "published");
  const queued = Number((b.text(p, "notice_admin.message").match(/已排队短信 (\d+) 条/) || [])[1]);
  assert.ok(queued >= 1 && queued <= inRegion, `texts queued: ${b.text(p, "notice_admin.message")}`);
  await b.screenshot(page, "content-notice-published");
  // The outbox sender delivers them: the log gateway writes one line per text.
  let lines = [];
  for (let i = 0; i < 100; i++) {
    lines = smsLines(server.dataDir).filter((l) => l.includes(`《${TITLE}》`));
    if (lines.length >= queued) break;
    await page.waitForTimeout(100);
  }
  assert.equal(lines.length, queued, "every queued text reached the SMS log");
  await page.close();

  const ent = await as("enterprise");
  p = await b.waitProbe(ent, (q) => unreadIn(q) > 0, "the unread count after 公告栏 in the menu");
  const unreadBefore = unreadIn(p);
  await b.click(ent, "menu.docs.notices");
  p = await b.waitProbe(ent, (q) => b.widget(q, "notices.title.0") && b.settled(q), "公告栏");
  assert.equal(b.text(p, "notices.title.0"), TITLE, "pinned and newest: at the top");
  assert.equal(b.text(p, "notices.state.0"), "未读");
  await b.screenshot(ent, "content-notice-board");

  await b.retype(ent, "notices.search", "危化品仓库");
  await b.click(ent, "notices.search_button");
  p = await b.waitProbe(ent, (q) => /共 1 条/.test(b.text(q, "notices.pager") || "") && b.settled(q), "one match");
  assert.equal(b.text(p, "notices.title.0"), TITLE);
  await b.retype(ent, "notices.search", "不存在的词语");
  await b.click(ent, "notices.search_button");
  p = await b.waitProbe(ent, (q) => b.widget(q, "notices.empty"), "no match");
  assert.equal(b.text(p, "notices.empty"), "没有符合“不存在的词语”的公告。");
  await b.retype(ent, "notices.search", "危化品仓库");
  await b.click(ent, "notices.search_button");
  await b.waitProbe(ent, (q) => b.text(q, "notices.title.0") === TITLE && b.settled(q), "the match again");

  await b.click(ent, "notices.row.0");
  p = await b.waitProbe(ent, (q) => b.text(q, "notice.read") === "已读" && b.settled(q), "the announcement, read");
  assert.equal(b.text(p, "notice.title"), TITLE);
  assert.equal(b.text(p, "notice.body"), BODY);
  p = await b.waitProbe(ent, (q) => unreadIn(q) === unreadBefore - 1, "one fewer unread in the menu");
  // The reader downloads the file byte for byte under its own name; no 移除 or 添加附件 for readers.
  const row = (p.widgets || []).find((w) => /^notice\.files\.row\.\d+$/.test(w.id) && w.text === FORM_NAME);
  assert.ok(row, "the announcement's file is listed for the reader");
  assert.ok(!b.widget(p, "notice.files.add") && !(p.widgets || []).some((w) => /^notice\.files\.remove\./.test(w.id)));
  await b.scrollIntoFullView(ent, "notice.body", row.id.replace(".row.", ".download."));
  const got = await downloadFrom(ent, row.id.replace(".row.", ".download."));
  assert.equal(got.name, FORM_NAME);
  assert.ok(got.bytes.equals(FORM), "the same bytes as uploaded");
  await b.screenshot(ent, "content-notice-open");
  await b.click(ent, "notice.back");
  p = await b.waitProbe(ent, (q) => b.text(q, "notices.title.0") === TITLE && b.settled(q), "back to the list");
  assert.equal(b.text(p, "notices.state.0"), "已读");
  const token = await ent.evaluate(() => sessionStorage.getItem("qinqing.token"));
  const unread = await call(server, "GET", "/api/announcements/unread-count", null, token);
  const still = await call(server, "GET", "/api/announcements?unread=1&page_size=100", null, token);
  assert.ok(!still.body.items.some((a) => a.title === TITLE), "the server counts it read");
  assert.equal(typeof unread.body.unread, "number");
  await ent.close();
});

test("the inspector reads 公告栏 and has no 公告发布", async () => {
  const page = await as("inspector");
  let p = await b.probe(page);
  assert.ok(b.widget(p, "menu.docs.notices"), "公告栏 in the menu");
  assert.ok(!b.widget(p, "menu.publish.notices"), "no 公告发布");
  await b.click(page, "menu.docs.notices");
  p = await b.waitProbe(page, (q) => b.widget(q, "notices.title.0") && b.settled(q), "the inspector's 公告栏");
  assert.equal(p.screen, "docs.notices");
  await b.screenshot(page, "content-notice-board-inspector");
  await page.close();
});
