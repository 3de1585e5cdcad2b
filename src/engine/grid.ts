/**
 * The workbook as the engine sees it: sheets of cells with raw value, displayed text and formula.
 * Filled by the Office.js adapter (src/excel) in Excel and by ExcelJS (src/cli) on the command line,
 * so it holds only plain data.
 */

/** One cell. Rows and columns are 0-based absolute positions on the sheet (A1 is row 0, col 0). */
export interface GridCell {
  /** Raw value: a number, a string, a boolean, or null for an empty cell. Dates arrive as their text. */
  value: number | string | boolean | null;
  /** What Excel displays (number format applied). Falls back to String(value) when unknown. */
  text?: string;
  /** The formula, with its leading '=', when the cell holds one. */
  formula?: string;
  /** An Excel error value such as '#REF!' or '#VALUE!' when the cell holds one. */
  error?: string;
  /** The cell's number format, when known. */
  numberFormat?: string;
}

/** A merged area, 0-based inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  name: string;
  /** rows[r][c]; missing rows or cells are empty. */
  rows: Array<Array<GridCell | undefined> | undefined>;
  merges: CellRange[];
  hiddenRows?: number[];
  visibility?: SheetVisibility;
}

export interface WorkbookGrid {
  /** Where the grid came from (file name, or the Excel document), for messages only. */
  source?: string;
  sheets: SheetGrid[];
}

/** A reference to one cell, as findings and typed tables carry it. */
export interface CellRef {
  sheet: string;
  /** A1 address without sheet, e.g. 'D6'. */
  address: string;
}

export function cellAt(sheet: SheetGrid, row: number, col: number): GridCell | undefined {
  const r = sheet.rows[row];
  return r ? r[col] : undefined;
}

/** Displayed text of a cell, trimmed; '' for empty cells. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  if (cell.text !== undefined && cell.text !== '') return cell.text.trim();
  if (cell.value === null || cell.value === undefined) return '';
  return String(cell.value).trim();
}

export function rowCount(sheet: SheetGrid): number {
  return sheet.rows.length;
}

export function colCount(sheet: SheetGrid): number {
  let n = 0;
  for (const r of sheet.rows) if (r && r.length > n) n = r.length;
  return n;
}

/** 0-based column index to letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 'AB12' → { row: 11, col: 27 }. Throws on anything else. */
export function fromA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`不是单元格地址：${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function rangeToA1(range: CellRange): string {
  return `${toA1(range.top, range.left)}:${toA1(range.bottom, range.right)}`;
}

export function ref(sheet: string, row: number, col: number): CellRef {
  return { sheet, address: toA1(row, col) };
}
