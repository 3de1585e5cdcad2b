import { fromA1, toA1 } from '../engine/grid';
import { columnRuns, joinAddresses } from './cellAddress';
import { escapeAttribute, unescapeAttribute } from './xmlAttribute';

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

function xmlOf(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><marks xmlns="${MARKS_NAMESPACE}">${body}</marks>`;
}

/**
 * The record as the XML stored in the workbook (so clearing works after the file is reopened): per
 * sheet, per original fill and mark, the cells as column runs ('B2:B40,C5'), a few bytes a cell.
 * `maxChars` splits it into several parts so that no single part passes the request payload limit.
 */
export function serializeMarkParts(entries: readonly MarkEntry[], maxChars = Infinity): string[] {
  const groups = new Map<string, { sheetId: string; sheet: string; original: string; mark: string; cells: string[] }>();
  for (const e of entries) {
    const key = JSON.stringify([e.sheetId, e.sheet, e.original, e.mark]);
    const g = groups.get(key) ?? { sheetId: e.sheetId, sheet: e.sheet, original: e.original, mark: e.mark, cells: [] };
    g.cells.push(e.address);
    groups.set(key, g);
  }
  const elements: string[] = [];
  for (const g of groups.values()) {
    const open = `<cells sheetId="${escapeAttribute(g.sheetId)}" sheet="${escapeAttribute(g.sheet)}" original="${escapeAttribute(
      g.original,
    )}" mark="${escapeAttribute(g.mark)}">`;
    // A long list becomes several elements, so that any element fits in a part.
    for (const chunk of joinAddresses(columnRuns(g.cells), Math.max(1000, Math.floor(maxChars / 2)))) {
      elements.push(`${open}${chunk}</cells>`);
    }
  }
  const parts: string[] = [];
  let body = '';
  for (const el of elements) {
    if (body && body.length + el.length > maxChars) {
      parts.push(xmlOf(body));
      body = '';
    }
    body += el;
  }
  if (body || parts.length === 0) parts.push(xmlOf(body));
  return parts;
}

/** The whole record as one part. */
export function serializeMarks(entries: readonly MarkEntry[]): string {
  return serializeMarkParts(entries)[0];
}

/** 'B2:B4' → B2, B3, B4 (runs are one column, as columnRuns writes them); anything else as it is. */
function expandRun(run: string): string[] {
  const [from, to] = run.split(':');
  if (!to) return [from];
  try {
    const a = fromA1(from);
    const b = fromA1(to);
    const out: string[] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(toA1(r, c));
    return out;
  } catch {
    return [];
  }
}

function attributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const a of text.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs.set(a[1], unescapeAttribute(a[2]));
  return attrs;
}

/** Reads our own XML back; elements it cannot understand are ignored. */
export function parseMarks(xml: string): MarkEntry[] {
  const entries: MarkEntry[] = [];
  for (const m of xml.matchAll(/<cells\s([^>]*)>([^<]*)<\/cells>/g)) {
    const attrs = attributes(m[1]);
    const sheetId = attrs.get('sheetId');
    const sheet = attrs.get('sheet');
    const original = attrs.get('original');
    const mark = attrs.get('mark');
    if (sheetId === undefined || sheet === undefined || !original || !mark) continue;
    for (const run of m[2].split(',').filter((r) => r.trim() !== '')) {
      for (const address of expandRun(run.trim())) entries.push({ sheetId, sheet, address, original, mark });
    }
  }
  // One <cell> element per cell: the form written before the record was compacted.
  for (const m of xml.matchAll(/<cell\s([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1]);
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
