/** Find things on a laid-out grid the way a reader would: by text, not by position. */
import { cellAt, cellText, type SheetGrid, type WorkbookGrid } from '../../src/engine/grid';

export interface Found {
  sheet: SheetGrid;
  row: number;
  col: number;
}

/** Every cell whose trimmed text equals `text` (or matches a RegExp). */
export function findAll(grid: WorkbookGrid, text: string | RegExp): Found[] {
  const hits: Found[] = [];
  for (const sheet of grid.sheets) {
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const t = cellText(cell);
        if (typeof text === 'string' ? t === text : text.test(t)) hits.push({ sheet, row: r, col: c });
      }),
    );
  }
  return hits;
}

export function findOne(grid: WorkbookGrid, text: string | RegExp): Found {
  const hits = findAll(grid, text);
  if (hits.length !== 1) throw new Error(`expected one "${String(text)}", found ${hits.length}`);
  return hits[0];
}

/** The first cell at or below `from` (same sheet, same column) whose text matches, bounded by `limit` rows. */
export function below(from: Found, text: string, limit = 80): Found | undefined {
  for (let r = from.row + 1; r <= from.row + limit; r++) {
    if (cellText(cellAt(from.sheet, r, from.col)) === text) return { sheet: from.sheet, row: r, col: from.col };
  }
  return undefined;
}

/** Column of the header `text` within the table starting at the title cell (searched in its next 6 rows). */
export function headerCol(title: Found, text: string): number {
  for (let r = title.row; r < title.row + 6; r++) {
    const row = title.sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (cellText(row[c]) === text) return c;
  }
  throw new Error(`no header ${text}`);
}
