// 诉求办理统计表 in the browser (issue 12), on the demo with its year of petitions: the inspector
// reads the whole city by unit and by county, sorts by a column, opens the petitions behind a number
// and one petition in place, comes back with 返回 and Esc; a unit administrator sees only its unit;
// both exports are downloaded and hold the numbers on screen (CSV read, .xlsx unzipped); the county,
// unit and industry-group filters narrow the 统计表 and the 明细.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const { execFileSync } = require("node:child_process");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");

const VIEW = { width: 1600, height: 1000 };
let server, browser;
test.before(async () => { server = await startServer({ history: true }); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function openStats(page, who) {
  await page.goto(server.url + "/");
  await loginAs(page, who);
  await b.click(page, "menu.reports.petition_stats");
  return b.waitProbe(page, (q) => q.screen === "reports.petition_stats" && b.widget(q, "stats.row.0") &&
    !b.widget(q, "stats.loading"), "the statistics table");
}

// After a quick period, until the rows shown are this year's (the last query's answer has arrived).
const thisYear = (q) => /^\d{4}-01-01 至 /.test(b.text(q, "stats.period") || "") &&
  !/-12-31$/.test(b.text(q, "stats.period")) && !b.widget(q, "stats.loading");

const rowsOf = (p) => {
  const rows = [];
  for (let i = 0; b.widget(p, `stats.name.${i}`); i++) {
    rows.push({ name: b.text(p, `stats.name.${i}`), received: Number(b.text(p, `stats.cell.${i}.received`)),
      overdue: Number(b.text(p, `stats.cell.${i}.overdue_now`)), satisfaction: b.text(p, `stats.cell.${i}.satisfaction_rate`) });
  }
  return rows;
};

const totalOf = (p) => Number((/共 (\d+) 条/.exec(b.text(p, "details.pager") || "") || [])[1]);

async function download(page, id) {
  const saved = page.waitForEvent("download", { timeout: 15000 });
  await b.click(page, id);
  const d = await saved;
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()), file: await d.path() };
}

test("the inspector reads the city by unit and county, sorts, and opens the petitions behind a number", async () => {
  const page = await browser.newPage({ viewport: VIEW, acceptDownloads: true });
  let p = await openStats(page, "inspector");
  await b.click(page, "stats.last_year");  // the demo's year reaches back into last year
  await b.waitSettled(page);
  await b.click(page, "stats.this_year");
  p = await b.waitProbe(page, (q) => thisYear(q) && rowsOf(q).length > 2, "this year's rows");
  let rows = rowsOf(p);
  const total = rows[rows.length - 1];
  assert.equal(total.name, "合计");
  const units = rows.slice(0, -1);
  assert.ok(units.length >= 10, `many units have petitions this year (${units.length})`);
  assert.equal(units.reduce((s, r) => s + r.received, 0), total.received, "the rows add up to 合计");
  for (let i = 1; i < units.length; i++) assert.ok(units[i - 1].received >= units[i].received, "most received first");
  await b.screenshot(page, "reports-stats-by-unit");

  // By county, then sorted by 超期.
  await b.click(page, "stats.group_by.option.1");
  p = await b.waitProbe(page, (q) => b.text(q, "stats.header.received") && rowsOf(q).some((r) => /区|县|市/.test(r.name)) &&
    !b.widget(q, "stats.loading"), "by county");
  await b.click(page, "stats.header.overdue_now");
  p = await b.waitSettled(page);
  await b.click(page, "stats.header.overdue_now");  // second click: descending
  p = await b.waitSettled(page);
  rows = rowsOf(p).slice(0, -1);
  const overdue = rows.map((r) => r.overdue);
  const sorted = [...overdue].sort((a, c) => c - a);
  assert.ok(JSON.stringify(overdue) === JSON.stringify(sorted) || JSON.stringify(overdue) === JSON.stringify([...sorted].reverse()),
    `sorted by 超期: ${overdue}`);
  await b.screenshot(page, "reports-stats-by-county");

  // The first unit's 收到诉求 opens its petitions of the period, as many as the number said; one
  // opens in place.
  await b.click(page, "stats.group_by.option.0");
  p = await b.waitProbe(page, (q) => /承办单位/.test(b.text(q, "stats.header.0") || "") && !b.widget(q, "stats.loading"), "by unit");
  const first = rowsOf(p)[0];
  await b.click(page, "stats.cell.0.received");
  p = await b.waitProbe(page, (q) => b.widget(q, "stats.cell.number.0") && !b.widget(q, "stats.cell.loading"), "the cell's petitions");
  assert.equal(b.text(p, "stats.cell.title"), `${first.name} · 收到诉求`);
  assert.match(b.text(p, "stats.cell.pager"), new RegExp(`^共 ${first.received} 条`));
  await b.screenshot(page, "reports-stats-cell");
  const number = b.text(p, "stats.cell.number.0");
  await b.click(page, "stats.cell.row.0");
  p = await b.waitProbe(page, (q) => b.widget(q, "petition.state"), "the petition in place");
  assert.ok(JSON.stringify(p).includes(number), "the petition opened is the row's");
  await page.keyboard.press("Escape");
  p = await b.waitProbe(page, (q) => b.widget(q, "stats.cell.number.0") || b.widget(q, "stats.row.0"), "back");
  if (b.widget(p, "stats.cell.back")) await b.click(page, "stats.cell.back");
  p = await b.waitProbe(page, (q) => b.widget(q, "stats.row.0"), "back to the table");
  await page.close();
});

