// 包联成效问卷, 发起满意度测评 and 测评答卷 in the browser (issue 11, notice §6, §16), by real clicks and
// Chinese typing: the system administrator sets this quarter's questions (a field error from the
// shared validator shows beside its field first; Esc closes the confirmation; a question is moved up)
// and saves them; a cadre sends 发起测评 to an enterprise and sees the SMS went out, and the next
// send (another session) shows the API's refusal; a unit administrator reads the answers tab.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs, api } = require("./lib/accounts");

const VIEW = { width: 1440, height: 1100 };
const SHOTS = "/tmp/shots-survey";
const Q1 = "本季度包联干部是否到企业走访";
const Q2 = "对包联干部服务的意见和建议";

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function as(key) {
  const page = await browser.newPage({ viewport: VIEW });
  await page.goto(server.url + "/");
  await loginAs(page, key);
  return page;
}

// Each line committed by the input method, Enter between lines (a multi-line field).
async function typeLines(page, id, text) {
  const lines = text.split("\n");
  await b.typeInto(page, id, lines[0]);
  for (const line of lines.slice(1)) {
    await page.keyboard.press("Enter");
    await page.keyboard.insertText(line);
  }
  await b.waitProbe(page, (q) => b.text(q, id) === text, `${id} to hold every line`);
}

