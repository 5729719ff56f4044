// 包联方案导入 in the browser (notice §21): 系统管理员 uploads a CSV with a bad row, reads the Chinese
// problem in the table, fixes the file, checks it again, imports it after confirming, and finds
// the new cadre in 基础数据.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const b = require("./lib/browser");
const { startServer } = require("./lib/server");
const { loginAs } = require("./lib/accounts");

let server, browser, dir;
test.before(async () => {
  server = await startServer();
  browser = await b.launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "qq-import-"));
});
test.after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// A valid 统一社会信用代码 of 茅箭区 (GB 32100-2015 check character).
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function uscc(n) {
  const first17 = "91420302MA8" + String(n).padStart(6, "0");
  let sum = 0, weight = 1;
  for (const c of first17) {
    sum += CHARSET.indexOf(c) * weight;
    weight = (weight * 3) % 31;
  }
  return first17 + CHARSET[(31 - (sum % 31)) % 31];
}

const CADRE = "浏览器测试干部";
function planFile(name, badCode, extraRows = 0) {
  const rows = ["区域,单位,包联干部,职务,干部手机,企业名称,统一社会信用代码,行业组"];
  rows.push(`茅箭区,茅箭区经信局,${CADRE},科员,13812345678,十堰市浏览器甲有限公司,${uscc(1)},经信`);
  const second = uscc(2);
  const code = badCode ? second.slice(0, 17) + (second[17] === "0" ? "1" : "0") : second;
  rows.push(`茅箭区,茅箭区经信局,${CADRE},科员,13812345678,十堰市浏览器乙有限公司,${code},商务`);
  for (let i = 0; i < extraRows; i++) {
    // 25 enterprises per cadre; one cadre, one mobile (the import refuses a name with two numbers).
    const cadre = Math.floor(i / 25);
    rows.push(`茅箭区,茅箭区商务局,浏览器批量干部${cadre},科员,139${String(cadre).padStart(8, "0")},` +
      `十堰市浏览器批量${i}有限公司,${uscc(1000 + i)},`);
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, "\uFEFF" + rows.join("\r\n") + "\r\n");
  return file;
}

async function chooseFile(page, file) {
  const chooser = page.waitForEvent("filechooser");
  await b.click(page, "import.choose_file");
  await (await chooser).setFiles(file);
  await b.waitProbe(page, (q) => b.widget(q, "import.file") && b.widget(q, "import.file").text === path.basename(file),
    `${path.basename(file)} chosen`);
}

const resultText = (q) => (b.widget(q, "import.result") || {}).text || "";

test("a bad row is shown in Chinese, the fixed file is imported, the new cadre is in the base data", async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url + "/");
  await loginAs(page, "system_admin");
  await b.click(page, "menu.admin.import");
  await b.waitWidget(page, "import.choose_file");
  await b.screenshot(page, "import-empty");

  // 1. The file with a wrong check character in row 3: the check lists it, nothing can be imported.
  await chooseFile(page, planFile("茅箭区方案.csv", true));
  await b.click(page, "import.check");
  let p = await b.waitProbe(page, (q) => b.widget(q, "import.problem.0"), "the problem table", 20000);
  assert.equal(b.widget(p, "import.problem.0").text, "3|统一社会信用代码|统一社会信用代码校验位不正确");
  assert.match(resultText(p), /文件有 1 处问题/);
  assert.equal(b.widget(p, "import.apply"), undefined, "no 导入 button for a file with problems");
  assert.match(b.widget(p, "import.problems.pager").text, /共 1 条/);
  await b.screenshot(page, "import-problems");

  // 2. The corrected file (with a few hundred more rows, so the progress bar has work to show).
  await chooseFile(page, planFile("茅箭区方案（修改后）.csv", false, 4000));
  await b.click(page, "import.check");
  p = await b.waitProbe(page, (q) => resultText(q).startsWith("检查通过"), "a clean check", 30000).catch(async (e) => {
    await b.screenshot(page, "import-failed-check");
    throw new Error(`${e.message.slice(0, 200)}; result: ${resultText(await b.probe(page))}`);
  });
  assert.match(resultText(p), /新建干部 161 名，新建企业 4002 家/);
  await b.screenshot(page, "import-clean");

  // 3. 导入 asks first; Esc would cancel, 确认导入 imports.
  await b.click(page, "import.apply");
  // The dialog's own probe item is its title bar; its button is what a person clicks.
  await b.waitWidget(page, "import.confirm");
  await b.screenshot(page, "import-confirm");
  await b.click(page, "import.confirm");
  // The job runs on the server while the screen shows its progress bar.
  const progress = await b.waitProbe(page, (q) => b.widget(q, "import.progress") || resultText(q).startsWith("导入完成"),
    "the import to show progress or finish", 30000);
  if (b.widget(progress, "import.progress")) await b.screenshot(page, "import-progress");
  p = await b.waitProbe(page, (q) => resultText(q).startsWith("导入完成"), "the import to finish", 60000);
  assert.match(resultText(p), /开通待激活账号 4163 个/);
  await b.screenshot(page, "import-done");

  // 4. The new cadre is in 基础数据—包联干部.
  await b.click(page, "import.view_cadres");
  await b.waitProbe(page, (q) => q.screen === "base.cadres" && b.widget(q, "cadres.pager"), "the cadre list");
  await b.typeInto(page, "cadres.search", CADRE);
  await b.click(page, "cadres.search_button");
  p = await b.waitProbe(page, (q) => b.widget(q, "cadres.pager") && /共 1 条/.test(b.widget(q, "cadres.pager").text) &&
    b.widget(q, "cadres.cell.0") && b.widget(q, "cadres.cell.0").text === CADRE, "the imported cadre", 15000);
  assert.equal(b.widget(p, "cadres.cell.0").text, CADRE);
  await b.screenshot(page, "import-cadre-in-base-data");
  await page.close();
});
