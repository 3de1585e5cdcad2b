/** A block of rows of one sheet's used range, read in one request. */
export interface ReadChunk {
  sheetIndex: number;
  /** Absolute 0-based row and column of the chunk's top-left cell. */
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
}

/** A rectangle of a sheet still to read. */
export interface UsedArea {
  sheetIndex: number;
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Cuts the areas into row chunks and packs them into batches (one sync each) whose estimated size
 * fills the budget: a chunk is cut where the batch is full, and the rest starts the next batch.
 * `bytesPerCell` may differ by sheet (what that sheet's cells were measured to cost). Small
 * workbooks give one batch whatever the number of sheets.
 */
export function planReads(
  areas: readonly UsedArea[],
  bytesPerCell: number | ((sheetIndex: number) => number),
  budgetBytes: number,
): ReadChunk[][] {
  const rate = typeof bytesPerCell === 'number' ? () => bytesPerCell : bytesPerCell;
  const batches: ReadChunk[][] = [];
  let current: ReadChunk[] = [];
  let bytes = 0;
  for (const a of areas) {
    const rowBytes = rate(a.sheetIndex) * a.columnCount;
    for (let r = 0; r < a.rowCount;) {
      let rows = Math.min(a.rowCount - r, Math.floor((budgetBytes - bytes) / rowBytes));
      if (rows < 1) {
        if (current.length) {
          batches.push(current);
          current = [];
          bytes = 0;
          continue;
        }
        rows = 1; // one row always goes, even over the estimate
      }
      current.push({
        sheetIndex: a.sheetIndex,
        row: a.row + r,
        col: a.col,
        rowCount: rows,
        columnCount: a.columnCount,
      });
      bytes += rows * rowBytes;
      r += rows;
    }
  }
  if (current.length) batches.push(current);
  return batches;
}

/** The part of `area` outside the rectangle of `rows` × `columns` at the sheet's top-left corner. */
export function outsideCorner(area: UsedArea, rows: number, columns: number): UsedArea[] {
  const out: UsedArea[] = [];
  const bottom = area.row + area.rowCount;
  const right = area.col + area.columnCount;
  // Right of the corner, beside it.
  if (area.row < rows && right > columns) {
    const col = Math.max(area.col, columns);
    out.push({ ...area, col, columnCount: right - col, rowCount: Math.min(bottom, rows) - area.row });
  }
  // Below the corner, full width.
  if (bottom > rows) {
    const row = Math.max(area.row, rows);
    out.push({ ...area, row, rowCount: bottom - row });
  }
  return out;
}
