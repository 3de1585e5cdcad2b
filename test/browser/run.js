#!/usr/bin/env node
/**
 * Browser test of the preview host (`npm run test:browser`): the real task pane and adapter over the
 * in-memory Excel API, in Debian's Chromium driven by playwright-core. Never downloads a browser.
 *
 * Builds dist/addin when needed, serves it on a free port, opens the sample, checks, selects a finding,
 * marks and clears, and compares what the rendered workbook shows with the command line's findings;
 * then opens 生成说明 (its chunk loads only then), inserts the generated 情况说明 block, checks again and
 * inserts a second time (the block is replaced, not duplicated).
 * Screenshots go to test-results/browser/. Prints "N passed, N failed"; exits 1 on any failure.
 */
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');
const { ensureBuilt, startPreviewServer } = require('../../scripts/preview');
const { listSteps } = require('./listSteps');
const { fixSteps } = require('./fixSteps');

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');
const SCREENSHOTS = path.join(ROOT, 'test-results', 'browser');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--no-first-run',
  '--disable-sync',
];
/** The whole run, build excluded. */
const GLOBAL_TIMEOUT_MS = 180_000;
/** One wait for the page. */
const WAIT_MS = 30_000;

const MARK_FILL = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/** The sample's findings as the command line reports them: the source of the expected cells. */
function cliReport() {
  const run = () =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), 'validate', SAMPLE, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  let result = run();
  if (result.status === 2 && /尚未编译/.test(result.stderr)) {
    spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:cli', '--silent'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    result = run();
  }
  assert.ok(result.stdout.trim(), `budget-check gave no JSON: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n')[0]);
}

/**
 * A copy of the sample where two cells the marks will cover have their own fill: yellow, and white
 * (Excel tells a white fill from no fill only by tintAndShade). Written with ExcelJS under test-results.
 */
async function sampleWithOwnFills(cells) {
  const ExcelJS = require('exceljs');
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(SAMPLE);
  const fills = [
    { cell: cells[0], fill: '#FFFF00' },
    { cell: cells[1], fill: '#FFFFFF' },
  ];
  for (const { cell, fill } of fills) {
    const target = excel.getWorksheet(cell.sheet).getCell(cell.address);
    // A new style object: ExcelJS shares one between cells of the same style, and `cell.fill =` would change them all.
    target.style = {
      ...target.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill.slice(1)}` } },
    };
  }
  const file = path.join(SCREENSHOTS, 'sample-own-fills.xlsx');
  await excel.xlsx.writeFile(file);
  return { file, fills };
}

/** Every rendered cell's fill, sheet by sheet: clicks through the visible sheet tabs. */
async function renderedFills(page) {
  const names = await page.$$eval('.sheet-tab', (tabs) => tabs.map((t) => t.dataset.sheet));
  const fills = {};
  for (const name of names) {
    await page.click(`.sheet-tab[data-sheet="${name}"]`);
    await page.waitForSelector(`table.sheet-grid[data-sheet="${name}"]`, { timeout: WAIT_MS });
    fills[name] = await page.$$eval(`table.sheet-grid[data-sheet="${name}"] td`, (tds) =>
      Object.fromEntries(tds.map((td) => [td.dataset.address, td.dataset.fill])),
    );
  }
  return fills;
}

const cellSelector = (sheet, address) => `table.sheet-grid[data-sheet="${sheet}"] td[data-address="${address}"]`;

/** Shows a sheet, as a user clicking its tab. */
async function showSheet(page, sheet) {
  await page.click(`.sheet-tab[data-sheet="${sheet}"]`);
  await page.waitForSelector(`table.sheet-grid[data-sheet="${sheet}"]`, { timeout: WAIT_MS });
}

async function fillOf(page, { sheet, address }) {
  await showSheet(page, sheet);
  return page.$eval(cellSelector(sheet, address), (td) => td.dataset.fill);
}

/** The rendered rows of a sheet (its used area), as a user sees them. */
async function renderedRowCount(page, sheet) {
  await showSheet(page, sheet);
  return page.locator(`table.sheet-grid[data-sheet="${sheet}"] tbody tr`).count();
}

