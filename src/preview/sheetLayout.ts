import type { CellRange } from '../engine/grid';
import { parseRectangle } from './memoryExcel/address';
import { displayText } from './memoryExcel/displayText';
import type { MemorySheet, MemoryWorkbook } from './memoryExcel';

/** One drawn cell: a merge's top-left cell spans the merge, the cells it covers are not drawn. */
export interface LaidOutCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  /** '#RRGGBB' or undefined for no fill. */
  fill?: string;
  selected: boolean;
  /** The selection's first cell, where Excel puts the cursor. */
  active: boolean;
  /** Text of the notes anchored here. */
  note?: string;
}

export interface SheetLayout {
  /** Visible row indexes, top to bottom. */
  rows: number[];
  columnCount: number;
  cells: Map<number, LaidOutCell[]>;
}

const within = (r: number, c: number, rect: CellRange): boolean =>
  r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;

/** The selected rectangles when the selection is on this sheet. */
function selectionOf(workbook: MemoryWorkbook, sheet: MemorySheet): CellRange[] {
  if (workbook.selection?.sheetId !== sheet.id) return [];
  return workbook.selection.addresses.map((a) => parseRectangle(a)).filter((r): r is CellRange => r !== undefined);
}

/** What the grid draws for one sheet: its used area (with fills and merges), at least 20 × 8. */
export function layOutSheet(workbook: MemoryWorkbook, sheet: MemorySheet): SheetLayout {
  const used = sheet.usedRectangle(false);
  let bottom = Math.max(used?.bottom ?? 0, 19);
  let right = Math.max(used?.right ?? 0, 7);
  for (const m of sheet.merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const selection = selectionOf(workbook, sheet);
  const first = selection[0];
  const notes = new Map<string, string>();
  for (const n of workbook.notes.concat(workbook.comments)) {
    if (n.sheetId === sheet.id) notes.set(`${n.row},${n.col}`, n.content);
  }

  const rows: number[] = [];
  for (let r = 0; r <= bottom; r++) if (!sheet.hiddenRows.has(r)) rows.push(r);
  const visibleRowsIn = (top: number, end: number) => rows.filter((r) => r >= top && r <= end).length;

  const cells = new Map<number, LaidOutCell[]>();
  for (const r of rows) {
    const line: LaidOutCell[] = [];
    for (let c = 0; c <= right; c++) {
      const merge = sheet.merges.find((m) => within(r, c, m));
      // A covered cell of a merge is drawn by the merge's first visible row, first column.
      if (merge && (c !== merge.left || r !== rows.find((x) => x >= merge.top && x <= merge.bottom))) continue;
      const cell = sheet.cell(merge ? merge.top : r, c);
      const text = cell ? (cell.text ?? displayText(cell.value, cell.numberFormat)) : '';
      line.push({
        row: r,
        col: c,
        rowSpan: merge ? visibleRowsIn(r, merge.bottom) : 1,
        colSpan: merge ? merge.right - merge.left + 1 : 1,
        text,
        fill: cell?.fill,
        selected: selection.some((s) => within(r, c, s)),
        active: first !== undefined && first.top === r && first.left === c,
        note: notes.get(`${r},${c}`),
      });
    }
    cells.set(r, line);
  }
  return { rows, columnCount: right + 1, cells };
}
