// 政策指南 and 政策指南发布 (issue 11, notice §17), by real clicks and Chinese typing: an enterprise sees
// the guides that fit its industry or region first, each labelled “与贵企业相关” (the same ones the
// server marks relevant), finds a guide by a word, and opens it; the system administrator's save with
// a missing field shows the server's error beside that field, and the corrected draft is saved.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");
const { call } = require("./lib/onboarding");
const { downloadFrom } = require("./lib/files");
const { spawnSync } = require("node:child_process");

const VIEW = { width: 1440, height: 900 };

let server, browser;
test.before(async () => { server = await startServer(); browser = await b.launch(); });
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function as(key) {
  const page = await browser.newPage({ viewport: VIEW, acceptDownloads: true });
  await page.goto(server.url + "/");
  await loginAs(page, key);
  return page;
}

test("an enterprise sees the guides that fit it first, labelled 与贵企业相关; search finds one", async () => {
  const page = await as("enterprise");
  await b.click(page, "menu.docs.policies");
  let p = await b.waitProbe(page, (q) => b.widget(q, "policies.title.0") && b.settled(q), "政策指南");
  const token = await page.evaluate(() => sessionStorage.getItem("qinqing.token"));
  const api = (await call(server, "GET", "/api/policies?page=1&page_size=20", null, token)).body;
  const relevant = api.items.filter((i) => i.relevant).map((i) => i.title);
  assert.ok(relevant.length > 0 && relevant.length < api.items.length, "some guides fit, some do not");
  const titles = b.cells(p, "policies.title.");
  const badges = titles.map((_, i) => b.text(p, `policies.relevant.${i}`));
  assert.deepEqual(titles.slice(0, relevant.length), relevant, "the fitting guides come first, in the server's order");
  badges.forEach((badge, i) => assert.equal(badge, i < relevant.length ? "与贵企业相关" : undefined, `row ${i}`));
  await b.screenshot(page, "content-policy-board");

  await b.retype(page, "policies.search", "专精特新");
  await b.click(page, "policies.search_button");
  p = await b.waitProbe(page, (q) => /共 1 条/.test(b.text(q, "policies.pager") || "") && b.settled(q), "one match");
  assert.match(b.text(p, "policies.title.0"), /专精特新/);
  await b.click(page, "policies.row.0");
  p = await b.waitProbe(page, (q) => b.widget(q, "policy.body") && b.settled(q), "the guide");
  assert.match(b.text(p, "policy.title"), /专精特新/);
  assert.equal(b.text(p, "policy.issuer"), "十堰市经信局");
  assert.equal(b.text(p, "policy.number"), "十经信发〔2025〕31号");
  assert.ok(b.text(p, "policy.groups"), "its industries are named");
  await b.screenshot(page, "content-policy-open");

  await page.close();
});

test("a guide's 政策原文 downloads from its page as a PDF whose text is the guide's", async () => {
  const page = await as("enterprise");
  const token = await page.evaluate(() => sessionStorage.getItem("qinqing.token"));
  const api = (await call(server, "GET", "/api/policies?page=1&page_size=50", null, token)).body;
  const guide = api.items.find((i) => (i.attachments || []).length > 0);
  assert.ok(guide, "the demo's guides carry their documents");
  const file = guide.attachments[0];
  await b.click(page, "menu.docs.policies");
  await b.waitProbe(page, (q) => b.widget(q, "policies.title.0") && b.settled(q), "政策指南");
  await b.retype(page, "policies.search", guide.title);
  await b.click(page, "policies.search_button");
  let p = await b.waitProbe(page, (q) => b.text(q, "policies.title.0") === guide.title && b.settled(q), "the guide found");
  await b.click(page, "policies.row.0");
  p = await b.waitProbe(page, (q) => b.widget(q, `policy.files.row.${file.id}`) && b.settled(q), "the guide with its files");
  assert.equal(b.text(p, `policy.files.row.${file.id}`), file.file_name);
  assert.ok(!b.widget(p, "policy.files.add"), "readers add no files");
  await b.scrollIntoFullView(page, "policy.body", `policy.files.download.${file.id}`);
  await b.screenshot(page, "content-policy-files");
  const got = await downloadFrom(page, `policy.files.download.${file.id}`);
  assert.equal(got.name, file.file_name);
  assert.equal(got.bytes.subarray(0, 5).toString("latin1"), "%PDF-");
  const text = spawnSync("pdftotext", ["-enc", "UTF-8", got.file, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");
  assert.ok(text.includes(guide.title.replace(/\s+/g, "")), "the document's heading is the guide's title");
  await page.close();
});

test("政策指南发布: a missing 发布机关 is shown beside its field; the corrected draft saves", async () => {
  const page = await as("system_admin");
  await b.click(page, "menu.publish.policies");
  await b.waitProbe(page, (q) => b.widget(q, "policy_admin.title.0") && b.settled(q), "政策指南发布");
  await b.screenshot(page, "content-policy-admin-list");
  await b.click(page, "policy_admin.new");
  await b.typeInto(page, "policy_form.title", "十堰市支持新能源汽车推广应用若干措施");
  await b.typeInto(page, "policy_form.issued_on", "2026-11-20");
  await b.scrollIntoFullView(page, "policy_form.group.all", "policy_form.save");
  await b.typeInto(page, "policy_form.summary", "对购置新能源汽车的企业给予一次性补贴。");
  await b.typeInto(page, "policy_form.body", "一、补贴对象和补贴标准。");
  await b.click(page, "policy_form.save");
  let p = await b.waitProbe(page, (q) => b.widget(q, "policy_form.issuer.error") && b.settled(q), "the issuer's error");
  assert.match(b.text(p, "policy_form.issuer.error"), /发布机关/);
  assert.ok(!b.widget(p, "policy_form.title.error"), "only the missing field is marked");
  const field = b.widget(p, "policy_form.issuer"), error = b.widget(p, "policy_form.issuer.error");
  assert.ok(error.y > field.y && error.y - (field.y + field.h) < 40 && Math.abs(error.x - field.x) < 4, "the error sits under its field");
  await b.screenshot(page, "content-policy-form-error");

  await b.scrollTo(page, "policy_form.group.all", "policy_form.issuer", -300);
  await b.typeInto(page, "policy_form.issuer", "十堰市经信局");
  p = await b.waitProbe(page, (q) => !b.widget(q, "policy_form.issuer.error"), "the error goes once the field is edited");
  await b.scrollIntoFullView(page, "policy_form.group.all", "policy_form.save");
  await b.click(page, "policy_form.save");
  p = await b.waitProbe(page, (q) => b.text(q, "policy_admin.state") === "草稿" && b.settled(q), "the saved draft");
  assert.equal(b.text(p, "policy_admin.issuer"), "十堰市经信局");
  await b.screenshot(page, "content-policy-admin-draft");
  await page.close();
});
