import Decimal from 'decimal.js';
import type { GridCell } from './grid';

/**
 * What an amount cell holds. Published tables write zero in many ways (blank, 0, 0.00, -, ——),
 * store figures as text with separators or full-width digits, and sometimes hold error values.
 */
export type AmountKind = 'blank' | 'number' | 'error' | 'invalid';

export interface Amount {
  kind: AmountKind;
  /** The amount; zero for blank, error and invalid cells so sums stay defined. */
  value: Decimal;
  /** The text the amount was read from, for messages. */
  raw: string;
  /** Digits after the decimal point as written (0 for integers and blanks). */
  decimals: number;
  /** True when a numeric figure was stored as text in the cell. */
  storedAsText: boolean;
  /** Decimals the cell's number format prints, when it has one ('#,##0.00' → 2). */
  printedDecimals?: number;
}

const ZERO = new Decimal(0);

/** Strings that published tables use for "nothing here", read as zero. */
const ZERO_MARKS = new Set(['', '-', '－', '—', '——', '–', '/', '／', '无']);

/** Every character toHalfWidth changes: full-width ASCII (U+FF01–FF5E) and the ideographic space. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g;

function halfWidthOf(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
}

/** Full-width digits and punctuation to ASCII. */
export function toHalfWidth(text: string): string {
  // Most cells hold none: no copy (this runs for every cell the recognizer reads), and one pass when there are.
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, halfWidthOf) : text;
}

/**
 * Parse an amount written as text. Accepts thousands separators, full-width digits, surrounding
 * spaces, a trailing 元/万元, and accounting negatives "(12.30)". Returns null when it is not an amount.
 */
export function parseAmountText(text: string): { value: Decimal; decimals: number } | null {
  let s = toHalfWidth(text).replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  s = s.replace(/(万元|万|元)$/, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(s) || !/\d/.test(s)) return null;
  s = s.replace(/,/g, '');
  const dot = s.indexOf('.');
  const decimals = dot >= 0 ? s.length - dot - 1 : 0;
  let value = new Decimal(s);
  if (negative) value = value.negated();
  return { value, decimals };
}

/** Decimals of a JS number as Excel would show it at full precision (15 significant digits). */
function decimalsOfNumber(n: number): { value: Decimal; decimals: number } {
  // Excel keeps 15 significant digits; 0.1+0.2 style noise beyond that is not the user's figure.
  const d = new Decimal(n.toPrecision(15));
  // The digits after the point of d.toFixed(), without writing it out (this runs for every number cell).
  return { value: d, decimals: d.decimalPlaces() };
}

/** Read an amount from a cell. Never throws. */
export function parseAmount(cell: GridCell | undefined): Amount {
  if (!cell) return { kind: 'blank', value: ZERO, raw: '', decimals: 0, storedAsText: false };
  if (cell.error) return { kind: 'error', value: ZERO, raw: cell.error, decimals: 0, storedAsText: false };
  const v = cell.value;
  if (v === null || v === undefined) {
    return { kind: 'blank', value: ZERO, raw: '', decimals: 0, storedAsText: false };
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', value: ZERO, raw: String(v), decimals: 0, storedAsText: false };
    const { value, decimals } = decimalsOfNumber(v);
    return { kind: 'number', value, raw: cell.text ?? String(v), decimals, storedAsText: false };
  }
  if (typeof v === 'boolean') {
    return { kind: 'invalid', value: ZERO, raw: String(v).toUpperCase(), decimals: 0, storedAsText: false };
  }
  const raw = String(v);
  const trimmed = toHalfWidth(raw).trim();
  if (
    /^#[A-Z0-9/!?.]+[!?A-Z0-9]$/i.test(trimmed) &&
    /^#(REF|VALUE|DIV\/0|N\/A|NAME|NUM|NULL|SPILL|CALC|GETTING_DATA)/i.test(trimmed)
  ) {
    return { kind: 'error', value: ZERO, raw: trimmed, decimals: 0, storedAsText: false };
  }
  if (ZERO_MARKS.has(trimmed)) return { kind: 'blank', value: ZERO, raw, decimals: 0, storedAsText: false };
  const parsed = parseAmountText(raw);
  if (!parsed) return { kind: 'invalid', value: ZERO, raw, decimals: 0, storedAsText: false };
  return { kind: 'number', value: parsed.value, raw, decimals: parsed.decimals, storedAsText: true };
}

/** Amount in 万元 two decimals, as the tables and text print it: 334.5 → '334.50'. */
export function formatWan(value: Decimal): string {
  return value.toFixed(2);
}
