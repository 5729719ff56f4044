// 诉求办理明细 in the browser (issue 12), on the demo with its year of petitions: the inspector reads
// this year's petitions with their due dates and on-time results, sorts by 签收期限, finds one by its
// number and opens it in place (Esc comes back); a unit administrator exports its rows as an export
// job — the progress bar reaches 已完成, 下载文件 saves the .xlsx — and the sheet holds every row.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { execFileSync } = require("node:child_process");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");

const VIEW = { width: 1600, height: 1000 };
let server, browser;
test.before(async () => { server = await startServer({ history: true }); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function openDetails(page, who) {
  await page.goto(server.url + "/");
  await loginAs(page, who);
  await b.click(page, "menu.reports.petition_details");
  return b.waitProbe(page, (q) => q.screen === "reports.petition_details" && b.widget(q, "details.row.0") &&
    !b.widget(q, "details.loading"), "the 明细 rows");
}

const totalOf = (p) => Number((/共 (\d+) 条/.exec(b.text(p, "details.pager") || "") || [])[1]);

test("the inspector reads, sorts, finds and opens petitions of the 明细", async () => {
  const page = await browser.newPage({ viewport: VIEW });
  let p = await openDetails(page, "inspector");
  assert.match(b.text(p, "details.period"), /^\d{4}-01-01 至 \d{4}-\d{2}-\d{2}$/);
  const total = totalOf(p);
  assert.ok(total > 50, `this year has many petitions (${total})`);
  const results = [];
  for (let i = 0; b.widget(p, `details.sign_result.${i}`); i++) results.push(b.text(p, `details.sign_result.${i}`));
  assert.ok(results.every((r) => ["按时", "超时", "办理中", "已超期", "—"].includes(r)), `sign results: ${results}`);
  assert.ok(results.some((r) => r === "按时"), "some signed on time");
  await b.screenshot(page, "reports-details-inspector");

  // 签收期限 ascending: the due dates on the page grow.
  const duesOf = (q) => {
    const dues = [];
    for (let i = 0; b.widget(q, `details.sign_due.${i}`); i++) dues.push(b.text(q, `details.sign_due.${i}`));
    return dues.filter((d) => d !== "");
  };
  const firstDue = duesOf(p)[0];
  await b.click(page, "details.header.sign_due");
  // The answer has come when the first row's due date changed (newest first before) and they grow.
  p = await b.waitProbe(page, (q) => !b.widget(q, "details.loading") && duesOf(q).length > 5 && duesOf(q)[0] !== firstDue,
    "sorted by 签收期限 ascending");
  assert.deepEqual(duesOf(p), [...duesOf(p)].sort(), "by 签收期限");
  await b.screenshot(page, "reports-details-by-sign-due");

  // Found by its number, then opened in place; Esc comes back to the 明细.
  const number = b.text(p, "details.number.0");
  await b.typeInto(page, "details.search", number);
  await page.keyboard.press("Enter");
  p = await b.waitProbe(page, (q) => totalOf(q) === 1 && !b.widget(q, "details.loading"), "the one petition");
  assert.equal(b.text(p, "details.number.0"), number);
  await b.click(page, "details.row.0");
  p = await b.waitProbe(page, (q) => b.widget(q, "petition.state"), "the petition in place");
  assert.ok(JSON.stringify(p).includes(number), "the petition opened is the row's");
  await page.keyboard.press("Escape");
  p = await b.waitProbe(page, (q) => b.widget(q, "details.row.0"), "back to the 明细");
  assert.equal(b.text(p, "details.number.0"), number, "the search is kept");
  await page.close();
});

test("a unit administrator exports its 明细 as a job with a progress bar and downloads every row", async () => {
  const page = await browser.newPage({ viewport: VIEW, acceptDownloads: true });
  let p = await openDetails(page, "unit_admin");
  const total = totalOf(p);
  assert.ok(total > 0);
  const handlers = new Set();
  for (let i = 0; b.widget(p, `details.handler.${i}`); i++) handlers.add(b.text(p, `details.handler.${i}`));
  assert.deepEqual([...handlers], ["十堰市经信局"], "only its own unit");
  const firstNumber = b.text(p, "details.number.0");

  await b.click(page, "details.export_xlsx");
  p = await b.waitProbe(page, (q) => /已完成/.test(b.text(q, "details.export_progress") || ""), "the export job done", 30000);
  assert.equal(b.text(p, "details.export_progress"), `已完成，共 ${total} 行，可以下载`);
  await b.screenshot(page, "reports-details-export-done");
  const saved = page.waitForEvent("download", { timeout: 15000 });
  await b.click(page, "details.download");
  const download = await saved;
  assert.match(download.suggestedFilename(), /^诉求办理明细_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheet = execFileSync("unzip", ["-p", await download.path(), "xl/worksheets/sheet1.xml"], { encoding: "utf8", maxBuffer: 64 << 20 });
  assert.ok(sheet.includes(firstNumber), "the first row on screen is in the sheet");
  const rowsInSheet = (sheet.match(/<row /g) || []).length;
  assert.equal(rowsInSheet, total + 3, "title, filter, header and every petition");
  p = await b.waitProbe(page, (q) => /已下载/.test(b.text(q, "details.download_message") || ""), "downloaded");
  await page.close();
});
