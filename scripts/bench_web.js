// Web client benchmark: bytes of a cold first load (as transferred, compressed), time from navigation
// to the first rendered frame, and CPU while idle for 10 s. Usage: node scripts/bench_web.js URL [runs]
"use strict";
const path = require("node:path");
const b = require(path.join(__dirname, "..", "tests", "browser", "lib", "browser.js"));

async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const urls = new Map();
  const bytes = new Map();
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, e.response.url));
  cdp.on("Network.loadingFinished", (e) => bytes.set(e.requestId, e.encodedDataLength));
  await page.goto(url);
  await b.waitWidget(page, "login.submit", 30000);
  const firstFrame = await page.evaluate(() => window.qinqing.firstFrameMs());
  await page.waitForTimeout(300);
  const files = [];
  for (const [id, n] of bytes) {
    const u = urls.get(id) || "?";
    if (!u.startsWith("data:")) files.push({ file: u.replace(url, "/"), bytes: n });
  }
  return { context, page, cdp, firstFrame, files };
}

async function idleCpu(page, cdp, seconds) {
  await cdp.send("Performance.enable");
  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);
  const metric = async () => {
    const m = (await cdp.send("Performance.getMetrics")).metrics;
    const get = (n) => (m.find((x) => x.name === n) || { value: 0 }).value;
    return { task: get("TaskDuration"), script: get("ScriptDuration") };
  };
  const frames0 = await page.evaluate(() => window.qinqing.frameCount());
  const a = await metric();
  await page.waitForTimeout(seconds * 1000);
  const z = await metric();
  const frames1 = await page.evaluate(() => window.qinqing.frameCount());
  return { taskMs: (z.task - a.task) * 1000, scriptMs: (z.script - a.script) * 1000, frames: frames1 - frames0 };
}

(async () => {
  const url = process.argv[2].replace(/\/?$/, "/");
  const runs = Number(process.argv[3] || 5);
  const browser = await b.launch();
  const firstFrames = [];
  let files = [];
  for (let i = 0; i < runs; i++) {
    const r = await coldLoad(browser, url);
    firstFrames.push(r.firstFrame);
    files = r.files;
    if (i === runs - 1) {
      const idle = await idleCpu(r.page, r.cdp, 10);
      console.log(`idle 10 s: main-thread task time ${idle.taskMs.toFixed(1)} ms, script ${idle.scriptMs.toFixed(1)} ms, frames drawn ${idle.frames}`);
    }
    await r.context.close();
  }
  await browser.close();
  files.sort((x, y) => y.bytes - x.bytes);
  let total = 0;
  console.log("cold first load, bytes transferred (compressed as served):");
  for (const f of files) { total += f.bytes; console.log(`  ${String(f.bytes).padStart(9)}  ${f.file}`); }
  console.log(`  ${String(total).padStart(9)}  total (goal ≤ 1,500,000)`);
  firstFrames.sort((x, y) => x - y);
  const med = firstFrames[Math.floor(firstFrames.length / 2)];
  console.log(`first rendered frame after navigation: median ${med.toFixed(0)} ms over ${runs} cold loads ` +
              `(min ${firstFrames[0].toFixed(0)}, max ${firstFrames[firstFrames.length - 1].toFixed(0)}; goal ≤ 800 ms)`);
})().catch((e) => { console.error(e); process.exit(1); });
