import { escapeAttribute, unescapeAttribute } from './xmlAttribute';
/** Namespace of the custom XML part that remembers every value the add-in changed through 修正. */
export const FIXES_NAMESPACE = 'urn:budget-checker:fixes:v1';

/** A cell's value as Office.js gives it: '' for an empty cell. */
export type FixCellValue = number | string | boolean;

/**
 * One written fix: the cell, what it held before (value and number format) and what the add-in wrote.
 * `seq` orders the fixes (one number per 修正 / 全部修正 click), so that a cell fixed twice is undone
 * step by step back to what the user had.
 */
export interface FixEntry {
  seq: number;
  sheetId: string;
  sheet: string;
  address: string;
  old: FixCellValue;
  oldFormat: string;
  new: FixCellValue;
}

/**
 * Values go in as JSON: the type survives (37.1 and '37.1' differ), numbers round-trip exactly, and
 * control characters or line breaks of a text become \n / \u0001 escapes, which are legal in XML.
 */
function attributeOf(value: unknown): string {
  return escapeAttribute(JSON.stringify(value));
}

function valueOf(text: string | undefined): FixCellValue | undefined {
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : undefined;
  } catch {
    return undefined;
  }
}

function xmlOf(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><fixes xmlns="${FIXES_NAMESPACE}">${body}</fixes>`;
}

function elementOf(e: FixEntry): string {
  return (
    `<fix seq="${e.seq}" sheetId="${escapeAttribute(e.sheetId)}" sheet="${escapeAttribute(e.sheet)}"` +
    ` address="${escapeAttribute(e.address)}" old="${attributeOf(e.old)}" oldFormat="${attributeOf(e.oldFormat)}"` +
    ` new="${attributeOf(e.new)}"/>`
  );
}

/**
 * The record as XML parts, none longer than `maxChars` (a single entry longer than that gets a part of its
 * own), so that no request passes the payload limit.
 */
export function serializeFixParts(entries: readonly FixEntry[], maxChars = Infinity): string[] {
  const parts: string[] = [];
  let body = '';
  for (const el of entries.map(elementOf)) {
    if (body && body.length + el.length > maxChars) {
      parts.push(xmlOf(body));
      body = '';
    }
    body += el;
  }
  if (body || parts.length === 0) parts.push(xmlOf(body));
  return parts;
}

/** Reads our own XML back; elements it cannot understand are ignored. */
export function parseFixes(xml: string): FixEntry[] {
  const out: FixEntry[] = [];
  for (const m of xml.matchAll(/<fix\s([^>]*?)\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(/([\w:-]+)="([^"]*)"/g)) attrs.set(a[1], unescapeAttribute(a[2]));
    const seq = Number(attrs.get('seq'));
    const sheetId = attrs.get('sheetId');
    const sheet = attrs.get('sheet');
    const address = attrs.get('address');
    const old = valueOf(attrs.get('old'));
    const oldFormat = valueOf(attrs.get('oldFormat'));
    const next = valueOf(attrs.get('new'));
    if (!Number.isFinite(seq) || sheetId === undefined || sheet === undefined || !address) continue;
    if (old === undefined || typeof oldFormat !== 'string' || next === undefined) continue;
    out.push({ seq, sheetId, sheet, address, old, oldFormat, new: next });
  }
  return out;
}
