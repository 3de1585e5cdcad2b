/**
 * Changing amounts in generated workbooks (issue 10's diagnosis properties): which amounts a layout wrote, found
 * from the layout's own amount style (not from the recognizer under test), and a copy of the grid with one changed.
 */
import type Decimal from 'decimal.js';
import { parseAmount } from '../../src/engine/amount';
import { cellText, toA1, type GridCell, type WorkbookGrid } from '../../src/engine/grid';
import type { SampleWorkbook } from '../../scripts/samples/sheetBuilder';
import { AMOUNT_STYLE } from '../../scripts/samples/tableWriter';

export interface AmountCell {
  sheet: number;
  row: number;
  col: number;
}

/** Header text above a cell (the rows above it in its column). */
function headerAbove(grid: WorkbookGrid, c: AmountCell): string {
  const rows = grid.sheets[c.sheet].rows;
  let text = '';
  for (let r = c.row - 1; r >= Math.max(0, c.row - 60); r--) text += cellText(rows[r]?.[c.col]);
  return text;
}

/**
 * Non-zero amounts the layout wrote. Left out, as in the Hebei check property: 单价 in the procurement table, which
 * no rule sums, and the assets table's 其中：办公用房, which no relation adds up.
 */
export function nonZeroAmounts(sample: SampleWorkbook): AmountCell[] {
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

/** The amount's value as the grid holds it. */
export function amountAt(grid: WorkbookGrid, at: AmountCell): Decimal {
  return parseAmount(grid.sheets[at.sheet].rows[at.row]?.[at.col]).value;
}

/** A copy of the grid with the amount at `at` reading `value`, shown by `show` (the layout's way of printing). */
export function withAmount(
  grid: WorkbookGrid,
  at: AmountCell,
  value: Decimal,
  show: (plain: string) => string,
): WorkbookGrid {
  const sheets = grid.sheets.map((sheet, s) => {
    if (s !== at.sheet) return sheet;
    const rows = sheet.rows.map((row, r) => (r === at.row && row ? [...row] : row));
    const old = rows[at.row]![at.col] as GridCell;
    rows[at.row]![at.col] = { ...old, value: value.toNumber(), text: show(value.toFixed(2)) };
    return { ...sheet, rows };
  });
  return { ...grid, sheets };
}
