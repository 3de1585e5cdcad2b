import Decimal from 'decimal.js';
import { findAmounts, normalizeParagraph, type StatedAmount } from '../findAmounts';

/** A percentage the text states, with what it is a share or a rate of. */
export interface StatedRate {
  /** 'share': '占P%' of a whole; 'completion': '完成（年初）预算的P%'. */
  kind: 'share' | 'completion';
  /** The whole a share names ('占本年支出合计的P%' → '本年支出合计'); absent for a plain '占P%'. */
  of?: string;
  value: Decimal;
  /** Decimals as printed: '0%' → 0, '98.20%' → 2. */
  decimals: number;
  /** The percentage as written, e.g. '71.73%'. */
  raw: string;
  start: number;
  end: number;
  /** The amount stated right before in the same sentence ('2106.66万元，占71.73%'). */
  amount?: StatedAmount;
}

const RATE =
  /(?:占\s*(?:(本年支出合计|本年收入合计|[^,;:。%\d]{2,12}?)的)?|完成\s*(?:年初|全年)?\s*预算(?:数)?的?)\s*(\d+(?:\.\d+)?)\s*%/g;

/** Every '占P%' and '完成预算的P%' of a paragraph, in reading order. */
export function readPercents(text: string): StatedRate[] {
  const s = normalizeParagraph(text);
  const amounts = findAmounts(text);
  const found: StatedRate[] = [];
  for (const m of s.matchAll(RATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const number = m[2];
    const before = amounts.filter((a) => a.end <= start && !/[;。]/.test(s.slice(a.end, start)));
    const rate: StatedRate = {
      kind: m[0].startsWith('占') ? 'share' : 'completion',
      value: new Decimal(number),
      decimals: /\.(\d+)/.exec(number)?.[1].length ?? 0,
      raw: text.slice(end - m[0].length + m[0].lastIndexOf(number), end),
      start,
      end,
    };
    if (m[1]) rate.of = m[1];
    const amount = before[before.length - 1];
    if (amount) rate.amount = amount;
    found.push(rate);
  }
  return found;
}
