// The demo accounts (README) and logging in through the real login form.
"use strict";
const b = require("./browser");

const PASSWORD = "Qinqing@2026";
const ACCOUNTS = {
  enterprise: { role: "企业", name: "十堰市鑫源汽车零部件有限公司", home: "company.info" },
  cadre: { role: "包联干部", region: "十堰市", unit: "十堰市经信局", name: "张明", home: "profile.info" },
  unit_admin: { role: "单位管理员", name: "十堰市经信局管理员", home: "profile.info" },
  county_admin: { role: "县市区管理员", name: "茅箭区管理员", home: "profile.info" },
  city_dispatcher: { role: "双千分办员", name: "双千分办员", home: "profile.info" },
  industry_dispatcher: { role: "城区行业分办员", name: "经信组分办员", home: "profile.info" },
  inspector: { role: "超级巡查员", name: "巡查员01", home: "profile.info" },
  new_inspector: { role: "超级巡查员", name: "巡查员03", home: "profile.info" },  // first login pending
  system_admin: { role: "系统管理员", name: "sysadmin", home: "profile.info" },
  security_admin: { role: "安全管理员", name: "secadmin", home: "profile.info" },
  audit_admin: { role: "审计管理员", name: "auditadmin", home: "profile.info" },
};

async function loginAs(page, key, options = {}) {
  const a = ACCOUNTS[key];
  await b.waitWidget(page, "login.submit");
  await b.choose(page, "login.role", a.role);
  if (a.unit) {
    await b.choose(page, "login.region", a.region);
    await b.choose(page, "login.unit", a.unit);
  }
  await b.typeInto(page, "login.name", a.name);
  await b.typeInto(page, "login.password", PASSWORD);
  await b.click(page, "login.submit");
  const home = await b.waitProbe(page, (q) => q.screen === a.home && b.widget(q, "shell.user"), `${key}'s home screen`);
  if (a.role !== "企业" || options.keepSurvey) return home;
  return putOffSurvey(page);
}

// An enterprise whose quarter's 干部测评 is unanswered gets the pop-up after signing in: tests that are
// not about it put it off (稍后评价), as a clerk with other work would.
async function putOffSurvey(page) {
  let p = await b.waitSettled(page);
  for (let i = 0; i < 10 && !b.widget(p, "survey_prompt.later"); i++) {
    await page.waitForTimeout(50);
    p = await b.probe(page);
  }
  if (!b.widget(p, "survey_prompt.later")) return p;
  await b.click(page, "survey_prompt.later");
  return b.waitProbe(page, (q) => !b.widget(q, "survey_prompt.dialog"), "the survey put off");
}

// Calls the API from the page with the page's own session token (what the client itself would send).
async function api(page, path) {
  return page.evaluate(async (p) => {
    const token = sessionStorage.getItem("qinqing.token");
    const r = await fetch(p, { headers: { Authorization: "Bearer " + token } });
    return { status: r.status, body: await r.json() };
  }, path);
}

module.exports = { ACCOUNTS, PASSWORD, loginAs, putOffSurvey, api };
