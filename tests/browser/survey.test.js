// 干部测评 in the browser (issue 11): the quarter's survey pops up after an enterprise signs in, can be
// put off (稍后评价) for the session but comes back at the next sign-in, and once answered (the four
// duties and the quarter's 包联成效 questions) it no longer pops up; 干部测评 then shows the answer.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function signIn(page) {
  // The login form remembers the last account: clear it, as loginAs types the name.
  const form = await b.waitProbe(page, (q) => b.widget(q, "login.submit"), "the login form");
  if (b.text(form, "login.name")) await b.retype(page, "login.name", "");
  await loginAs(page, "enterprise", { keepSurvey: true });
  await b.waitSettled(page);
  // The prompt arrives just after the home screen: give it a few frames.
  for (let i = 0; i < 20; i++) {
    const p = await b.probe(page);
    if (b.widget(p, "survey_prompt.dialog")) return p;
    await page.waitForTimeout(50);
  }
  return b.probe(page);
}

async function signOut(page) {
  await b.click(page, "shell.logout");
  await b.waitWidget(page, "login.submit");
}

test("the survey pops up after sign-in, 稍后评价 puts it off until the next sign-in, answered it stays away", async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1500 } });
  await page.goto(server.url + "/");
  let p = await signIn(page);
  assert.ok(b.widget(p, "survey_prompt.dialog"), "the pop-up after the first sign-in");
  assert.equal(b.text(p, "survey_prompt.cadre"), "张明");
  await b.screenshot(page, "survey_prompt");
  await b.click(page, "survey_prompt.later");
  p = await b.waitProbe(page, (q) => !b.widget(q, "survey_prompt.dialog"), "put off");
  // Another screen and back: still put off for this session.
  await b.click(page, "menu.docs.notices");
  await b.click(page, "menu.company.info");
  p = await b.waitSettled(page);
  assert.equal(b.widget(p, "survey_prompt.dialog"), undefined, "not again in the same session");
  await signOut(page);

  p = await signIn(page);
  assert.ok(b.widget(p, "survey_prompt.dialog"), "back at the next sign-in");
  for (const duty of ["epidemic_guide", "development_advisor", "petition_mediator", "policy_promoter"]) {
    await b.click(page, `survey_prompt.duty.${duty}.option.0`);  // 满意
  }
  await b.typeInto(page, "survey_prompt.duty.petition_mediator.comment", "协调解决用电问题很及时");
  p = await b.probe(page);
  const questions = [...new Set(p.widgets.map((w) => (/^survey_prompt\.q(\d+)/.exec(w.id) || [])[1]).filter(Boolean))];
  for (const n of questions) {
    if (b.widget(p, `survey_prompt.q${n}.option.0`)) await b.click(page, `survey_prompt.q${n}.option.0`);
    else await b.typeInto(page, `survey_prompt.q${n}`, "希望多组织政策宣讲");
  }
  await b.screenshot(page, "survey_prompt_filled");
  await b.click(page, "survey_prompt.submit");
  p = await b.waitProbe(page, (q) => !b.widget(q, "survey_prompt.dialog") && b.settled(q), "the answer accepted");
  await signOut(page);

  p = await signIn(page);
  assert.equal(b.widget(p, "survey_prompt.dialog"), undefined, "answered: no pop-up");
  await b.click(page, "menu.survey");
  p = await b.waitProbe(page, (q) => b.widget(q, "survey.status") && b.settled(q), "干部测评");
  assert.match(b.text(p, "survey.status"), /已/);
  await b.screenshot(page, "survey_screen");
  await page.close();
});
