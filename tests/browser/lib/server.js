// Starts the real backend (build/bin/qinqing serve, or $QINQING_BIN) on a free loopback port with a fresh data
// directory and demo data, for one test file; stops it afterwards.
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");
const { repoRoot } = require("./browser");

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on("error", reject);
  });
}

// { history: true }: the demo with its year of petitions (reports).
// { init: true }: a real deployment's first start instead of the demo — `qinqing init` on the empty
// data directory (its printed one-time passwords are returned as `passwords`), then serve without --demo.
async function startServer(options = {}) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "qq-data-"));
  // QINQING_BIN: another build of the server (scripts/test.sh runs the ASan+UBSan one); the web client
  // QINQING_WEB: another packaged client (a second wasm build directory's QINQING_WEB_OUT).
  const bin = process.env.QINQING_BIN || path.join(repoRoot, "build", "bin", "qinqing");
  const webDir = process.env.QINQING_WEB || path.join(repoRoot, "build", "web");
  const passwords = {};
  let initOutput = "";
  if (options.init) {
    initOutput = require("node:child_process").execFileSync(bin, ["init", "--data", dataDir], { encoding: "utf8" });
    for (const m of initOutput.matchAll(/\t(sysadmin|secadmin|auditadmin)\t(\S+)/g)) passwords[m[1]] = m[2];
  }
  const args = ["serve", "--listen", `127.0.0.1:${port}`, "--data", dataDir, "--web", webDir,
    // The tests run at any hour: notices must not wait out 22:00–07:00.
    "--sms-quiet-hours", "off"];
  // The demo's year of petitions only where a test asks for it ({ history: true }): the other tests
  // count their own petitions.
  if (!options.init) args.push("--demo", "--demo-petitions", options.history ? "on" : "off");
  const child = spawn(bin, args,
    { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => { log += d; });
  child.stderr.on("data", (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch (_) { /* not listening yet */ }
    if (Date.now() > deadline) { child.kill("SIGKILL"); throw new Error(`server did not start:\n${log}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    passwords,
    initOutput,
    log: () => log,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r() : child.on("exit", r)));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

module.exports = { startServer };
