// 系统管理员's operations screens: a verification SMS sent from 个人信息 appears in 短信日志 with the
// number masked and the code hidden, the filters narrow the list (and say why it is empty); in
// 定时任务 the SMS outbox check is run at once and its run appears in the history.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  return page;
}

function codeSentTo(mobile) {
  const log = path.join(server.dataDir, "sms.log");
  const text = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
  const m = new RegExp(`${mobile}\\t.*验证码是(\\d{6})`).exec(text);
  return m ? m[1] : null;
}

test("a code sent from 个人信息 shows in 短信日志 masked, its digits hidden", async () => {
  const page = await newPage();
  await loginAs(page, "system_admin");
  await b.click(page, "profile.change_mobile");
  await b.typeInto(page, "profile.mobile_form.mobile", "13907195678");
  await b.click(page, "profile.mobile_form.send_code");
  await b.waitProbe(page, (q) => b.widget(q, "profile.mobile_form.message"), "the code sent");
  let code = null;
  for (let i = 0; i < 100 && !code; i++) {
    code = codeSentTo("13907195678");
    if (!code) await page.waitForTimeout(100);
  }
  assert.ok(code, "the log gateway delivered the code");

  await b.click(page, "menu.admin.sms_log");
  let p = await b.waitProbe(page, (q) => b.widget(q, "sms_log.mobile.0"), "the newest message");
  assert.equal(b.widget(p, "sms_log.mobile.0").text, "139****5678");
  const shown = b.widget(p, "sms_log.text.0").text;
  assert.match(shown, /您的验证码是\*{6}/);
  assert.ok(!shown.includes(code), "the code itself is never shown");
  assert.equal(b.widget(p, "sms_log.status.0").text, "已发送");
  assert.equal(b.widget(p, "sms_log.gateway.0").text, "已写入日志");
  assert.ok(!JSON.stringify(p).includes("13907195678"), "the whole number is nowhere on screen");
  await b.screenshot(page, "sms-log");

  // Narrow by suffix: the message stays; another suffix empties the list and says why.
  await b.retype(page, "sms_log.mobile", "5678");
  await b.click(page, "sms_log.search");
  p = await b.waitProbe(page, (q) => b.widget(q, "sms_log.pager") && /共 1 条/.test(b.widget(q, "sms_log.pager").text), "one match");
  await b.retype(page, "sms_log.mobile", "0000");
  await b.click(page, "sms_log.search");
  p = await b.waitProbe(page, (q) => b.widget(q, "sms_log.empty"), "the empty state");
  assert.match(b.widget(p, "sms_log.empty").text, /没有符合筛选条件的短信/);
  await b.screenshot(page, "sms-log-empty");

  // A date that does not exist is caught beside its field, with the shared rule's words.
  await b.retype(page, "sms_log.from", "2026-02-30");
  await b.click(page, "sms_log.search");
  p = await b.waitProbe(page, (q) => b.widget(q, "sms_log.from.error"), "the date error");
  assert.equal(b.widget(p, "sms_log.from.error").text, "日期不存在");
  await b.click(page, "sms_log.clear");
  await b.waitProbe(page, (q) => b.widget(q, "sms_log.mobile.0") && !b.widget(q, "sms_log.from.error"), "the whole log again");
  await page.close();
});

test("定时任务: 立即运行 runs the SMS outbox check and its run is listed", async () => {
  const page = await newPage();
  await loginAs(page, "system_admin");
  await b.click(page, "menu.admin.jobs");
  let p = await b.waitProbe(page, (q) => b.widget(q, "jobs.row.sms.outbox_check") &&
    (b.widget(q, "job_runs.empty") || b.widget(q, "job_runs.outcome.0")), "the job and its history");
  assert.equal(b.widget(p, "jobs.row.sms.outbox_check").text, "短信发件箱巡检");
  assert.match(b.widget(p, "jobs.next.sms.outbox_check").text, /:[0-5][05]:00\+08:00$/);  // a 5-minute slot
  // A fresh server has not run it, unless a 5-minute slot passed since it started.
  if (b.widget(p, "job_runs.empty")) {
    assert.equal(b.widget(p, "jobs.status.sms.outbox_check").text, "尚未运行");
    assert.match(b.widget(p, "job_runs.empty").text, /尚未运行过/);
    await b.screenshot(page, "jobs-before-run");
  }

  await b.click(page, "jobs.run.sms.outbox_check");
  // The manual run is the newest one unless a scheduled 5-minute slot ran just after it.
  const manualRow = (q) => [0, 1].find((i) => b.widget(q, `job_runs.trigger.${i}`) &&
    b.widget(q, `job_runs.trigger.${i}`).text === "手动");
  p = await b.waitProbe(page, (q) => b.widget(q, "jobs.message") && manualRow(q) !== undefined &&
    b.widget(q, `job_runs.outcome.${manualRow(q)}`).text !== "运行中", "the run finished");
  const row = manualRow(p);
  assert.match(b.widget(p, "jobs.message").text, /短信发件箱巡检 运行完成：过期验证码 \d+ 条已标记为失败/);
  assert.equal(b.widget(p, "jobs.status.sms.outbox_check").text, "成功");
  assert.equal(b.widget(p, `job_runs.outcome.${row}`).text, "成功");
  assert.match(b.widget(p, `job_runs.summary.${row}`).text, /近 24 小时发送失败 \d+ 条/);
  await b.screenshot(page, "jobs");
  await page.close();
});

test("短信日志 → 用量统计: texts and billing units per day and number, then per day, totals matching the API", async () => {
  const page = await newPage();
  await loginAs(page, "system_admin");
  await b.click(page, "menu.admin.sms_log");
  await b.click(page, "sms_log.tab.usage");
  let p = await b.waitProbe(page, (q) => b.widget(q, "sms_usage.totals") && b.settled(q), "the usage totals");
  const api = await page.evaluate(async () => {
    const token = sessionStorage.getItem("qinqing.token");
    const r = await fetch("/api/sms/usage?group=day", { headers: { Authorization: "Bearer " + token } });
    return r.json();
  });
  assert.equal(b.text(p, "sms_usage.totals"), `${api.totals.count}/${api.totals.billing_units}`);
  assert.ok(api.totals.count > 0, "the demo has sent texts");
  assert.ok(b.widget(p, "sms_usage.day.0"), "a row per day and number");
  await b.screenshot(page, "sms_usage");
  await b.click(page, "sms_usage.group.option.1");
  p = await b.waitProbe(page, (q) => b.text(q, "sms_usage.day.0") === api.items[0].day && b.settled(q), "one row a day");
  assert.equal(b.text(p, "sms_usage.count.0"), String(api.items[0].count));
  // A malformed date is refused beside its field, nothing sent.
  await b.retype(page, "sms_usage.from", "2026-02-30");
  await page.keyboard.press("Enter");
  await b.waitProbe(page, (q) => b.widget(q, "sms_usage.from.error"), "the date's error");
  await page.close();
});
