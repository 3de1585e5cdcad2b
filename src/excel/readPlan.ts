/** A block of rows of one sheet's used range, read in one request. */
export interface ReadChunk {
  sheetIndex: number;
  /** Absolute 0-based row and column of the chunk's top-left cell. */
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
}

export interface UsedArea {
  sheetIndex: number;
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Cuts the used ranges into row chunks and packs them into batches (one sync each) whose estimated
 * size stays under the budget. Small workbooks give one batch whatever the number of sheets.
 */
export function planReads(areas: readonly UsedArea[], bytesPerCell: number, budgetBytes: number): ReadChunk[][] {
  const cellsPerBatch = Math.max(1, Math.floor(budgetBytes / bytesPerCell));
  const chunks: ReadChunk[] = [];
  for (const a of areas) {
    const rowsPerChunk = Math.max(1, Math.floor(cellsPerBatch / a.columnCount));
    for (let r = 0; r < a.rowCount; r += rowsPerChunk) {
      chunks.push({
        sheetIndex: a.sheetIndex,
        row: a.row + r,
        col: a.col,
        rowCount: Math.min(rowsPerChunk, a.rowCount - r),
        columnCount: a.columnCount,
      });
    }
  }
  const batches: ReadChunk[][] = [];
  let current: ReadChunk[] = [];
  let cells = 0;
  for (const c of chunks) {
    const n = c.rowCount * c.columnCount;
    if (current.length && cells + n > cellsPerBatch) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(c);
    cells += n;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** A chunk cut in two halves by rows, for a retry after Excel refused the payload. */
export function halve(chunk: ReadChunk): ReadChunk[] {
  if (chunk.rowCount < 2) return [chunk];
  const top = Math.floor(chunk.rowCount / 2);
  return [
    { ...chunk, rowCount: top },
    { ...chunk, row: chunk.row + top, rowCount: chunk.rowCount - top },
  ];
}
