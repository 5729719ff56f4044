// 驾驶舱 in the browser (issue 12), on the demo with its year of petitions: the inspector sees the
// day's figures, the stage chart (hovering a bar shows its count; the bar opens exactly that many
// petitions, a row opens the petition, Esc and 返回驾驶舱 come back), the survey donut, the weekly
// trend (a week opens its 明细), the ranking (switching to 县市区 and 满意率; a bar opens the
// 统计表) and the longest overdue with who answers for them; the city dispatch group has it too.
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

async function openOverview(page, who) {
  await page.goto(server.url + "/");
  await loginAs(page, who);
  await b.click(page, "menu.reports.overview");
  return stableOverview(page);
}

// The panels size themselves to their content a frame after it arrives: read the places once the
// page has drawn its last frame.
async function stableOverview(page) {
  await b.waitProbe(page, (q) => q.screen === "reports.overview" && b.widget(q, "overview.figure.open") &&
    b.settled(q), "the 驾驶舱");
  await page.waitForTimeout(300);
  return b.probe(page);
}

test("the inspector reads the 驾驶舱 and follows each chart to the rows behind it", async () => {
  const page = await browser.newPage({ viewport: VIEW });
  let p = await openOverview(page, "inspector");
  const open = Number(b.text(p, "overview.figure.open"));
  const overdue = Number(b.text(p, "overview.figure.overdue"));
  assert.ok(open > 10, `the demo has open petitions (${open})`);
  assert.ok(overdue > 0, `and overdue ones (${overdue})`);
  // The stage segments add up to the open figure; the overdue ones to the overdue figure.
  const segments = (p.widgets || []).filter((w) => /^overview\.stage\.\d+\.\d+$/.test(w.id));
  assert.equal(segments.reduce((n, w) => n + Number(w.text), 0), open);
  assert.equal(segments.filter((w) => w.id.endsWith(".2")).reduce((n, w) => n + Number(w.text), 0), overdue);
  await b.screenshot(page, "reports-overview-inspector");

  // Hovering the largest overdue segment shows its number; clicking opens exactly those petitions.
  const bar = segments.filter((w) => w.id.endsWith(".2")).sort((x, y) => Number(y.text) - Number(x.text))[0];
  await page.mouse.move(bar.x + bar.w / 2, bar.y + bar.h / 2);
  await page.waitForTimeout(100);
  await page.mouse.move(bar.x + bar.w / 2 + 1, bar.y + bar.h / 2);
  const stageLabel = b.text(p, bar.id.replace(/\.\d+$/, ""));
  await b.waitProbe(page, (q) => (q.facts || {}).chart_tooltip === `${stageLabel} · 已超期：${bar.text} 件\n点击查看这些诉求`,
    "the hover text of the bar");
  await b.screenshot(page, "reports-overview-hover");
  await b.click(page, bar.id);
  p = await b.waitProbe(page, (q) => b.widget(q, "overview.bar.count") && b.settled(q) && b.widget(q, "overview.bar.row.0"),
    "the petitions of the bar");
  assert.equal(b.text(p, "overview.bar.count"), `共 ${bar.text} 件`);
  assert.match(b.text(p, "overview.bar.deadline.0"), /逾期/);
  await b.screenshot(page, "reports-overview-bar");
  const number = b.text(p, "overview.bar.number.0");
  await b.click(page, "overview.bar.row.0");
  p = await b.waitProbe(page, (q) => b.widget(q, "petition.state"), "the petition in place");
  assert.ok(JSON.stringify(p).includes(number));
  await page.keyboard.press("Escape");
  await b.waitProbe(page, (q) => b.widget(q, "overview.bar.row.0"), "back to the bar's petitions");
  await b.click(page, "overview.bar.back");
  p = await stableOverview(page);

  // The ranking: 县市区 by 满意率, rates falling down the list; a bar opens the 统计表 by county.
  await b.click(page, "overview.rank_group.option.1");
  await b.click(page, "overview.rank_figure.option." + p.widgets.find((w) => w.id.startsWith("overview.rank_figure.option.") &&
    w.text === "满意率").id.split(".").pop());
  p = await b.waitProbe(page, (q) => b.widget(q, "overview.rank.0") && b.text(q, "overview.rank_figure") === "满意率" &&
    b.text(q, "overview.rank_group") === "县市区", "ranked by 满意率 per county");
  const rates = [];
  for (let i = 0; b.widget(p, `overview.rank.${i}`); i++) rates.push(Number(/([\d.]+)%$/.exec(b.text(p, `overview.rank.${i}`))[1]));
  assert.ok(rates.length > 1, "several counties ranked");
  assert.deepEqual(rates, [...rates].sort((x, y) => y - x), "best first");
  await b.scrollIntoFullView(page, "overview.rank.0", "overview.overdue.row.0");
  const lower = await b.probe(page);
  assert.match(b.text(lower, "overview.overdue.summary"), new RegExp(`^共 ${overdue} 件已超期`));
  assert.ok(b.text(lower, "overview.overdue.responsible.0"), "the longest overdue names who answers for it");
  await b.screenshot(page, "reports-overview-ranking");
  await b.click(page, "overview.rank.0");
  p = await b.waitProbe(page, (q) => q.screen === "reports.petition_stats" && b.settled(q) && b.widget(q, "stats.row.0"),
    "the 统计表 by county");
  assert.equal(b.text(p, "stats.group_by"), "按县市区");

  // A week of the trend opens the 明细 of that week.
  await b.click(page, "menu.reports.overview");
  p = await stableOverview(page);
  const week = b.text(p, "overview.week.10");
  const received = Number(/收到诉求：(\d+) 件/.exec(week)[1]);
  await b.scrollIntoFullView(page, "overview.figure.open", "overview.week.10");
  await b.click(page, "overview.week.10");
  p = await b.waitProbe(page, (q) => q.screen === "reports.petition_details" && b.settled(q) && b.widget(q, "details.period"),
    "the 明细 of the week");
  const [from, to] = b.text(p, "details.period").split(" 至 ");
  assert.equal((Date.parse(to) - Date.parse(from)) / 86400000, 6, "Monday to Sunday");
  assert.equal(new Date(from + "T00:00:00Z").getUTCDay(), 1, "from a Monday");
  assert.match(b.text(p, "details.pager") || "", new RegExp(`共 ${received} 条`), "as many as the trend said");
  await page.close();
});

test("the city dispatch group has the 驾驶舱 and the survey donut opens 干部测评结果", async () => {
  const page = await browser.newPage({ viewport: VIEW });
  let p = await openOverview(page, "city_dispatcher");
  assert.ok(Number(b.text(p, "overview.survey.count")) > 0, "the demo's survey answers");
  assert.match(b.text(p, "overview.survey.0"), /^满意：\d+（[\d.]+%）$/);
  assert.equal(b.widget(p, "overview.overdue.all"), undefined, "the inspector's 超期情况 is not in its menu");
  await b.screenshot(page, "reports-overview-dispatcher");
  await b.click(page, "overview.survey.0");
  p = await b.waitProbe(page, (q) => q.screen === "reports.surveys" && b.widget(q, "survey_results.summary"), "干部测评结果");
  await page.close();
});