test("a unit administrator sees its own unit, and both exports hold the numbers on screen", async () => {
  const page = await browser.newPage({ viewport: VIEW, acceptDownloads: true });
  let p = await openStats(page, "unit_admin");
  await b.click(page, "stats.last_year");
  await b.waitSettled(page);
  await b.click(page, "stats.this_year");
  p = await b.waitProbe(page, (q) => thisYear(q) && rowsOf(q).length > 0, "this year's rows");
  const rows = rowsOf(p);
  assert.equal(rows.length, 2, "its unit and 合计");
  assert.equal(rows[0].name, "十堰市经信局");
  assert.equal(rows[0].received, rows[1].received);
  await b.screenshot(page, "reports-stats-unit-admin");

  const csv = await download(page, "stats.export_csv");
  assert.match(csv.name, /^诉求办理统计表_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString("utf8");
  assert.ok(text.startsWith("\uFEFF"), "UTF-8 with BOM");
  assert.ok(text.includes(`"十堰市经信局","${rows[0].received}",`), "the unit's 收到诉求 as on screen");
  assert.ok(text.includes(`"${rows[0].satisfaction}"`), "满意率 as on screen");

  const xlsx = await download(page, "stats.export_xlsx");
  assert.match(xlsx.name, /\.xlsx$/);
  const sheet = execFileSync("unzip", ["-p", xlsx.file, "xl/worksheets/sheet1.xml"], { encoding: "utf8" });
  assert.ok(sheet.includes("十堰市经信局"));
  assert.ok(sheet.includes(`<c r="B4" s="3"><v>${rows[0].received}</v></c>`), "收到诉求 is a number in B4");
  assert.match(b.text(await b.probe(page), "stats.export_message"), /已导出/);
  await page.close();
});

test("the filters narrow the 统计表 and the 明细 to a county, a unit or an industry group", async () => {
  const page = await browser.newPage({ viewport: VIEW });
  let p = await openStats(page, "inspector");
  const cityTotal = rowsOf(p).at(-1).received;
  await b.choose(page, "stats.region", "茅箭区");
  p = await b.waitProbe(page, (q) => b.settled(q) && rowsOf(q).length > 0 && rowsOf(q).at(-1).received < cityTotal,
    "茅箭区's rows");
  const county = rowsOf(p);
  for (const r of county.slice(0, -1)) assert.ok(r.name.startsWith("茅箭区") || r.name === "县市区承办及未分办", `${r.name} is 茅箭区's`);
  await b.choose(page, "stats.group", "经信组");
  p = await b.waitProbe(page, (q) => b.settled(q) && rowsOf(q).length > 0 && rowsOf(q).at(-1).received <= county.at(-1).received &&
    b.text(q, "stats.group") === "经信组", "茅箭区's 经信组 rows");
  await b.screenshot(page, "reports-stats-filtered");

  await b.click(page, "menu.reports.petition_details");
  p = await b.waitProbe(page, (q) => q.screen === "reports.petition_details" && b.widget(q, "details.row.0") && b.settled(q),
    "the 明细 rows");
  const all = totalOf(p);
  await b.choose(page, "details.unit", "十堰市经信局");
  p = await b.waitProbe(page, (q) => b.settled(q) && b.widget(q, "details.row.0") && totalOf(q) < all, "经信局's rows");
  for (let i = 0; b.widget(p, `details.handler.${i}`); i++) assert.equal(b.text(p, `details.handler.${i}`), "十堰市经信局");
  await b.screenshot(page, "reports-details-filtered");
  await page.close();
});