/** Where a text appears on a rendered sheet. */
async function cellsWithText(page, sheet, text) {
  await showSheet(page, sheet);
  return page.$$eval(
    `table.sheet-grid[data-sheet="${sheet}"] td`,
    (tds, wanted) => tds.filter((td) => td.textContent === wanted).map((td) => td.dataset.address),
    text,
  );
}

/** 'A70:A85' → the block's cells, top to bottom. */
function blockCells(address) {
  const m = /^([A-Z]+)(\d+):\1(\d+)$/.exec(address);
  assert.ok(m, `a one-column block address: ${address}`);
  const rows = [];
  for (let r = Number(m[2]); r <= Number(m[3]); r++) rows.push(`${m[1]}${r}`);
  return rows;
}

/**
 * Clicks a control that starts 校验工作簿 and waits until that check has finished: the button reads
 * 正在校验… while it runs (a MutationObserver sees it however briefly), then 校验工作簿 again.
 */
async function checkAgain(page, click) {
  await page.evaluate(() => {
    window.__sawValidating = false;
    const seen = () => document.body.textContent.includes('正在校验…');
    const observer = new MutationObserver(() => {
      if (seen()) {
        window.__sawValidating = true;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await click();
  await page.waitForFunction(
    () => window.__sawValidating && !document.body.textContent.includes('正在校验…'),
    undefined,
    { timeout: WAIT_MS },
  );
}

/** Every listed finding as the pane shows it: rule, family, severity and all its cells. */
function listedFindings(page) {
  return page.$$eval('[data-rule]', (els) =>
    els.map((el) => ({
      rule: el.dataset.rule,
      family: el.dataset.family,
      severity: el.dataset.severityLevel,
      cells: (el.dataset.cells || '').split(' ').filter(Boolean),
      text: el.textContent,
    })),
  );
}

async function main() {
  const report = cliReport();
  const networkFinding = report.findings.find((f) => f.severity === 'error' && f.message.includes('网络执法'));
  const laborFinding = report.findings.find((f) => f.severity === 'warning' && f.message.includes('劳务派遣人员经费'));
  assert.ok(networkFinding, 'the command line reports the 网络执法 error');
  assert.ok(laborFinding, 'the command line reports the 劳务派遣人员经费 warning');
  // The 预算数 cell of the 网络执法 block: the finding's first (most likely wrong) cell.
  const target = networkFinding.cells[0];

  ensureBuilt();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const { server, url } = await startPreviewServer({ port: 0 });
  let browser;
  const results = [];
  const pageErrors = [];
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    console.error(`global timeout after ${GLOBAL_TIMEOUT_MS / 1000} s`);
    void browser?.close();
  }, GLOBAL_TIMEOUT_MS);

  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    page.on('response', (r) => {
      if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const shot = (name) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

    let original;
    let failed = false;
    const step = async (name, body) => {
      if (failed || timedOut) {
        results.push({ name, ok: false, error: 'skipped after an earlier failure' });
        return;
      }
      try {
        await body();
        results.push({ name, ok: true });
      } catch (e) {
        failed = true;
        results.push({ name, ok: false, error: e.message });
        await shot(`failed-${results.length}`).catch(() => undefined);
      }
    };

    await step('opens the preview with the sample workbook', async () => {
      await page.goto(url);
      await page.waitForSelector('.file-name[data-status="ready"]');
      assert.equal((await page.textContent('.file-name')).trim(), 'sample-2024.xlsx');
      await page.waitForSelector('table.sheet-grid');
      const tabs = await page.$$eval('.sheet-tab', (t) => t.map((x) => x.dataset.sheet));
      for (const name of ['表1', '表10', '情况说明']) assert.ok(tabs.includes(name), `sheet tab ${name}`);
      await page.getByRole('button', { name: '校验工作簿' }).waitFor();
      await shot('1-opened');
    });

    await step('shows the file’s own fills', async () => {
      original = await renderedFills(page);
      const filled = Object.values(original).flatMap((cells) => Object.values(cells).filter((f) => f !== ''));
      assert.ok(filled.length > 0, 'some cells of the sample have their own fill');
      assert.ok(!filled.some((f) => Object.values(MARK_FILL).includes(f)), 'no mark fill before marking');
    });

    await step('校验工作簿 reports the sample’s findings', async () => {
      await page.getByRole('button', { name: '校验工作簿' }).click();
      await page.waitForSelector('[data-severity="error"]');
      assert.equal((await page.textContent('[data-severity="error"]')).trim(), '错误 1');
      assert.equal((await page.textContent('[data-severity="warning"]')).trim(), '提示 2');
      assert.equal((await page.textContent('[data-severity="info"]')).trim(), `尾差/说明 ${report.summary.info}`);
      const network = page.locator('[data-rule="project-missing-budget"]', { hasText: '网络执法' });
      assert.equal(await network.count(), 1, 'one 网络执法 finding');
      const labor = page.locator('[data-rule]', { hasText: '劳务派遣人员经费' });
      assert.equal(await labor.count(), 1, 'one 劳务派遣人员经费 finding');
      assert.match(await labor.textContent(), /提示/);
      assert.match(await network.textContent(), new RegExp(`${target.sheet}!${target.address}`));
      await shot('2-checked');
    });

    // Issue 12: list order, folded 尾差, 上一个/下一个 and the keyboard, 320/500 px, axe-core.
    await listSteps({ page, step, report, screenshots: SCREENSHOTS });

    await step('clicking the 网络执法 finding selects its cell', async () => {
      await page.locator('[data-rule="project-missing-budget"]', { hasText: '网络执法' }).click();
      const cell = cellSelector(target.sheet, target.address);
      await page.waitForSelector(`${cell}[data-selected="true"]`);
      assert.equal(await page.getAttribute(`.sheet-tab[data-sheet="${target.sheet}"]`, 'aria-selected'), 'true');
      assert.match(await page.getAttribute(cell, 'class'), /\bactive\b/, 'the 预算数 cell is the active cell');
      const selected = await page.$$eval('td[data-selected="true"]', (tds) => tds.map((td) => td.dataset.address));
      const sameSheet = networkFinding.cells.filter((c) => c.sheet === target.sheet).map((c) => c.address);
      assert.deepEqual([...selected].sort(), [...sameSheet].sort(), 'the finding’s cells on its sheet are selected');
      await shot('3-selected');
    });

    await step('标记单元格 fills the findings’ cells', async () => {
      await page.getByRole('button', { name: '标记单元格' }).click();
      await page.getByText(/已标记 \d+ 个单元格/).waitFor();
      for (const c of networkFinding.cells) {
        assert.equal(await fillOf(page, c), MARK_FILL.error, `${c.sheet}!${c.address} has the error fill`);
      }
      const laborFirst = laborFinding.cells[0];
      assert.equal(await fillOf(page, laborFirst), MARK_FILL.warning, `${laborFirst.sheet}!${laborFirst.address}`);
      await showSheet(page, target.sheet);
      assert.match(await page.getAttribute(cellSelector(target.sheet, target.address), 'class'), /\bnoted\b/);
      await page.$eval(cellSelector(target.sheet, target.address), (td) => td.scrollIntoView({ block: 'center' }));
      await shot('4-marked');
    });

    await step('清除标记 restores every cell’s fill', async () => {
      await page.getByRole('button', { name: '清除标记' }).click();
      await page.getByText(/已恢复 \d+ 个单元格的填充色/).waitFor();
      const after = await renderedFills(page);
      assert.deepEqual(after, original);
      assert.equal(await page.locator('td.noted').count(), 0, 'no note left');
      await showSheet(page, target.sheet);
      await page.$eval(cellSelector(target.sheet, target.address), (td) => td.scrollIntoView({ block: 'center' }));
      await shot('5-cleared');
    });

    await step('a picked file gets its own fills under the marks back', async () => {
      const picked = await sampleWithOwnFills([networkFinding.cells[0], laborFinding.cells[0]]);
      await page.setInputFiles('input[type="file"]', picked.file);
      await page.waitForSelector(`.file-name[data-status="ready"]:has-text("${path.basename(picked.file)}")`);
      const before = await renderedFills(page);
      for (const { cell, fill } of picked.fills) assert.equal(before[cell.sheet][cell.address], fill, 'fill read');
      await page.getByRole('button', { name: '校验工作簿' }).click();
      await page.waitForSelector('[data-severity="error"]');
      assert.equal((await page.textContent('[data-severity="error"]')).trim(), '错误 1');
      await page.getByRole('button', { name: '标记单元格' }).click();
      await page.getByText(/已标记 \d+ 个单元格/).waitFor();
      assert.equal(await fillOf(page, picked.fills[0].cell), MARK_FILL.error);
      assert.equal(await fillOf(page, picked.fills[1].cell), MARK_FILL.warning);
      await page.getByRole('button', { name: '清除标记' }).click();
      await page.getByText(/已恢复 \d+ 个单元格的填充色/).waitFor();
      assert.deepEqual(await renderedFills(page), before);
      await showSheet(page, target.sheet);
      await page.$eval(cellSelector(target.sheet, target.address), (td) => td.scrollIntoView({ block: 'center' }));
      await shot('6-picked-file-cleared');
    });

    const narrativeChunkLoaded = () => requested.some((p) => /\/narrative\.[0-9a-f]+\.js$/.test(p));
    let block;
    let rowsAfterFirstInsert;
    let headingsAfterFirstInsert;

    await step('生成说明 loads on demand and previews the generated sections', async () => {
      assert.ok(!narrativeChunkLoaded(), 'the 生成说明 chunk is not loaded before the tab opens');
      await page.getByRole('tab', { name: '生成说明' }).click();
      const income = page.getByRole('region', { name: '1、收入说明' });
      await income.waitFor();
      assert.ok(narrativeChunkLoaded(), 'the 生成说明 chunk loads when the tab opens');
      assert.match(await income.textContent(), /2024年预算收入384\.34万元/);
      for (const [i, title] of ['支出说明', '比上年增减情况', '机关运行经费安排情况'].entries()) {
        await page.getByRole('region', { name: `${i + 2}、${title}` }).waitFor();
      }
      // No previous workbook: last year's total comes from the sample's own 情况说明 (较2023年预算减少130.4万元).
      const change = page.getByRole('region', { name: '3、比上年增减情况' });
      assert.match(await change.textContent(), /较2023年预算减少130\.40万元/);
      assert.equal(await page.getByRole('textbox', { name: '上年预算总额' }).inputValue(), '514.74');
      await page.getByText('取自原说明').first().waitFor();
      await shot('7-narrative-tab');
    });

    await step('typed last-year figures change 比上年增减; a bad amount is explained', async () => {
      const change = page.getByRole('region', { name: '3、比上年增减情况' });
      await page.getByRole('textbox', { name: '上年预算总额' }).fill('514.74');
      await page.getByRole('textbox', { name: '基本支出' }).fill('三百五十');
      await change.getByText(/较2023年预算减少130\.40万元/).waitFor();
      await page.getByText('请输入金额（万元），如 384.34。').waitFor();
      await page.getByRole('textbox', { name: '基本支出' }).fill('350');
      await page.getByRole('textbox', { name: '项目支出' }).fill('164.74');
      await change.getByText(/基本支出增加7\.11万元，项目支出减少137\.51万元/).waitFor();
      assert.equal(await page.getByText('请输入金额（万元），如 384.34。').count(), 0);
      await change.scrollIntoViewIfNeeded();
      await shot('8-typed-previous-year');
    });

    await step('a previous-year .xlsx is read in the browser into the figures', async () => {
      // The sample stands in for last year's workbook: its figures fill the fields.
      await page.getByLabel('读取上年预算工作簿（.xlsx）').setInputFiles(SAMPLE);
      await page.getByText('已从 sample-2024.xlsx 读取 2024 年预算数，可在上方修改。').waitFor();
      assert.equal(await page.getByRole('textbox', { name: '上年预算总额' }).inputValue(), '384.34');
      assert.equal(await page.getByRole('textbox', { name: '基本支出' }).inputValue(), '357.11');
      await page.getByText(/上年数取自2024年预算，与预算年度2024年不相邻，请核实/).waitFor();
      // Back to no figures: the block then carries no 原因 placeholder for the check to flag.
      await page.getByRole('button', { name: '清空上年数' }).click();
      await page
        .getByRole('region', { name: '3、比上年增减情况' })
        .getByText(/缺少2023年预算数/)
        .waitFor();
    });

    await step('插入到“情况说明”工作表 writes the block and says where', async () => {
      const rowsBefore = await renderedRowCount(page, '情况说明');
      await page.getByRole('button', { name: '插入到“情况说明”工作表' }).click();
      const done = page.getByText(/已将情况说明插入到 情况说明!A\d+:A\d+。请重新校验工作簿/);
      await done.waitFor();
      const address = /情况说明!(A\d+:A\d+)/.exec(await done.textContent())[1];
      block = blockCells(address);
      assert.equal(block.length, 16, 'a heading and a text row for each of the 8 sections');
      await showSheet(page, '情况说明');
      const text = (a) => page.$eval(cellSelector('情况说明', a), (td) => td.textContent);
      assert.equal(await text(block[0]), '1、收入说明');
      assert.match(await text(block[1]), /2024年预算收入384\.34万元/);
      assert.equal(await text(block[14]), '8、项目绩效目标情况');
      rowsAfterFirstInsert = await renderedRowCount(page, '情况说明');
      // The sample's own 情况说明 also has a '1、收入说明' heading; the block adds one more.
      headingsAfterFirstInsert = await cellsWithText(page, '情况说明', '1、收入说明');
      assert.ok(headingsAfterFirstInsert.includes(block[0]));
      assert.ok(rowsAfterFirstInsert > rowsBefore, 'the sheet grew by the block');
      await page.$eval(cellSelector('情况说明', block[0]), (td) => td.scrollIntoView({ block: 'start' }));
      await shot('9-inserted');
    });

    await step('重新校验 on 审核: no error or warning names a cell of the inserted block', async () => {
      await checkAgain(page, () => page.getByRole('button', { name: '重新校验' }).click());
      assert.equal(await page.getByRole('tab', { name: '审核' }).getAttribute('aria-selected'), 'true');
      assert.equal((await page.textContent('[data-severity="error"]')).trim(), '错误 1');
      assert.equal((await page.textContent('[data-severity="warning"]')).trim(), '提示 2');
      const inBlock = new Set(block.map((a) => `情况说明!${a}`));
      const findings = await listedFindings(page);
      assert.ok(findings.length > 0, 'the findings are listed');
      const onBlock = findings.filter((f) => f.cells.some((c) => inBlock.has(c)));
      const serious = onBlock.filter((f) => f.severity !== 'info');
      assert.deepEqual(serious, [], 'no error or warning on the block');
      const narrativeSerious = findings.filter(
        (f) => f.family === 'narrative' && f.severity !== 'info' && f.cells.some((c) => inBlock.has(c)),
      );
      assert.deepEqual(narrativeSerious, []);
      await shot('10-rechecked');
    });

    await step('a second insert asks first, then replaces the block instead of adding one', async () => {
      await page.getByRole('tab', { name: '生成说明' }).click();
      await page.getByRole('button', { name: '插入到“情况说明”工作表' }).click();
      const confirm = page.getByRole('alertdialog', { name: '替换已有的说明？' });
      await confirm.waitFor();
      assert.match(await confirm.textContent(), new RegExp(`情况说明!${block[0]}:${block[15]}`));
      await shot('11-confirm-replace');
      await confirm.getByRole('button', { name: '替换' }).click();
      await page.getByText(`已替换 情况说明!${block[0]}:${block[15]} 中原有的情况说明。`, { exact: false }).waitFor();
      assert.equal(await renderedRowCount(page, '情况说明'), rowsAfterFirstInsert, 'no rows added');
      assert.deepEqual(await cellsWithText(page, '情况说明', '1、收入说明'), headingsAfterFirstInsert, 'one block');
      await page.$eval(cellSelector('情况说明', block[0]), (td) => td.scrollIntoView({ block: 'start' }));
      await shot('12-replaced');
    });

    await fixSteps({ page, step, screenshots: SCREENSHOTS }); // Issue 10: 修正, 全部修正, undo after reopen

    await step('no script error or CSP violation on the page', async () => {
      assert.deepEqual(pageErrors, []);
    });
  } catch (e) {
    results.push({ name: 'browser', ok: false, error: e.message });
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => undefined);
    await new Promise((resolve) => server.close(resolve));
  }

  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${r.ok ? '' : `\n    ${r.error}`}`);
  const passed = results.filter((r) => r.ok).length;
  const failedCount = results.length - passed;
  console.log(`screenshots: ${path.relative(ROOT, SCREENSHOTS)}/`);
  console.log(`${passed} passed, ${failedCount} failed`);
  return failedCount === 0 && !timedOut ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e.stack || e.message);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
