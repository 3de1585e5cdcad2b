/**
 * Figures of a laid-out sample located the way a reader finds them — by titles, labels and headers on the grid —
 * so the generated text is compared with the tables without going through the recognizer or the generator.
 */
import Decimal from 'decimal.js';
import { parseAmount } from '../../../src/engine/amount';
import { cellAt, cellText, type WorkbookGrid } from '../../../src/engine/grid';
import { findAll, findOne, headerCol, type Found } from '../../samples/gridSearch';

function valueAt(f: Found, col: number): Decimal {
  return parseAmount(cellAt(f.sheet, f.row, col)).value;
}

/** The row of `label` in the table titled `title` (searched below the title, on its sheet). */
function rowOf(grid: WorkbookGrid, title: string, label: string): Found {
  const t = findOne(grid, title);
  const hit = findAll(grid, label)
    .filter((f) => f.sheet === t.sheet && f.row > t.row)
    .sort((a, b) => a.row - b.row)[0];
  if (!hit) throw new Error(`no ${label} under ${title}`);
  return hit;
}

/** The amount `offset` cells right of a row label (收支总表 and 资产 tables pair each label with its amount). */
export function rightOf(grid: WorkbookGrid, title: string, label: string, offset = 1): Decimal {
  const f = rowOf(grid, title, label);
  return valueAt(f, f.col + offset);
}

/** The amount in the column headed `header` on the data row (after 栏次) labelled `rowLabel`. */
export function tableValue(grid: WorkbookGrid, title: string, rowLabel: string, header: string): Decimal {
  const t = findOne(grid, title);
  const col = headerCol(t, header);
  let r = t.row;
  while (!(t.sheet.rows[r] ?? []).some((c) => cellText(c) === '栏次')) r++;
  for (r++; r < t.row + 200; r++) {
    if ((t.sheet.rows[r] ?? []).some((c) => cellText(c) === rowLabel))
      return valueAt({ sheet: t.sheet, row: r, col }, col);
  }
  throw new Error(`no row ${rowLabel} under ${title}`);
}

/** Each 项目名称 with the 预算数 on the row below it, in sheet order (the 政府采购 header's 项目名称 has none). */
export function projectBudgets(grid: WorkbookGrid): Array<{ name: string; budget: Decimal }> {
  const projects: Array<{ name: string; budget: Decimal }> = [];
  for (const f of findAll(grid, '项目名称')) {
    const row = f.sheet.rows[f.row + 1] ?? [];
    const col = row.findIndex((c) => cellText(c) === '预算数');
    if (col < 0) continue;
    const name = cellText(cellAt(f.sheet, f.row, f.col + 1));
    projects.push({ name, budget: valueAt({ sheet: f.sheet, row: f.row + 1, col }, col + 1) });
  }
  return projects;
}

/** The 302xx rows of the 基本支出表: name and 公用经费. */
export function publicCostRows(grid: WorkbookGrid, title: string): Array<{ name: string; value: Decimal }> {
  const t = findOne(grid, title);
  const col = headerCol(t, '公用经费');
  return findAll(grid, /^302\d\d$/)
    .filter((f) => f.sheet === t.sheet)
    .map((f) => ({ name: cellText(cellAt(f.sheet, f.row, f.col + 1)), value: valueAt(f, col) }));
}

/** '384.34万元' as the text states an amount. */
export function wan(value: Decimal): string {
  return `${value.toFixed(2)}万元`;
}
