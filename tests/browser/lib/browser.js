// Launching Debian's chromium headless and talking to the client through window.qinqing.probe().
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const repoRoot = path.resolve(__dirname, "..", "..", "..");
const shotDir = path.join(repoRoot, "build", "screenshots");

// Flags measured to work as root on this machine kind (kit TOOLCHAIN.md): software WebGL2 via SwiftShader.
async function launch() {
  const args = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--use-gl=swiftshader", "--enable-unsafe-swiftshader",
    "--ignore-gpu-blocklist",
  ];
  // Playwright gives every launch a fresh, empty profile directory of its own.
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args });
}

async function probe(page) {
  return page.evaluate(() => (window.qinqing && window.qinqing.probe ? window.qinqing.probe() : null));
}

// Waits until predicate(probe) is truthy; returns the probe. Fails with the last probe in the message.
async function waitProbe(page, predicate, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  while (Date.now() < deadline) {
    last = await probe(page);
    if (last && predicate(last)) return last;
    await page.waitForTimeout(40);
  }
  // Every widget as id=text (visible ones unmarked) so a failure shows the whole screen, not its first rows.
  const summary = last ? {
    screen: last.screen, facts: last.facts,
    widgets: (last.widgets || []).map((w) => `${w.visible ? "" : "(hidden)"}${w.id}=${String(w.text || "").slice(0, 40)}`),
  } : null;
  throw new Error(`timed out waiting for ${what}; last probe: ${JSON.stringify(summary).slice(0, 6000)}`);
}

// The page has drawn and nothing is loading: layouts no longer shift under a click.
async function waitSettled(page, timeoutMs = 15000) {
  return waitProbe(page, (q) => q.facts && q.facts.requests_in_flight === "0" && (q.widgets || []).length > 0,
    "the page to settle", timeoutMs);
}

function widget(p, id) {
  return (p.widgets || []).find((w) => w.id === id);
}

async function waitWidget(page, id, timeoutMs) {
  const p = await waitProbe(page, (q) => widget(q, id) && widget(q, id).visible, `widget ${id}`, timeoutMs);
  return widget(p, id);
}

// A real mouse click at the centre of the widget: move first (hover), then press and release.
async function click(page, id) {
  await waitSettled(page);
  const w = await waitWidget(page, id);
  const x = w.x + w.w / 2, y = w.y + w.h / 2;
  await page.mouse.move(x, y);
  await page.waitForTimeout(50);
  await page.mouse.down();
  await page.mouse.up();
}

// Clicks a text field and types what an input method would commit (keyboard.insertText).
async function typeInto(page, id, text) {
  await click(page, id);
  await waitProbe(page, (q) => widget(q, id) && widget(q, id).active, `${id} to become active`);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === "qq-ime");
  await page.keyboard.insertText(text);
  await waitProbe(page, (q) => widget(q, id) && (widget(q, id).text || "").length > 0, `${id} to hold text`);
}

// Opens a combo and picks the option whose text equals `label`.
async function choose(page, comboId, label) {
  await click(page, comboId);
  const p = await waitProbe(page, (q) => (q.widgets || []).some((w) => w.id.startsWith(comboId + ".option.") && w.text === label),
    `option ${label} of ${comboId}`);
  const opt = p.widgets.find((w) => w.id.startsWith(comboId + ".option.") && w.text === label);
  await click(page, opt.id);
  await waitProbe(page, (q) => widget(q, comboId) && widget(q, comboId).text === label, `${comboId} = ${label}`);
}

// Scrolls with the mouse wheel over `anchorId` (a widget inside the scrolled area) until `id` is visible.
async function scrollTo(page, anchorId, id, deltaY = 300) {
  const anchor = await waitWidget(page, anchorId);
  await page.mouse.move(anchor.x + anchor.w / 2, anchor.y + anchor.h / 2);
  for (let i = 0; i < 40; i++) {
    const w = widget(await probe(page), id);
    if (w && w.visible) return w;
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(60);
  }
  throw new Error(`could not scroll ${id} into view`);
}

// Replaces a field's text the way a person does: click, select all, type. Under load a keystroke can
// land in the frame the field activates in and be lost, so the whole gesture is repeated (as a person
// would, seeing the old text still there) until the field holds the value.
async function retype(page, id, value) {
  let last = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    await click(page, id);
    await waitProbe(page, (q) => widget(q, id) && widget(q, id).active, `${id} active`);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    if (value) await page.keyboard.insertText(value);
    try {
      return await waitProbe(page, (q) => ((widget(q, id) || {}).text || "") === value, `${id} = ${value}`, 4000);
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

// scrollTo stops at a widget's first visible pixel, but a click lands at its centre, which is off the
// page when a form has just grown (errors, a confirmation) and pushed its buttons to the edge.
async function scrollIntoFullView(page, anchorId, id) {
  const bottom = page.viewportSize().height;
  const anchor = await waitWidget(page, anchorId);
  await page.mouse.move(anchor.x + anchor.w / 2, anchor.y + anchor.h / 2);
  for (let i = 0; i < 40; i++) {
    const w = widget(await probe(page), id);
    if (w && w.visible && w.y + w.h <= bottom) return w;
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(60);
  }
  throw new Error(`could not scroll all of ${id} into view`);
}

// Small readers of a probe: a widget's text, whether nothing is loading, a table column in row order.
const text = (p, id) => (widget(p, id) || {}).text;
const settled = (q) => q.facts && q.facts.requests_in_flight === "0";
const cells = (p, prefix) => (p.widgets || []).filter((w) => w.id.startsWith(prefix))
  .sort((a, c) => a.id.localeCompare(c.id, "en", { numeric: true })).map((w) => w.text);

async function screenshot(page, name) {
  fs.mkdirSync(shotDir, { recursive: true });
  const file = path.join(shotDir, `${name}.png`);
  await page.waitForTimeout(150);  // let auto-sized panels take their new size (one more frame)
  await page.screenshot({ path: file });
  return file;
}

module.exports = {
  launch, probe, waitProbe, waitSettled, scrollTo, scrollIntoFullView, widget, waitWidget, click, typeInto, retype, choose,
  screenshot, repoRoot, text, settled, cells,
};