test("the administrator edits this quarter's 包联成效问卷: a field error beside the field, Esc, move, save", async () => {
  const page = await as("system_admin");
  await b.click(page, "menu.publish.survey");
  let p = await b.waitProbe(page, (q) => b.widget(q, "questionnaire.status") && b.settled(q), "包联成效问卷");
  assert.match(b.text(p, "questionnaire.quarter"), /^本季度/);
  assert.match(b.text(p, "questionnaire.status"), /尚未设置问卷/, "the demo sets only last quarter's");
  assert.match(b.text(p, "questionnaire.title"), /包联成效问卷$/, "a suggested title");
  assert.ok(b.widget(p, "questionnaire.empty"));

  // The previous quarter has the demo's questions.
  await b.click(page, "questionnaire.quarter.option.-1");
  p = await b.waitProbe(page, (q) => b.widget(q, "questionnaire.q3.text") && b.settled(q), "last quarter's questions");
  assert.match(b.text(p, "questionnaire.status"), /已设置问卷/);
  assert.equal(b.text(p, "questionnaire.q1.kind"), "单选题");
  assert.equal(b.text(p, "questionnaire.q3.required"), "选答", "the demo's suggestion question is optional");
  await b.click(page, "questionnaire.quarter.option.0");
  p = await b.waitProbe(page, (q) => b.widget(q, "questionnaire.empty") && b.settled(q), "back to this quarter");

  // Two questions: the first with one option only, the second without its text.
  await b.click(page, "questionnaire.add");
  await b.waitWidget(page, "questionnaire.q1.text");
  await b.typeInto(page, "questionnaire.q1.text", Q1);
  await b.typeInto(page, "questionnaire.q1.options", "已走访");
  await b.click(page, "questionnaire.add");
  await b.waitWidget(page, "questionnaire.q2.kind.option.2");
  await b.click(page, "questionnaire.q2.kind.option.2");  // 文字题
  p = await b.waitProbe(page, (q) => b.text(q, "questionnaire.q2.kind") === "文字题" && !b.widget(q, "questionnaire.q2.options"),
    "a text question has no options");
  await b.scrollIntoFullView(page, "questionnaire.q1.text", "questionnaire.save");
  await b.click(page, "questionnaire.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "questionnaire.q1.options.error"), "the options error beside the field");
  assert.equal(b.text(p, "questionnaire.q1.options.error"), "第1题应有2至10个选项");
  assert.match(b.text(p, "questionnaire.q2.text.error"), /第2题的题目/);
  assert.equal(b.widget(p, "questionnaire.confirm"), undefined, "no confirmation while a field is wrong");
  const opts = b.widget(p, "questionnaire.q1.options"), err = b.widget(p, "questionnaire.q1.options.error");
  assert.ok(err.y > opts.y && Math.abs(err.x - opts.x) < 4, "the error sits under its field");
  await shot(page, "questionnaire_errors");

  // Fix both fields; the errors go as the fields change.
  await b.click(page, "questionnaire.q1.options");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("未走访");
  p = await b.waitProbe(page, (q) => b.text(q, "questionnaire.q1.options") === "已走访\n未走访", "two options");
  assert.equal(b.widget(p, "questionnaire.q1.options.error"), undefined, "the error goes once the field changes");
  await b.typeInto(page, "questionnaire.q2.text", Q2);
  // Move the text question first, then back: the order on screen follows.
  await b.click(page, "questionnaire.q2.up");
  p = await b.waitProbe(page, (q) => b.text(q, "questionnaire.q1.text") === Q2, "moved up");
  assert.equal(b.text(p, "questionnaire.q2.text"), Q1);
  await b.scrollTo(page, "questionnaire.q2.text", "questionnaire.q1.down", -300);
  await b.click(page, "questionnaire.q1.down");
  p = await b.waitProbe(page, (q) => b.text(q, "questionnaire.q1.text") === Q1, "moved back down");

  // 保存问卷 opens the confirmation; Esc closes it; 确认保存 saves.
  await b.scrollIntoFullView(page, "questionnaire.q1.text", "questionnaire.save");
  await b.click(page, "questionnaire.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "questionnaire.confirm"), "the confirmation");
  assert.match(b.text(p, "questionnaire.confirm_text"), /2 个问题/);
  await shot(page, "questionnaire_confirm");
  await page.keyboard.press("Escape");
  p = await b.waitProbe(page, (q) => !b.widget(q, "questionnaire.confirm") && b.widget(q, "questionnaire.save"), "Esc closes it");
  await b.click(page, "questionnaire.save");
  await b.waitWidget(page, "questionnaire.confirm");
  await b.click(page, "questionnaire.confirm");
  p = await b.waitProbe(page, (q) => b.widget(q, "questionnaire.message") && b.settled(q), "saved");
  assert.match(b.text(p, "questionnaire.message"), /已保存/);
  assert.match(b.text(p, "questionnaire.status"), /已设置问卷/);
  await shot(page, "questionnaire_saved");

  const quarter = (await api(page, "/api/survey/tallies")).body.quarter;
  const saved = await api(page, `/api/survey/questionnaires/${quarter}`);
  assert.equal(saved.status, 200);
  assert.deepEqual(saved.body.questions.map((q) => [q.number, q.kind, q.text, q.options]),
    [[1, "single", Q1, ["已走访", "未走访"]], [2, "text", Q2, []]]);
  await page.close();
});

test("a cadre sends 发起测评: the SMS goes out, and the next send shows the API's refusal", async () => {
  let page = await as("cadre");
  await b.click(page, "menu.contact.survey_request");
  let p = await b.waitProbe(page, (q) => b.widget(q, "survey_request.name.0") && b.widget(q, "survey_request.summary") && b.settled(q),
    "the cadre's enterprises");
  assert.match(b.text(p, "survey_request.summary"), /已收到企业对您的测评 \d+ 份/);
  const name = b.text(p, "survey_request.name.0");
  assert.equal(b.text(p, "survey_request.send.0"), "发起测评");
  await b.click(page, "survey_request.send.0");
  p = await b.waitProbe(page, (q) => b.widget(q, "survey_request.message.0") && b.settled(q), "the request sent");
  assert.match(b.text(p, "survey_request.message.0"), /^已发送短信通知企业/);
  assert.equal(b.text(p, "survey_request.send.0"), "已发起", "the button says it was sent");
  const button = b.widget(p, "survey_request.send.0"), message = b.widget(p, "survey_request.message.0");
  assert.ok(message.x > button.x + button.w && Math.abs((message.y + message.h / 2) - (button.y + button.h / 2)) < 8,
    "the outcome sits beside the row's button");
  await shot(page, "survey_request_sent");
  await page.close();

  // A new session: the row no longer remembers, the server does (409).
  page = await as("cadre");
  await b.click(page, "menu.contact.survey_request");
  p = await b.waitProbe(page, (q) => b.text(q, "survey_request.name.0") === name && b.settled(q), "the list again");
  await b.click(page, "survey_request.send.0");
  p = await b.waitProbe(page, (q) => b.widget(q, "survey_request.error.0") && b.settled(q), "the refusal");
  assert.equal(b.text(p, "survey_request.error.0"), "本季度已向该企业发起过满意度测评，每季度每家企业只能发起一次");
  await shot(page, "survey_request_refused");
  await page.close();
});

test("a unit administrator reads the 测评答卷 tab of 干部测评结果", async () => {
  const page = await as("unit_admin");
  await b.click(page, "menu.reports.surveys");
  let p = await b.waitProbe(page, (q) => b.widget(q, "survey_results.tab.answers") && b.settled(q), "干部测评结果");
  await b.click(page, "survey_results.tab.answers");
  p = await b.waitProbe(page, (q) => b.widget(q, "survey_answers.ratings.0") && b.settled(q), "the answers");
  assert.match(b.text(p, "survey_answers.ratings.0"), /疫情防控“指导员”：(满意|基本满意|不满意)/);
  assert.match(b.text(p, "survey_answers.pager"), /共 \d+ 条/);
  const times = b.cells(p, "survey_answers.time.");
  assert.deepEqual(times, [...times].sort().reverse(), "newest first");
  await shot(page, "survey_answers_tab");
  // This quarter: nobody has answered yet in the demo.
  await b.click(page, "survey_answers.quarter.option.1");
  p = await b.waitProbe(page, (q) => b.widget(q, "survey_answers.empty") && b.settled(q), "this quarter is empty");
  assert.match(b.text(p, "survey_answers.empty"), /尚未提交测评/);
  await page.close();
});
