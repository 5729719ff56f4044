// 单位考核 and 考核权重 in the browser (issue 12, §5), on the demo with its year of petitions: the
// inspector reads every unit ranked by score, opens one unit's parts (Esc comes back), turns the order round and
// finds a unit by name; a unit administrator reads its own unit and exports it (the CSV holds the
// score on screen); the system administrator is refused a sum other than 100, saves new weights,
// and the inspector's report is scored with them.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");

const VIEW = { width: 1600, height: 1000 };
let server, browser;
test.before(async () => { server = await startServer({ history: true }); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

const rowsOf = (p) => {
  const rows = [];
  for (let i = 0; b.widget(p, `assessment.row.${i}.unit`); i++) {
    rows.push({ unit: b.text(p, `assessment.row.${i}.unit`), rank: b.text(p, `assessment.row.${i}.rank`),
      score: b.text(p, `assessment.row.${i}.score`) });
  }
  return rows;
};
const scoreOf = (r) => (r.score === "—" ? null : Number.parseFloat(r.score));

async function openAssessment(page, who) {
  await page.goto(server.url + "/");
  await loginAs(page, who);
  await b.click(page, "menu.reports.unit_assessment");
  return b.waitProbe(page, (q) => q.screen === "reports.unit_assessment" && b.widget(q, "assessment.row.0.unit") &&
    b.settled(q), "单位考核");
}

test("the inspector reads the units ranked by score, opens one, re-sorts and searches", async () => {
  const page = await browser.newPage({ viewport: VIEW });
  let p = await openAssessment(page, "inspector");
  assert.match(b.text(p, "assessment.weights"), /按时签收率 20　按时办结率 25　满意率 25　联系覆盖率 15/);
  let rows = rowsOf(p);
  assert.ok(rows.length >= 10, `a page of units (${rows.length})`);
  const scores = rows.map(scoreOf).filter((s) => s !== null);
  assert.deepEqual(scores, [...scores].sort((x, y) => y - x), "best score first");
  assert.equal(rows[0].rank, "1");
  assert.match(b.text(p, "assessment.pager"), /共 \d+ 条/);
  assert.match(b.text(p, "assessment.cell.0.sign_on_time"), /^(\d+\.\d%|—)$/);
  await b.screenshot(page, "unit-assessment-inspector");

  await b.click(page, "assessment.row.0.unit");
  p = await b.waitProbe(page, (q) => b.widget(q, "assessment.detail.title"), "the unit's parts");
  assert.ok(b.text(p, "assessment.detail.title").startsWith(rows[0].unit));
  assert.match(b.text(p, "assessment.detail.title"), /总分 \d+\.\d{2}　第 1 名/);
  assert.match(b.text(p, "assessment.detail.sign_on_time"), /^(\d+\.\d{2} \/ 20|不计分 \/ 20)$/);
  assert.match(b.text(p, "assessment.detail.facts"), /包联干部 \d+ 人　包联企业 \d+ 家/);
  await b.screenshot(page, "unit-assessment-detail");
  await page.keyboard.press("Escape");
  await b.waitProbe(page, (q) => !b.widget(q, "assessment.detail.title") && b.widget(q, "assessment.row.0.unit"), "back to the list");

  await b.click(page, "assessment.header.score");
  p = await b.waitProbe(page, (q) => b.settled(q) && rowsOf(q).length > 0 && rowsOf(q)[0].unit !== rows[0].unit,
    "the lowest score first");
  const low = rowsOf(p).map(scoreOf).filter((s) => s !== null);
  assert.deepEqual(low, [...low].sort((x, y) => x - y), "lowest first");

  await b.typeInto(page, "assessment.search", "经信");
  await page.keyboard.press("Enter");
  p = await b.waitProbe(page, (q) => b.settled(q) && rowsOf(q).length > 0 && rowsOf(q).every((r) => r.unit.includes("经信")),
    "the units named 经信");
  await b.typeInto(page, "assessment.search", "并无此单位");
  await page.keyboard.press("Enter");
  p = await b.waitProbe(page, (q) => b.settled(q) && !b.widget(q, "assessment.row.0.unit") && b.widget(q, "assessment.empty"),
    "an empty result that says why");
  assert.match(b.text(p, "assessment.empty"), /没有名称含/);
  await page.close();
});

test("a unit administrator reads its own unit and exports what is on screen", async () => {
  const page = await browser.newPage({ viewport: VIEW, acceptDownloads: true });
  const p = await openAssessment(page, "unit_admin");
  const rows = rowsOf(p);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].unit, "十堰市经信局");
  await b.screenshot(page, "unit-assessment-unit-admin");
  const saved = page.waitForEvent("download", { timeout: 15000 });
  await b.click(page, "assessment.export_csv");
  const d = await saved;
  assert.match(d.suggestedFilename(), /^单位考核统计表_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync(await d.path(), "utf8");
  assert.ok(text.startsWith("\uFEFF"), "UTF-8 with BOM");
  assert.ok(text.includes(`"十堰市经信局"`));
  assert.ok(text.endsWith(`"${rows[0].score}"\r\n`), `the score on screen (${rows[0].score}) ends the row`);
  await page.close();
});

test("the system administrator sets the weights; a sum other than 100 is refused", async () => {
  const page = await browser.newPage({ viewport: VIEW });
  await page.goto(server.url + "/");
  await loginAs(page, "system_admin");
  await b.click(page, "menu.admin.assessment");
  let p = await b.waitProbe(page, (q) => b.text(q, "weights.sign_on_time") === "20" && b.settled(q), "the weights");
  assert.equal(b.text(p, "weights.sum"), "合计 100 / 100 分");
  await b.retype(page, "weights.bulletins_adopted", "10");
  p = await b.waitProbe(page, (q) => b.text(q, "weights.sum") === "合计 105 / 100 分", "the running sum");
  await b.click(page, "weights.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "weights.total_error"), "the sum refused");
  assert.equal(b.text(p, "weights.total_error"), "各项权重之和应为 100，现为 105");
  await b.screenshot(page, "assessment-weights-refused");
  await b.retype(page, "weights.contact_coverage", "10");
  await b.click(page, "weights.save");
  p = await b.waitProbe(page, (q) => b.widget(q, "weights.message") && b.settled(q), "saved");
  assert.match(b.text(p, "weights.message"), /已保存/);
  assert.ok(!b.widget(p, "weights.total_error"));
  await b.screenshot(page, "assessment-weights-saved");
  await page.close();

  const reader = await browser.newPage({ viewport: VIEW });
  const q = await openAssessment(reader, "inspector");
  assert.match(b.text(q, "assessment.weights"), /联系覆盖率 10　经营状况填报率 10　简报采用 10/);
  await reader.close();
});
