import Decimal from 'decimal.js';
import type { FindingFix } from '../findings';
import { fromA1, type GridCell, type SheetGrid, type WorkbookGrid } from '../grid';
import { formatDecimals } from '../units';

/** The text a number cell shows for `value`: the cell's printed decimals, grouped as it was grouped. */
function displayed(value: Decimal, old: GridCell | undefined): string {
  const decimals = formatDecimals(old?.numberFormat) ?? value.decimalPlaces();
  const plain = value.toFixed(decimals);
  if (!old?.text?.includes(',') && !old?.numberFormat?.includes(',')) return plain;
  const [whole, fraction] = plain.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** The cell after one fix: a text cell gets its new text; a number cell the typed value (a formula is replaced). */
function fixedCell(old: GridCell | undefined, fix: FindingFix): GridCell {
  const kept = { numberFormat: old?.numberFormat };
  if (fix.cellText !== undefined) return { ...kept, value: fix.cellText, text: fix.cellText };
  const value = new Decimal(fix.value);
  return { ...kept, value: value.toNumber(), text: displayed(value, old) };
}

/**
 * A copy of the grid with the fixes written in (issue 10; `budget-check fix` writes the same). Sheets and rows not
 * touched are shared with the original; the original is left as it was.
 */
export function applyFixesToGrid(grid: WorkbookGrid, fixes: readonly FindingFix[]): WorkbookGrid {
  const sheets: SheetGrid[] = grid.sheets.map((s) => s);
  const copiedRows = new Set<string>();
  for (const fix of fixes) {
    const s = sheets.findIndex((sheet) => sheet.name === fix.cell.sheet);
    if (s < 0) continue;
    const { row, col } = fromA1(fix.cell.address);
    if (sheets[s] === grid.sheets[s]) sheets[s] = { ...grid.sheets[s], rows: [...grid.sheets[s].rows] };
    const rows = sheets[s].rows;
    const rowKey = `${s}:${row}`;
    if (!copiedRows.has(rowKey)) {
      rows[row] = [...(rows[row] ?? [])];
      copiedRows.add(rowKey);
    }
    const cells = rows[row]!;
    cells[col] = fixedCell(cells[col], fix);
  }
  return { ...grid, sheets };
}
