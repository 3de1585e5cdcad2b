/**
 * Browser steps of issue 10 (修正 in the pane): 修正 on the seed-000 sample's 网络执法 blank 预算数, 全部修正 with
 * its confirmation on a copy with one 表1 figure changed, 保存并重新打开 then 撤销修正 (every cell of the workbook
 * back byte for byte: values, formulas, number formats, fills), and a formula cell's fix refused. Each step opens
 * its own file through the preview's file input. Called by run.js with its step runner.
 */
const assert = require('assert/strict');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');

/** The 表1 figure the copies change: 28.79 (number format 0.00) becomes 38.79, as a value or as a formula. */
const FIGURE = { sheet: '表1', address: 'E13', original: 28.79, changed: 38.79, formula: '28.79+10' };
/** The 网络执法 project's blank 预算数: the engine suggests 0.20. */
const NETWORK = { sheet: '表10', address: 'C116' };

const where = (c) => `${c.sheet}!${c.address}`;
const cellSelector = (c) => `table.sheet-grid[data-sheet="${c.sheet}"] td[data-address="${c.address}"]`;

/** A copy of the sample with FIGURE changed, written with ExcelJS under test-results. */
async function sampleWithFigure(screenshots, asFormula) {
  const ExcelJS = require('exceljs');
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(SAMPLE);
  const cell = excel.getWorksheet(FIGURE.sheet).getCell(FIGURE.address);
  cell.value = asFormula ? { formula: FIGURE.formula, result: FIGURE.changed } : FIGURE.changed;
  const file = path.join(screenshots, asFormula ? 'sample-fix-formula.xlsx' : 'sample-fix-figure.xlsx');
  await excel.xlsx.writeFile(file);
  return file;
}

/** Opens a file through the preview's file input and waits for the fresh pane. */
async function openFile(page, file) {
  const before = Number(await page.getAttribute('.file-name', 'data-opened'));
  await page.setInputFiles('input[type="file"]', file);
  await page.waitForFunction(
    ({ before, name }) => {
      const el = document.querySelector('.file-name');
      return el?.dataset.status === 'ready' && Number(el.dataset.opened) > before && el.textContent.trim() === name;
    },
    { before, name: path.basename(file) },
  );
}

/** 保存并重新打开 in the preview's bar: the saved workbook opened again, with a fresh pane. */
async function saveAndReopen(page) {
  const before = Number(await page.getAttribute('.file-name', 'data-opened'));
  await page.getByRole('button', { name: '保存并重新打开' }).click();
  await page.waitForFunction((n) => Number(document.querySelector('.file-name')?.dataset.opened) > n, before);
}

async function check(page) {
  await page.getByRole('button', { name: '校验工作簿' }).click();
  await page.waitForSelector('[data-severity="error"]');
}

const errorCount = async (page) => (await page.textContent('[data-severity="error"]')).trim();

/** The rendered text of a cell, its sheet shown as a user clicking the tab. */
async function renderedText(page, cell) {
  await page.click(`.sheet-tab[data-sheet="${cell.sheet}"]`);
  await page.waitForSelector(cellSelector(cell));
  return page.$eval(cellSelector(cell), (td) => td.textContent);
}

/**
 * Every sheet's cells as the memory workbook stores them (value, formula, numberFormat, fill), by sheet name.
 * Without `text`, the display text a file gave, which Excel computes again from value and format once a cell is
 * written (the rendered text is compared on its own).
 */
async function workbookCells(page) {
  const snapshot = await page.evaluate(() => window.previewWorkbook());
  const stored = ([r, c, { text: _text, ...cell }]) => [r, c, cell];
  return Object.fromEntries(snapshot.sheets.map((s) => [s.name, s.cells.map(stored)]));
}

/** One cell of workbookCells, undefined when the workbook holds nothing there. */
function cellOf(cells, { sheet, address }) {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  return cells[sheet].find(([r, c]) => r === row && c === col)?.[2];
}

/** The pane's 修正 suggestions for a cell (a cell may be named by more than one finding). */
const suggestion = (page, cell) => page.locator(`.task-pane [data-fix-cell="${where(cell)}"]`);

