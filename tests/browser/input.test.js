// Chinese text entry in a canvas UI works like a native form: IME composition and commit, paste
// (event and Ctrl+V), copy out (Ctrl+A, Ctrl+C), Backspace, rare characters fetched on demand, and no
// redrawing while nothing happens.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");

let server, browser, context;
test.before(async () => {
  server = await startServer();
  browser = await b.launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
});
test.after(async () => { if (browser) await browser.close(); if (server) await server.stop(); });

async function nameField() {
  const page = await context.newPage();
  await page.goto(server.url + "/");
  await page.bringToFront();
  await b.waitWidget(page, "login.name");
  await b.click(page, "login.name");
  await b.waitProbe(page, (q) => b.widget(q, "login.name").active, "the name field to be active");
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === "qq-ime");
  return page;
}
const nameText = async (page) => b.widget(await b.probe(page), "login.name").text || "";
async function waitName(page, expected) {
  await b.waitProbe(page, (q) => (b.widget(q, "login.name").text || "") === expected, `name field = ${expected}`);
}

test("input method composition shows a preedit and commits the chosen characters once", async () => {
  const page = await nameField();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "chuli", selectionStart: 5, selectionEnd: 5 });
  await page.waitForTimeout(150);
  assert.equal(await nameText(page), "", "a preedit is not yet text");
  await b.screenshot(page, "ime-preedit");
  await cdp.send("Input.insertText", { text: "处理" });
  await waitName(page, "处理");
  await page.keyboard.insertText("十堰市双千办 诉求");
  await waitName(page, "处理十堰市双千办 诉求");
  await page.keyboard.press("Backspace");
  await waitName(page, "处理十堰市双千办 诉");
  await page.keyboard.type("ab1");
  await waitName(page, "处理十堰市双千办 诉ab1");
  await page.close();
});

test("paste inserts once, from the paste event and from Ctrl+V", async () => {
  const page = await nameField();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "郧阳区");
    document.getElementById("qq-ime").dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await waitName(page, "郧阳区");
  await page.evaluate(() => navigator.clipboard.writeText("丹江口市"));
  await page.keyboard.press("Control+V");
  await waitName(page, "郧阳区丹江口市");
  await page.close();
});

test("Ctrl+A then Ctrl+C copies the field's text to the system clipboard", async () => {
  const page = await nameField();
  await page.keyboard.insertText("十堰市经信局");
  await waitName(page, "十堰市经信局");
  await page.keyboard.press("Control+A");
  await page.waitForTimeout(150);
  await page.keyboard.press("Control+C");
  await page.waitForTimeout(150);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "十堰市经信局");
  await page.close();
});

test("characters beyond the base font are fetched and drawn: 喆 堃 镕 𠀀", async () => {
  const page = await nameField();
  assert.equal(await page.evaluate(() => window.qinqing.fontSlicesLoaded()), 0);
  await page.keyboard.insertText("王喆 李堃 朱镕 𠀀");
  await waitName(page, "王喆 李堃 朱镕 𠀀");
  // 喆 堃 镕 live in slices of Noto Sans CJK SC, 𠀀 (U+20000) in a slice of HanaMinB.
  await page.waitForFunction(() => window.qinqing.fontSlicesLoaded() >= 2 && window.qinqing.fontSlicesPending() === 0,
    null, { timeout: 10000 });
  await page.waitForTimeout(200);
  const shot = await b.screenshot(page, "rare-characters");
  assert.ok(shot);
  await page.close();
});

test("an idle page draws no frames", async () => {
  const page = await nameField();
  await page.mouse.move(5, 790);
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => window.qinqing.frameCount());
  await page.waitForTimeout(2000);
  const after = await page.evaluate(() => window.qinqing.frameCount());
  assert.equal(after, before, "frames drawn while idle");
  await page.close();
});
