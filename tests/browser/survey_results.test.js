// 测评结果 by quarter in the browser (issue 12, §11, §23), on the demo whose enterprises answered last
// quarter: the inspector picks that quarter, reads each cadre's results by duty best 满意率 first,
// turns the order round by clicking the 满意率 header, finds a cadre by name, and reads the 包联成效
// answers (a bar per option, the texts); a unit administrator's 干部测评结果 shows its own cadres only.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");

const VIEW = { width: 1600, height: 1000 };
let server, browser;
test.before(async () => { server = await startServer({ history: true }); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

const rates = (p) => {
  const out = [];
  for (let i = 0; b.widget(p, `cadre_results.${i}.rate`); i++) out.push(Number.parseFloat(b.text(p, `cadre_results.${i}.rate`)));
  return out;
};

async function lastQuarterCadres(page, who, menu) {
  await page.goto(server.url + "/");
  await loginAs(page, who);
  await b.click(page, menu);
  await b.waitProbe(page, (q) => b.widget(q, "survey_results.quarter.option.1") && b.settled(q), "测评结果");
  await b.click(page, "survey_results.quarter.option.1");
  await b.click(page, "survey_results.tab.cadres");
  return b.waitProbe(page, (q) => b.widget(q, "cadre_results.0.rate") && b.settled(q), "the cadres' results");
}

test("the inspector reads last quarter's results per cadre and the 包联成效 answers", async () => {
  const page = await browser.newPage({ viewport: VIEW });
  let p = await lastQuarterCadres(page, "inspector", "menu.inspect.surveys");
  const best = rates(p);
  assert.ok(best.length > 3, `several cadres (${best.length})`);
  assert.deepEqual(best, [...best].sort((x, y) => y - x), "best 满意率 first");
  assert.match(b.text(p, "cadre_results.0.epidemic_guide"), /^\d+ \/ \d+ \/ \d+$/);
  await b.screenshot(page, "survey-results-cadres");

  await b.click(page, "cadre_results.header.satisfaction");
  p = await b.waitProbe(page, (q) => b.settled(q) && rates(q).length > 0 && rates(q)[0] < best[0], "the lowest 满意率 first");
  assert.deepEqual(rates(p), [...rates(p)].sort((x, y) => x - y));

  const name = b.text(p, "cadre_results.0.cadre");
  await b.typeInto(page, "cadre_results.search", name);
  await page.keyboard.press("Enter");
  p = await b.waitProbe(page, (q) => b.settled(q) && b.text(q, "cadre_results.0.cadre") === name &&
    /共 \d+ 条/.test(b.text(q, "cadre_results.pager") || "") && !b.widget(q, "cadre_results.5.cadre"), "the cadre found");

  await b.click(page, "survey_results.tab.effect");
  p = await b.waitProbe(page, (q) => b.widget(q, "survey_effect.summary") && b.settled(q), "包联成效");
  assert.match(b.text(p, "survey_effect.summary"), /包联成效问卷 · 共 \d+ 份答卷$/);
  const options = (p.widgets || []).filter((w) => /^survey_effect\.q1\.\d+$/.test(w.id));
  assert.ok(options.length >= 2, "a bar per option of question 1");
  const answered = Number(/（[^，]+，(\d+) 份作答）/.exec(b.text(p, "survey_effect.q1.title"))[1]);
  const counted = options.reduce((n, w) => n + Number(/ (\d+)（/.exec(w.text)[1]), 0);
  assert.equal(counted, answered, "a single choice: the options add up to those who answered");
  assert.ok(b.widget(p, "survey_effect.q3.text.0"), "the texts written");
  await b.screenshot(page, "survey-results-effect");
  await page.close();
});

test("a unit administrator's 干部测评结果 holds its own unit's cadres only", async () => {
  const page = await browser.newPage({ viewport: VIEW });
  const p = await lastQuarterCadres(page, "unit_admin", "menu.reports.surveys");
  const units = new Set();
  for (let i = 0; b.widget(p, `cadre_results.${i}.unit`); i++) units.add(b.text(p, `cadre_results.${i}.unit`));
  assert.deepEqual([...units], ["十堰市经信局"], "its own unit's cadres, who were rated");
  await b.screenshot(page, "survey-results-unit-admin");
  await page.close();
});
