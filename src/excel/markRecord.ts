/** Namespace of the custom XML part that remembers what the add-in changed. */
export const MARKS_NAMESPACE = 'urn:budget-checker:marks:v1';

/** A cell's own fill: 'none' (no fill) or '#RRGGBB'. */
export type FillState = string;
export const NO_FILL: FillState = 'none';

/** One marked cell: its own fill before marking and the colour the add-in gave it. */
export interface MarkEntry {
  sheetId: string;
  sheet: string;
  address: string;
  original: FillState;
  mark: string;
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeAttribute(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The record as the XML stored in the workbook (so clearing works after the file is reopened). */
export function serializeMarks(entries: readonly MarkEntry[]): string {
  const cells = entries.map(
    (e) =>
      `<cell sheetId="${escapeAttribute(e.sheetId)}" sheet="${escapeAttribute(e.sheet)}" address="${escapeAttribute(
        e.address,
      )}" original="${escapeAttribute(e.original)}" mark="${escapeAttribute(e.mark)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><marks xmlns="${MARKS_NAMESPACE}">${cells.join('')}</marks>`;
}

/** Reads our own XML back; elements it cannot understand are ignored. */
export function parseMarks(xml: string): MarkEntry[] {
  const entries: MarkEntry[] = [];
  for (const m of xml.matchAll(/<cell\s([^>]*?)\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(/([\w:-]+)="([^"]*)"/g)) attrs.set(a[1], unescapeAttribute(a[2]));
    const sheetId = attrs.get('sheetId');
    const sheet = attrs.get('sheet');
    const address = attrs.get('address');
    const original = attrs.get('original');
    const mark = attrs.get('mark');
    if (sheetId === undefined || sheet === undefined || !address || !original || !mark) continue;
    entries.push({ sheetId, sheet, address, original, mark });
  }
  return entries;
}
