import type { CellRange } from '../../engine/grid';
import { rectCellCount } from './address';
import type { MemoryCell, MemorySheet, MemoryWorkbook } from './memoryWorkbook';
import { MemoryOfficeError } from './officeError';

/** The cells a Range or a RangeAreas stands for. */
export interface CellBlock {
  sheet: MemorySheet;
  rects: CellRange[];
}

/** Excel rejects writes to a protected sheet. */
export function assertWritable(block: CellBlock): void {
  if (block.sheet.protected) {
    throw new MemoryOfficeError('AccessDenied', `工作表“${block.sheet.name}”受保护，无法修改。`);
  }
}

/** Excel rejects adding, deleting or renaming a sheet of a workbook whose structure is protected. */
export function assertStructureWritable(wb: MemoryWorkbook): void {
  if (wb.structureProtected) {
    throw new MemoryOfficeError('AccessDenied', '工作簿结构受保护，无法添加、删除或重命名工作表。');
  }
}

/** Calls fn for every cell position of the block (the rectangles are small when written to). */
export function forEachPosition(block: CellBlock, fn: (row: number, col: number) => void): void {
  for (const rect of block.rects) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
  }
}

/**
 * The value fn gives for every cell of the block when they all agree, null when they differ, as Excel
 * reports format properties of multi-cell ranges. Large rectangles are scanned through stored cells.
 */
export function uniformValue<V>(block: CellBlock, fn: (cell: MemoryCell | undefined) => V): V | null {
  const seen = new Set<V>();
  for (const rect of block.rects) {
    const total = rectCellCount(rect);
    if (total <= 10000) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) seen.add(fn(block.sheet.cell(r, c)));
      }
      continue;
    }
    let stored = 0;
    block.sheet.forEachCell((r, c, cell) => {
      if (r < rect.top || r > rect.bottom || c < rect.left || c > rect.right) return;
      stored++;
      seen.add(fn(cell));
    });
    if (stored < total) seen.add(fn(undefined));
  }
  return seen.size === 1 ? [...seen][0] : null;
}
