import Decimal from 'decimal.js';
import { toHalfWidth } from '../amount';

/** An amount written in a paragraph, e.g. '384.34万元' or '0元', converted to 万元. */
export interface StatedAmount {
  /** The amount in 万元 ('0元' → 0, '5000元' → 0.5). */
  value: Decimal;
  /** The text as written, number and unit, e.g. '2.4万元'. */
  raw: string;
  unit: '万元' | '元';
  /** Offset of the first digit in the paragraph. */
  start: number;
  /** Offset just after the unit. */
  end: number;
}

const TEN_THOUSAND = new Decimal(10000);

/**
 * A number followed by 万元 or 元. The look-behind keeps list numbering and decimals whole:
 * in '1.3万元2、水费' the amount is '1.3万元', never '3万元'.
 */
const AMOUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|元)/g;

/**
 * Normalise a paragraph for matching: full-width digits and punctuation to ASCII. The mapping is
 * one character for one character, so offsets found in the result are offsets in the original.
 */
export function normalizeParagraph(text: string): string {
  return toHalfWidth(text);
}

/** Every amount with a 万元/元 unit in a paragraph, in reading order, with its offsets. */
export function findAmounts(text: string): StatedAmount[] {
  const s = normalizeParagraph(text);
  const found: StatedAmount[] = [];
  for (const m of s.matchAll(AMOUNT)) {
    const start = m.index ?? 0;
    const unit = m[3] as '万元' | '元';
    const number = new Decimal(m[1].replace(/,/g, '') + (m[2] ?? ''));
    found.push({
      value: unit === '元' ? number.dividedBy(TEN_THOUSAND) : number,
      raw: text.slice(start, start + m[0].length),
      unit,
      start,
      end: start + m[0].length,
    });
  }
  return found;
}