async function fixSteps({ page, step, screenshots }) {
  const shot = (name) => page.screenshot({ path: path.join(screenshots, `${name}.png`) });
  let figureFile;
  let beforeFix;
  let renderedBeforeFix;
  let applied;

  await step('修正 writes 0.20 into 表10!C116, keeps its format, and checks again', async () => {
    await openFile(page, SAMPLE);
    const cellsBefore = await workbookCells(page);
    await check(page);
    assert.equal(await errorCount(page), '错误 1');
    const network = page.locator('.task-pane [data-rule="project-missing-budget"]', { hasText: '网络执法' });
    assert.equal(await network.count(), 1);
    const fix = suggestion(page, NETWORK);
    assert.equal(await fix.count(), 1, 'one suggestion for the 网络执法 预算数');
    assert.match(await fix.textContent(), /建议：将 表10!C116 改为 0\.20/);
    await fix.scrollIntoViewIfNeeded();
    await shot('13-fix-suggestion');
    assert.equal(await renderedText(page, NETWORK), '', 'the 预算数 is blank before');
    await fix.getByRole('button', { name: '修正' }).click();
    await page.getByText('已修正 1 个单元格并重新校验', { exact: false }).waitFor();
    assert.equal(await renderedText(page, NETWORK), '0.2');
    const cellsAfter = await workbookCells(page);
    const after = cellOf(cellsAfter, NETWORK);
    assert.equal(after.value, 0.2);
    assert.equal(after.numberFormat, cellOf(cellsBefore, NETWORK)?.numberFormat, 'the number format stays');
    assert.equal(after.fill, cellOf(cellsBefore, NETWORK)?.fill, 'the fill stays');
    // The re-check read the new figure: the blank 预算数 is gone, its sum with the funds is reported instead.
    assert.equal(await network.count(), 0, 'the 网络执法 预算数 finding is gone');
    assert.equal(await suggestion(page, NETWORK).count(), 0);
    const funds = page.locator('.task-pane [data-rule="project-funds"]', { hasText: '网络执法' });
    assert.equal(await funds.count(), 1, 'the re-check sees 0.20 against the 网络执法 funds');
    await page.$eval(cellSelector(NETWORK), (td) => td.scrollIntoView({ block: 'center' }));
    await shot('14-fixed-one');
  });

  await step('全部修正 lists the fixes, asks, then writes them and checks again', async () => {
    figureFile = await sampleWithFigure(screenshots, false);
    await openFile(page, figureFile);
    beforeFix = await workbookCells(page);
    renderedBeforeFix = [await renderedText(page, FIGURE), await renderedText(page, NETWORK)];
    assert.deepEqual(renderedBeforeFix, ['38.79', '']);
    await check(page);
    assert.match(await suggestion(page, FIGURE).first().textContent(), /建议：将 表1!E13 改为 28\.79/);
    // Every distinct suggestion the pane shows (other rules may offer fixes of their own) is listed once.
    const labels = await page.$$eval('.task-pane [data-fix-cell]', (els) => els.map((el) => el.ariaLabel));
    const offered = [...new Set(labels.map((label) => label.replace(/^建议：将 /, '')))];
    assert.ok(offered.includes('表1!E13 改为 28.79') && offered.includes('表10!C116 改为 0.20'), offered.join('；'));
    await page.getByRole('button', { name: '全部修正' }).click();
    const confirm = page.getByRole('alertdialog', { name: `修正以下 ${offered.length} 个单元格？` });
    await confirm.waitFor();
    assert.deepEqual((await confirm.locator('li').allTextContents()).sort(), [...offered].sort());
    assert.equal(cellOf(await workbookCells(page), FIGURE).value, FIGURE.changed, 'nothing written before the click');
    await shot('15-fix-all-confirm');
    await confirm.getByRole('button', { name: '全部修正' }).click();
    const done = page.getByText(/已修正 \d+ 个单元格并重新校验/);
    await done.waitFor();
    applied = Number(/已修正 (\d+) 个单元格/.exec(await done.textContent())[1]);
    assert.ok(applied >= 2, `${applied} cells written`);
    assert.equal(await renderedText(page, FIGURE), '28.79');
    assert.equal(await renderedText(page, NETWORK), '0.2');
    const after = await workbookCells(page);
    assert.equal(cellOf(after, FIGURE).value, FIGURE.original);
    assert.equal(cellOf(after, FIGURE).numberFormat, '0.00', 'the number format stays');
    assert.equal(cellOf(after, FIGURE).fill, cellOf(beforeFix, FIGURE).fill, 'the fill stays');
    assert.equal(await suggestion(page, FIGURE).count(), 0, 'the re-check no longer suggests 表1!E13');
    assert.equal(await suggestion(page, NETWORK).count(), 0, 'nor 表10!C116');
    await shot('16-fixed-all');
  });

  await step('保存并重新打开, then 撤销修正 brings every cell back byte for byte and checks again', async () => {
    await saveAndReopen(page);
    assert.equal(await renderedText(page, FIGURE), '28.79', 'the fixes were saved');
    await page.getByRole('button', { name: '撤销修正' }).click();
    await page.getByText(`已撤销 ${applied} 处修正`, { exact: false }).waitFor();
    assert.deepEqual([await renderedText(page, FIGURE), await renderedText(page, NETWORK)], renderedBeforeFix);
    assert.deepEqual(await workbookCells(page), beforeFix, 'values, formulas, number formats and fills as before');
    // The re-check after the undo finds the changed figure again.
    assert.equal((await suggestion(page, FIGURE).count()) > 0, true, '表1!E13 is suggested again');
    assert.equal(await suggestion(page, NETWORK).count(), 1, '表10!C116 is suggested again');
    await shot('17-undone-after-reopen');
  });

  await step('a formula cell’s fix is refused with the formula message, the cell untouched', async () => {
    await openFile(page, await sampleWithFigure(screenshots, true));
    const before = await workbookCells(page);
    assert.equal(cellOf(before, FIGURE).formula, `=${FIGURE.formula}`);
    await check(page);
    const fix = suggestion(page, FIGURE).first();
    await fix.getByRole('button', { name: '修正' }).click();
    const message = `${where(FIGURE)} 是公式单元格（=${FIGURE.formula}），未修改`;
    await fix.getByRole('note').filter({ hasText: message }).waitFor();
    await page.getByText(`1 处未修正：${message}`, { exact: false }).waitFor();
    assert.deepEqual(await workbookCells(page), before, 'nothing written');
    assert.equal(await renderedText(page, FIGURE), '38.79');
    await fix.scrollIntoViewIfNeeded();
    await shot('18-formula-refused');
  });
}

module.exports = { fixSteps };
