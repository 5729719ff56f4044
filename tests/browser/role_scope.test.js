// Each demo role in the browser (issue 4 "A browser test logs in as each role and checks that its
// menu and its base data match its scope"): the menu on screen is exactly shared's menuForRole for
// the role (printed by build/native/tests/shared/menu_json), and every base-data list the role has
// shows exactly the row count the API reports for that account's scope.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { ACCOUNTS, loginAs, api } = require("./lib/accounts");

const ROLES = ["enterprise", "cadre", "unit_admin", "county_admin", "city_dispatcher", "industry_dispatcher", "inspector",
  "system_admin", "security_admin", "audit_admin"];
// The base-data lists: menu key → the table's probe id and the API that lists the same rows.
const LISTS = {
  "base.enterprises": { table: "enterprises", api: "/api/enterprises" },
  "profile.enterprises": { table: "enterprises", api: "/api/enterprises" },
  "base.cadres": { table: "cadres", api: "/api/cadres" },
};

let server, browser, menus;
test.before(async () => {
  const tool = path.join(b.repoRoot, "build", "native", "tests", "shared", "menu_json");
  menus = JSON.parse(execFileSync(tool, { encoding: "utf8" }));
  server = await startServer();
  browser = await b.launch();
});
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

// The entries a role's menu must show: top-level screens and every group's items, with their labels.
function expectedEntries(role) {
  const out = new Map();
  for (const g of menus[role]) {
    if (g.items.length === 0) out.set(g.key, g.label);
    for (const i of g.items) out.set(i.key, i.label);
  }
  return out;
}

function shownEntries(p) {
  const out = new Map();
  for (const w of p.widgets) {
    // Counts after a label (待审核诉求（3）, 公告栏（2）) are what waits on the user, not the menu.
    if (w.id.startsWith("menu.")) out.set(w.id.slice("menu.".length), (w.text || "").replace(/（\d+）$/, ""));
  }
  return out;
}

const total = (text) => Number((/共 (\d+) 条/.exec(text || "") || [])[1]);

for (const role of ROLES) {
  test(`${ACCOUNTS[role].role} (${ACCOUNTS[role].name}): the menu of shared and the base data of its scope`, async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url + "/");
    const home = await b.waitSettled(page).then(() => loginAs(page, role));
    const expected = expectedEntries(role);
    assert.ok(expected.size > 0, "shared gives the role a menu");
    assert.deepEqual(shownEntries(home), expected, "the menu on screen is menuForRole's");
    for (const g of menus[role].filter((x) => x.items.length > 0)) {
      assert.equal(b.widget(home, `menu_group.${g.key}`).text, g.label);
    }
    await b.screenshot(page, `role-${role}-home`);

    const lists = Object.keys(LISTS).filter((k) => expected.has(k));
    for (const key of lists) {
      const { table, api: apiPath } = LISTS[key];
      await b.click(page, `menu.${key}`);
      const p = await b.waitProbe(page, (q) => q.screen === key && b.widget(q, `${table}.pager`) && !b.widget(q, `${table}.loading`) &&
        q.facts.requests_in_flight === "0", `${role}'s ${key}`);
      const fromApi = await api(page, `${apiPath}?page=1&page_size=1`);
      assert.equal(fromApi.status, 200);
      assert.equal(total(b.widget(p, `${table}.pager`).text), fromApi.body.total, `${role} ${key}: the table's total is the scope's`);
      const rows = p.widgets.filter((w) => w.id.startsWith(`${table}.cell.`)).length;
      assert.equal(rows, Math.min(fromApi.body.total, 20), `${role} ${key}: the first page holds the scope's first rows`);
      if (fromApi.body.total === 0) assert.ok(b.widget(p, `${table}.empty`), "an empty list says why");
      await b.screenshot(page, `role-${role}-${key.replace(".", "-")}`);
    }

    // Roles without base data get none from the API either (the same 三权分立 the menu shows).
    if (!lists.length && role !== "enterprise") {
      assert.equal((await api(page, "/api/enterprises?page_size=1")).status, role === "inspector" ? 200 : 403);
    }
    if (role === "enterprise") {
      // 企业信息 is the enterprise's own record: its scope is itself.
      const p = await b.waitProbe(page, (q) => b.widget(q, "enterprise.name") && q.facts.requests_in_flight === "0", "企业信息");
      assert.equal(b.widget(p, "enterprise.name").text, ACCOUNTS.enterprise.name);
      assert.equal((await api(page, "/api/enterprises?page_size=1")).body.total, 1);
    }
    await page.close();
  });
}
