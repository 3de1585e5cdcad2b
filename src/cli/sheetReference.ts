/** A rectangle of a workbook-level name, e.g. "'情况说明'!$A$70:$A$85": its sheet and 1-based bounds (as ExcelJS counts). */
export interface SheetRange {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "'情况说明'!$A$70:$A$85" → sheet and bounds; undefined for anything else (several areas, #REF!). */
export function parseReference(reference: string): SheetRange | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(reference);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const top = Number(m[4]);
  const left = columnNumber(m[3]);
  return { sheet, top, left, bottom: m[6] ? Number(m[6]) : top, right: m[5] ? columnNumber(m[5]) : left };
}

/** A sheet name as written inside a reference: quoted, an apostrophe doubled. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
