// The working-day clock in the browser: the wasm build of the shared engine agrees with the server's
// API date for date; the system administrator sees the year as month grids, is warned about next
// year from 1 November, edits a day, loads a year from a file, and reads a deadline's explanation.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  await b.waitWidget(page, "login.submit");
  await page.waitForFunction(() => window.qinqing.calendarReady());
  return page;
}

test("window.qinqing.dueDate equals the API's due date for hundreds of dates", async () => {
  const page = await openPage();
  assert.equal(await page.evaluate(() => window.qinqing.dueDate("2020-09-30", 15)), "2020-10-28");
  assert.equal(await page.evaluate(() => window.qinqing.dueDate("2020-09-30T16:30:00Z", 15)), "2020-10-28");
  const mismatches = await page.evaluate(async () => {
    const out = [];
    const start = Date.UTC(2018, 11, 20);
    for (let i = 0; i < 300; i++) {
      const from = new Date(start + i * 9 * 86400000 + (i % 3) * 3600000).toISOString().slice(0, 10);
      for (const n of [1, 5, 15]) {
        const r = await fetch(`/api/calendar/due-date?from=${from}&working_days=${n}`);
        const api = (await r.json()).due_date;
        const wasm = window.qinqing.dueDate(from, n);
        if (api !== wasm) out.push({ from, n, api, wasm });
      }
    }
    return out;
  });
  assert.deepEqual(mismatches, []);
  await page.close();
});

async function loginAsSystemAdmin(page) {
  await b.choose(page, "login.role", "系统管理员");
  await b.typeInto(page, "login.name", "sysadmin");
  await b.typeInto(page, "login.password", "Qinqing@2026");
  await b.click(page, "login.submit");
  await b.waitProbe(page, (q) => q.screen === "profile.info" && b.widget(q, "menu.admin.calendar"), "the system administrator's home");
}

test("the system administrator edits a day and the deadline moves in the browser", async () => {
  const page = await openPage();
  await loginAsSystemAdmin(page);
  await b.click(page, "menu.admin.calendar");
  let p = await b.waitProbe(page, (q) => b.widget(q, "calendar.day.2026-10-01"), "the 2026 grid");
  assert.equal(b.widget(p, "calendar.day.2026-10-01").text, "国庆节");
  assert.equal(b.widget(p, "calendar.day.2026-09-20").text, "调休上班");
  assert.equal(b.widget(p, "calendar.day.2026-09-26").text, "中秋节");
  // It is after 1 November and 2027 is not loaded: the warning is on screen (today is the browser's clock).
  const today = new Date(Date.now() + 8 * 3600000);
  if (today.getUTCMonth() >= 10) assert.ok(b.widget(p, "calendar.provisional_warning"), "provisional warning shown");
  await b.screenshot(page, "calendar-2026");

  const before = await page.evaluate(() => window.qinqing.dueDate("2026-12-30", 1));
  assert.equal(before, "2026-12-31");
  await b.scrollTo(page, "calendar.day.2026-01-15", "calendar.day.2026-12-31");
  await b.click(page, "calendar.day.2026-12-31");
  await b.waitProbe(page, (q) => b.widget(q, "calendar.selected") && b.widget(q, "calendar.selected").text.startsWith("2026-12-31"), "day selected");
  await b.typeInto(page, "calendar.holiday_name", "临时调整");
  await b.click(page, "calendar.set_holiday");
  p = await b.waitProbe(page, (q) => b.widget(q, "calendar.day.2026-12-31") && b.widget(q, "calendar.day.2026-12-31").text === "临时调整", "the edited day");
  assert.match(b.widget(p, "calendar.message").text, /已保存/);
  assert.notEqual(await page.evaluate(() => window.qinqing.dueDate("2026-12-30", 1)), "2026-12-31");
  await b.screenshot(page, "calendar-edited");
  await b.click(page, "calendar.clear_day");
  await b.waitProbe(page, (q) => b.widget(q, "calendar.day.2026-12-31").text === "工作日", "the day restored");
  assert.equal(await page.evaluate(() => window.qinqing.dueDate("2026-12-30", 1)), "2026-12-31");
  await page.close();
});

test("the due-date calculator explains its count on hover", async () => {
  const page = await openPage();
  await loginAsSystemAdmin(page);
  await b.click(page, "menu.admin.calendar");
  await b.waitWidget(page, "calendar.tool_from");
  await b.click(page, "calendar.tool_from");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.insertText("2020-09-30");
  await page.keyboard.press("Enter");
  const p = await b.waitProbe(page, (q) => b.widget(q, "calendar.tool_due") && b.widget(q, "calendar.tool_due").text === "2020-10-28", "due 2020-10-28");
  const due = b.widget(p, "calendar.tool_due");
  await page.mouse.move(due.x + due.w / 2, due.y + due.h / 2);
  // The page draws on demand: a tooltip's delay ends without an event, so the hand rests and moves
  // a pixel, as a person's does.
  await page.waitForTimeout(700);
  await page.mouse.move(due.x + due.w / 2 + 1, due.y + due.h / 2);
  const t = await b.waitProbe(page, (q) => b.widget(q, "calendar.tool_due.trail"), "the explanation", 5000);
  assert.equal(b.widget(t, "calendar.tool_due.trail").text, "29");  // 2020-09-30 .. 2020-10-28
  await b.screenshot(page, "calendar-explanation");
  await page.close();
});

test("loading next year from a file ends the provisional warning", async () => {
  const page = await openPage();
  await loginAsSystemAdmin(page);
  await b.click(page, "menu.admin.calendar");
  await b.click(page, "calendar.next_year");
  await b.waitProbe(page, (q) => b.widget(q, "calendar.year") && b.widget(q, "calendar.year").text.startsWith("2027"), "year 2027");
  // A made-up arrangement for the test; the real one comes from the State Council's notice.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qq-cal-")), "2027.json");
  fs.writeFileSync(file, JSON.stringify({ years: { 2027: {
    holidays: ["2027-01-01", "2027-01-02", "2027-01-03"], workdays: [], names: { "2027-01-01": "元旦" } } } }));
  const chooser = page.waitForEvent("filechooser");
  await b.click(page, "calendar.choose_file");
  await (await chooser).setFiles(file);
  await b.waitWidget(page, "calendar.import");
  await b.click(page, "calendar.import");
  const p = await b.waitProbe(page, (q) => b.widget(q, "calendar.year") && b.widget(q, "calendar.year").text.includes("已载入"), "2027 loaded");
  assert.equal(b.widget(p, "calendar.day.2027-01-01").text, "元旦");
  assert.equal(b.widget(p, "calendar.provisional_warning"), undefined);
  assert.equal(await page.evaluate(() => window.qinqing.dueDate("2026-12-31", 1)), "2027-01-04");
  await b.screenshot(page, "calendar-2027-loaded");
  await page.close();
});
