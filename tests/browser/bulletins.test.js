// 简报投稿 and 简报审核 (issue 11, notice §5, §19), by real clicks and Chinese typing: a cadre submits a
// story; the system administrator tries to return it without a comment (the server's error stands
// beside the comment field), then returns it with one; the cadre sees 退回修改 and the comment under
// 我的投稿, edits and resubmits; the administrator adopts it; an enterprise reads it among 已采用简报.
// The per-unit counts of 简报审核 count the cadre's unit.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");

const VIEW = { width: 1440, height: 900 };
const TITLE = "包联干部驻企服务，帮助企业打通原材料运输堵点";
const BODY = "包联干部协调交通部门开通绿色通道，企业原材料运输时间缩短一半。";
const COMMENT = "请补充运输成本下降的具体数据。";
const BODY2 = BODY + "每月节约物流成本约12万元。";

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function as(key) {
  const page = await browser.newPage({ viewport: VIEW });
  await page.goto(server.url + "/");
  await loginAs(page, key);
  return page;
}

async function openReview(admin) {
  await b.click(admin, "menu.publish.bulletins");
  const p = await b.waitProbe(admin, (q) => b.cells(q, "review.title.").includes(TITLE) && b.settled(q), "the story waiting");
  assert.equal(b.text(p, "review.filter"), "待审核", "待审核 is the default filter");
  const row = b.cells(p, "review.title.").indexOf(TITLE);
  await b.click(admin, `review.row.${row}`);
  return b.waitProbe(admin, (q) => b.text(q, "review.title") === TITLE && b.settled(q), "the story opened");
}

test("a cadre's story is returned with a comment, resubmitted, adopted and read by an enterprise", async () => {
  const cadre = await as("cadre");
  await b.click(cadre, "menu.docs.bulletins");
  await b.waitProbe(cadre, (q) => b.widget(q, "bulletins.title.0") && b.settled(q), "已采用简报");
  await b.screenshot(cadre, "content-bulletin-board");
  await b.click(cadre, "bulletins.new");
  await b.typeInto(cadre, "bulletin_form.title", TITLE);
  await b.typeInto(cadre, "bulletin_form.body", BODY);
  await b.screenshot(cadre, "content-bulletin-form");
  await b.click(cadre, "bulletin_form.submit");
  let p = await b.waitProbe(cadre, (q) => b.text(q, "bulletins.title.0") === TITLE && b.settled(q), "我的投稿 with the story");
  assert.equal(b.text(p, "bulletins.status.0"), "待审核");
  assert.equal(b.text(p, "bulletins.view"), "我的投稿");

  const admin = await as("system_admin");
  p = await openReview(admin);
  await b.click(admin, "review.return");
  p = await b.waitProbe(admin, (q) => b.widget(q, "review.comment.error") && b.settled(q), "the comment's error");
  assert.ok(b.text(p, "review.comment.error").length > 0);
  await b.screenshot(admin, "content-bulletin-review-error");
  await b.typeInto(admin, "review.comment", COMMENT);
  await b.waitProbe(admin, (q) => !b.widget(q, "review.comment.error"), "the error goes once the comment is typed");
  await b.click(admin, "review.return");
  p = await b.waitProbe(admin, (q) => /已退回修改/.test(b.text(q, "review.message") || "") && b.settled(q), "returned");

  await b.click(cadre, "menu.docs.bulletins");
  await b.waitProbe(cadre, (q) => b.widget(q, "bulletins.view.option.1") && b.settled(q), "简报投稿");
  await b.click(cadre, "bulletins.view.option.1");
  p = await b.waitProbe(cadre, (q) => b.text(q, "bulletins.view") === "我的投稿" && b.text(q, "bulletins.title.0") === TITLE && b.settled(q),
    "我的投稿");
  assert.equal(b.text(p, "bulletins.status.0"), "退回修改");
  await b.screenshot(cadre, "content-bulletin-mine");
  await b.click(cadre, "bulletins.row.0");
  p = await b.waitProbe(cadre, (q) => b.text(q, "bulletin.title") === TITLE && b.settled(q), "the returned story");
  assert.equal(b.text(p, "bulletin.status"), "退回修改");
  assert.equal(b.text(p, "bulletin.comment"), COMMENT);
  await b.screenshot(cadre, "content-bulletin-returned");
  await b.click(cadre, "bulletin.edit");
  p = await b.waitProbe(cadre, (q) => b.text(q, "bulletin_form.body") === BODY, "the form with the story");
  assert.equal(b.text(p, "bulletin_form.comment"), COMMENT);
  await b.retype(cadre, "bulletin_form.body", BODY2);
  await b.click(cadre, "bulletin_form.submit");
  p = await b.waitProbe(cadre, (q) => b.text(q, "bulletins.title.0") === TITLE && b.text(q, "bulletins.status.0") === "待审核" && b.settled(q),
    "resubmitted");

  p = await openReview(admin);
  assert.equal(b.text(p, "review.body"), BODY2);
  await b.screenshot(admin, "content-bulletin-review");
  await b.click(admin, "review.adopt");
  await b.waitProbe(admin, (q) => /已采用/.test(b.text(q, "review.message") || "") && b.settled(q), "adopted");
  await b.click(admin, "review.tab.counts");
  p = await b.waitProbe(admin, (q) => b.widget(q, "counts.unit.0") && b.settled(q), "the unit counts");
  const units = b.cells(p, "counts.unit.");
  assert.ok(units.includes("十堰市经信局"), `the cadre's unit is counted: ${units}`);
  await b.screenshot(admin, "content-bulletin-counts");
  await admin.close();
  await cadre.close();

  const ent = await as("enterprise");
  await b.click(ent, "menu.docs.bulletins");
  p = await b.waitProbe(ent, (q) => b.widget(q, "bulletins.title.0") && b.settled(q), "已采用简报");
  assert.ok(b.cells(p, "bulletins.title.").includes(TITLE), "the adopted story is listed");
  const row = b.cells(p, "bulletins.title.").indexOf(TITLE);
  await b.click(ent, `bulletins.row.${row}`);
  p = await b.waitProbe(ent, (q) => b.text(q, "bulletin.title") === TITLE && b.settled(q), "the story");
  assert.equal(b.text(p, "bulletin.body"), BODY2);
  assert.equal(b.text(p, "bulletin.status"), "已采用");
  assert.ok(!b.widget(p, "bulletin.edit"), "nobody edits an adopted story");
  await b.screenshot(ent, "content-bulletin-read");
  await ent.close();
});
