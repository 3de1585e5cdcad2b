import { columnLetters, type CellRange } from '../../engine/grid';

/** Sheet size of current Excel. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Split 'Sheet1!A1:B2' or "'My sheet'!A1" into sheet name (unquoted) and the local part. */
export function splitSheetAddress(address: string): { sheet?: string; local: string } {
  const trimmed = address.trim();
  const bang = trimmed.lastIndexOf('!');
  if (bang < 0) return { local: trimmed };
  let sheet = trimmed.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: trimmed.slice(bang + 1) };
}

/** Split a union address 'A1:B2, D4' at commas outside quoted sheet names. */
export function splitUnionAddress(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== '');
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** 'A1', '$A$1', 'A1:C3', 'A:C', '3:5' → a rectangle (0-based, inclusive). Throws InvalidArgument-like errors. */
export function parseRectangle(local: string): CellRange | undefined {
  const s = local.replace(/\$/g, '').toUpperCase();
  const [a, b = a] = s.split(':');
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^(\d+)$/;
  let ma = cell.exec(a);
  let mb = cell.exec(b);
  if (ma && mb) {
    const r1 = Number(ma[2]) - 1;
    const r2 = Number(mb[2]) - 1;
    const c1 = columnIndex(ma[1]);
    const c2 = columnIndex(mb[1]);
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS || c1 >= MAX_COLUMNS || c2 >= MAX_COLUMNS)
      return undefined;
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  ma = col.exec(a);
  mb = col.exec(b);
  if (ma && mb && s.includes(':')) {
    const c1 = columnIndex(ma[1]);
    const c2 = columnIndex(mb[1]);
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  const ra = row.exec(a);
  const rb = row.exec(b);
  if (ra && rb && s.includes(':')) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: MAX_COLUMNS - 1 };
  }
  return undefined;
}

/** Excel quotes sheet names that are not plain identifiers: 'My sheet'!A1, '1表'!A1. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function localAddress(rect: CellRange): string {
  const a = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** 'Sheet1!A1:B2' as Excel's range.address reports it. */
export function sheetAddress(sheet: string, rect: CellRange): string {
  return `${quoteSheetName(sheet)}!${localAddress(rect)}`;
}

export function rectCellCount(rect: CellRange): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
