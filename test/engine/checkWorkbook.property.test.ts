/**
 * Issue 2 acceptance: generated consistent workbooks in varied layouts give zero error and warning findings;
 * changing any one amount in them gives an error finding that names that cell.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { parseAmount } from '../../src/engine/amount';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import { cellText, toA1, type GridCell, type WorkbookGrid } from '../../src/engine/grid';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { AMOUNT_STYLE } from '../../scripts/samples/tableWriter';
import type { SampleWorkbook } from '../../scripts/samples/sheetBuilder';
import { arbitraryBudgetCase } from '../helpers/arbitraryBudget';

interface AmountCell {
  sheet: number;
  row: number;
  col: number;
}

/** Header text above a cell, within its table (the few rows above the first data row). */
function headerAbove(grid: WorkbookGrid, c: AmountCell): string {
  const rows = grid.sheets[c.sheet].rows;
  let text = '';
  for (let r = c.row - 1; r >= Math.max(0, c.row - 60); r--) text += cellText(rows[r]?.[c.col]);
  return text;
}

/**
 * Non-zero amounts the layout wrote, found from the layout's own amount style (not from the recognizer under
 * test). Left out: 单价 in the procurement table, which no rule sums, and the assets table's
 * 其中：办公用房, a part of 房屋 that is not added into 资产总额 (lowering it breaks no relation).
 */
function nonZeroAmounts(sample: SampleWorkbook): AmountCell[] {
  const out: AmountCell[] = [];
  sample.grid.sheets.forEach((sheet, s) =>
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (sample.styles[sheet.name]?.[toA1(r, c)] !== AMOUNT_STYLE) return;
        const a = parseAmount(cell);
        if (a.kind !== 'number' || a.value.isZero()) return;
        const here = { sheet: s, row: r, col: c };
        if (headerAbove(sample.grid, here).includes('单价')) return;
        if (row.some((x) => cellText(x).includes('办公用房'))) return;
        out.push(here);
      }),
    ),
  );
  return out;
}

function withChangedAmount(grid: WorkbookGrid, at: AmountCell, delta: Decimal): WorkbookGrid {
  const sheets = grid.sheets.map((sheet, s) => {
    if (s !== at.sheet) return sheet;
    const rows = sheet.rows.map((row, r) => (r === at.row && row ? [...row] : row));
    const old = rows[at.row]![at.col] as GridCell;
    const value = parseAmount(old).value.plus(delta);
    rows[at.row]![at.col] = { ...old, value: value.toNumber(), text: value.toFixed(2) };
    return { ...sheet, rows };
  });
  return { ...grid, sheets };
}

describe('checkWorkbook on generated consistent workbooks', () => {
  it('gives no error and no warning, whatever the layout', () => {
    fc.assert(
      fc.property(arbitraryBudgetCase, ({ data, variant }) => {
        const result = checkWorkbook(layoutWorkbook(data, variant).grid);
        const loud = result.findings.filter((f) => f.severity !== 'info');
        expect(loud).toEqual([]);
        expect(result.tables.length).toBeGreaterThanOrEqual(12);
      }),
      { numRuns: 40 },
    );
  });

  it('reports an error naming the cell when any one amount is changed', () => {
    fc.assert(
      fc.property(
        arbitraryBudgetCase,
        fc.nat(),
        fc.constantFrom('1.00', '-0.37', '12.05'),
        ({ data, variant }, pick, delta) => {
          const sample = layoutWorkbook(data, variant);
          const amounts = nonZeroAmounts(sample);
          expect(amounts.length).toBeGreaterThan(20);
          const at = amounts[pick % amounts.length];
          const changed = withChangedAmount(sample.grid, at, new Decimal(delta));
          const name = changed.sheets[at.sheet].name;
          const address = toA1(at.row, at.col);
          const errors = checkWorkbook(changed).findings.filter((f) => f.severity === 'error');
          const naming = errors.filter((f) => f.cells.some((c) => c.sheet === name && c.address === address));
          // The cell is in the assertion so a failure says which one was missed.
          expect({ cell: `${name}!${address}`, named: naming.length > 0 }).toEqual({
            cell: `${name}!${address}`,
            named: true,
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
