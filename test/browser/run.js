#!/usr/bin/env node
/**
 * Browser test of the preview host (`npm run test:browser`): the real task pane and adapter over the
 * in-memory Excel API, in Debian's Chromium driven by playwright-core. Never downloads a browser.
 *
 * Builds dist/addin when needed, serves it on a free port, opens the sample, checks, selects a finding,
 * marks and clears, and compares what the rendered workbook shows with the command line's findings.
 * Screenshots go to test-results/browser/. Prints "N passed, N failed"; exits 1 on any failure.
 */
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');
const { ensureBuilt, startPreviewServer } = require('../../scripts/preview');

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
