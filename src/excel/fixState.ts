import { MARK_PAYLOAD_SHARE, PAYLOAD_SAFETY, type ResolvedAdapterOptions } from './adapterOptions';
import { FIXES_NAMESPACE, parseFixes, serializeFixParts, type FixCellValue, type FixEntry } from './fixRecord';
import { indexSheets, type SheetInfo } from './markState';
import { REQUEST_COSTS } from './requestCosts';
import { jsonBytes, SyncBudget } from './syncBudget';

/** The sheets and the earlier fix record, as 修正 and 撤销修正 start from. */
export interface FixState {
  sheetsByName: Map<string, SheetInfo>;
  sheetsById: Map<string, SheetInfo>;
  parts: Excel.CustomXmlPart[];
  entries: FixEntry[];
}

/**
 * One sync for the sheets and our record (read in the same sync through getOnlyItemOrNullObject); a
 * workbook holding several record parts (a record too big for one request) costs one more sync per part,
 * as each part may take most of a response.
 */
export async function loadFixState(context: Excel.RequestContext): Promise<FixState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/protection/protected');
  const parts = context.workbook.customXmlParts.getByNamespace(FIXES_NAMESPACE);
  parts.load('items/id');
  const onlyXml = parts.getOnlyItemOrNullObject().getXml();
  await context.sync();

  let xmls: string[];
  if (parts.items.length === 0) xmls = [];
  else if (parts.items.length === 1) xmls = [onlyXml.value];
  else {
    xmls = [];
    for (const part of parts.items) {
      const xml = part.getXml();
      await context.sync();
      xmls.push(xml.value);
    }
  }
  const { sheetsByName, sheetsById } = indexSheets(worksheets.items);
  const seen = new Set<string>();
  const entries: FixEntry[] = [];
  for (const xml of xmls) {
    for (const e of parseFixes(xml ?? '')) {
      const k = JSON.stringify(e);
      if (seen.has(k)) continue;
      seen.add(k);
      entries.push(e);
    }
  }
  return { sheetsByName, sheetsById, parts: parts.items, entries };
}

/** The live sheet of a recorded fix: by id (survives renames), else by name. */
export function sheetOfFix(state: FixState, entry: FixEntry): SheetInfo | undefined {
  return state.sheetsById.get(entry.sheetId) ?? state.sheetsByName.get(entry.sheet.toLowerCase());
}

/** Office.js reads an empty cell as ''. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (x: unknown) => (x === null || x === undefined ? '' : x);
  return norm(a) === norm(b);
}

/** What Excel takes for the start of a formula when a string is entered, with the full-width forms an IME gives. */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D]/;
/** Texts Excel turns into something else when typed into a General cell: numbers, dates, times, percents, TRUE… */
const COERCIBLE = /^\s*([-+(¥$€£]|\d|\.\d|true\s*$|false\s*$|[a-z]{3}[-/ ]\d)/i;

/**
 * What to write through range.values so that the cell holds exactly `value` with the format `numberFormat`:
 * a number as a number; a text as text — after a leading apostrophe (which Excel consumes) when Excel would
 * otherwise read it as a formula, a number, a date or a boolean. No text can become a formula.
 */
export function cellInput(value: FixCellValue, numberFormat: string): FixCellValue {
  if (typeof value !== 'string' || value === '') return value;
  if (value.startsWith("'")) return `'${value}`;
  if (numberFormat === '@') return value;
  return FORMULA_START.test(value) || COERCIBLE.test(value) ? `'${value}` : value;
}

/** Writes the record (before any cell is changed, so a failure midway leaves it complete). */
export async function queueRecord(
  context: Excel.RequestContext,
  options: ResolvedAdapterOptions,
  budget: SyncBudget,
  entries: readonly FixEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  // A part of Chinese text costs up to 3 bytes a character: a quarter of the limit in characters fits a response.
  for (const xml of serializeFixParts(entries, options.maxPayloadBytes * PAYLOAD_SAFETY * 0.3)) {
    await budget.reserve(REQUEST_COSTS.xmlPartAdd + jsonBytes(xml));
    context.workbook.customXmlParts.add(xml);
  }
}

/** Request bytes of one single-cell range with its values/formulas/numberFormat loaded, besides the texts. */
export const CELL_LOAD_BYTES = 600;
/** Request bytes of one single-cell write of values (or numberFormat), besides the text. */
export const CELL_WRITE_BYTES = 450;

/** A budget for one sync of the fix operations. */
export function fixBudget(context: Excel.RequestContext, options: ResolvedAdapterOptions): SyncBudget {
  return new SyncBudget(context, options.maxPayloadBytes * MARK_PAYLOAD_SHARE);
}
