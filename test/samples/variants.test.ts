import { parseAmount } from '../../src/engine/amount';
import { cellAt, cellText, type GridCell } from '../../src/engine/grid';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { combineVariants, PRESETS, STANDARD } from '../../scripts/samples/layoutVariant';
import { SEED_000 } from '../../scripts/samples/seed000';
import { textAmount } from '../../scripts/samples/tableWriter';
import { below, findAll, findOne, headerCol } from './gridSearch';

const standard = layoutWorkbook(SEED_000, STANDARD).grid;

function allCells(grid: typeof standard): GridCell[] {
  return grid.sheets.flatMap((s) => s.rows.flatMap((r) => (r ?? []).filter((c): c is GridCell => c !== undefined)));
}

/** The 合计 cell of code 20137 in the 收入总表. */
function income20137(grid: typeof standard) {
  const t = findOne(grid, '部门预算收入总表');
  const code = below({ ...t, col: t.col + 1 }, '20137')!;
  return cellAt(t.sheet, code.row, headerCol(t, '合计'));
}

describe('layout variants', () => {
  it('renamed: sheet names are not table names or 表N', () => {
    const names = layoutWorkbook(SEED_000, PRESETS.renamed).grid.sheets.map((s) => s.name);
    expect(names).toContain('Sheet3');
    expect(names).toContain('1部门预算收支总表');
    expect(names).toContain('附表');
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /^表\d+$/.test(n)).length).toBeLessThan(2);
  });

  it('offset: titles start at C4 with blank rows and columns around', () => {
    const grid = layoutWorkbook(SEED_000, PRESETS.offset).grid;
    const summary = grid.sheets[0];
    expect(cellText(cellAt(summary, 3, 2))).toBe('部门预算收支总表');
    for (let r = 0; r < 3; r++) expect(summary.rows[r] ?? []).toEqual([]);
    expect(summary.rows.every((row) => !row || (row[0] === undefined && row[1] === undefined))).toBe(true);
    expect(summary.merges).toContainEqual({ top: 3, left: 2, bottom: 3, right: 6 });
  });

  it('textAmounts: amounts are strings in several forms that read back to the published figures', () => {
    const grid = layoutWorkbook(SEED_000, PRESETS.textAmounts).grid;
    const cell = income20137(grid);
    expect(typeof cell?.value).toBe('string');
    expect(parseAmount(cell).value.toFixed(2)).toBe('334.50');
    const amounts = allCells(grid).filter((c) => typeof c.value === 'string' && /[0-9０-９]\s*$/.test(c.value));
    expect(amounts.some((c) => /[０-９]/.test(String(c.value)))).toBe(true);
    expect(amounts.some((c) => /\d\s+$/.test(String(c.value)))).toBe(true);
    // Same figures as the standard layout, cell by cell.
    standard.sheets.forEach((s, i) =>
      s.rows.forEach((row, r) =>
        row?.forEach((c, k) => {
          if (typeof c?.value !== 'number' || !c.numberFormat || c.numberFormat === '0') return;
          const text = cellAt(grid.sheets[i], r, k);
          expect(parseAmount(text).value.equals(parseAmount(c).value)).toBe(true);
          expect(parseAmount(text).storedAsText).toBe(true);
        }),
      ),
    );
  });

  it('textAmount rotates plain, grouped, full-width and trailing-space forms', () => {
    expect([0, 1, 2, 3].map((n) => textAmount('1234.50', n))).toEqual([
      '1234.50',
      '1,234.50',
      '１２３４．５０',
      '1234.50  ',
    ]);
    expect(textAmount('384.34', 1)).toBe('384.34');
    for (let n = 0; n < 4; n++)
      expect(parseAmount({ value: textAmount('1234567.89', n) }).value.toFixed(2)).toBe('1234567.89');
  });

  it('stacked: several tables on one sheet with blank rows between', () => {
    const grid = layoutWorkbook(SEED_000, PRESETS.stacked).grid;
    expect(grid.sheets.length).toBeLessThan(standard.sheets.length);
    const first = grid.sheets[0];
    const income = findOne({ sheets: [first] }, '部门预算收入总表');
    const total = findOne({ sheets: [first] }, '支出总计');
    expect(income.row).toBeGreaterThan(total.row + PRESETS.stacked.gapRows);
    for (let r = total.row + 1; r < income.row; r++) expect(first.rows[r] ?? []).toEqual([]);
    expect(findOne({ sheets: [first] }, '部门预算支出总表').row).toBeGreaterThan(income.row);
  });

  it('codesAsNumbers: 科目编码 are numbers, project codes stay text', () => {
    const grid = layoutWorkbook(SEED_000, PRESETS.codesAsNumbers).grid;
    const code = findAll(grid, '20137');
    expect(code.length).toBeGreaterThan(0);
    for (const c of code) expect(cellAt(c.sheet, c.row, c.col)?.value).toBe(20137);
    expect(cellAt(standard.sheets[1], 7, 1)?.value).toBe('20137');
    const projectCode = findOne(grid, '13011124P000053100573');
    expect(typeof cellAt(projectCode.sheet, projectCode.row, projectCode.col)?.value).toBe('string');
  });

  it('formulas: totals hold SUM formulas with the published figure cached', () => {
    const grid = layoutWorkbook(SEED_000, PRESETS.formulas).grid;
    const cell = income20137(grid);
    expect(cell?.formula).toBe('=SUM(D9:D11)');
    expect(cell?.value).toBe(334.5);
    const totalRow = findOne({ sheets: [grid.sheets[0]] }, '本年支出合计');
    expect(cellAt(totalRow.sheet, totalRow.row, totalRow.col + 1)?.formula).toBe('=SUM(E6:E36)');
    const leaf = findAll(grid, '2013701')[0];
    expect(cellAt(leaf.sheet, leaf.row, leaf.col + 2)?.formula).toBeUndefined();
    expect(allCells(standard).some((c) => c.formula)).toBe(false);
  });

  it('combines: stacked + offset + text amounts + formulas', () => {
    const variant = combineVariants('stacked', 'offset', 'textAmounts', 'formulas');
    expect(variant).toMatchObject({
      stacked: true,
      originRow: 3,
      originCol: 2,
      amountStyle: 'text',
      totalsAsFormulas: true,
    });
    const grid = layoutWorkbook(SEED_000, variant).grid;
    expect(cellText(cellAt(grid.sheets[0], 3, 2))).toBe('部门预算收支总表');
    const cell = income20137(grid);
    expect(cell?.formula).toMatch(/^=SUM\(/);
    const leaf = findAll(grid, '2013701')[0];
    expect(typeof cellAt(leaf.sheet, leaf.row, leaf.col + 2)?.value).toBe('string');
  });
});
