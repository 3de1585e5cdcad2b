import { findAmounts, normalizeParagraph, type StatedAmount } from '../findAmounts';

/** An amount with the words of its clause before it: '其中：财政拨款收入4733.14万元' → lead '财政拨款收入'. */
export interface ClauseAmount {
  amount: StatedAmount;
  /** Normalised words from the last , ; : 。 、 before the amount up to it, trimmed. */
  lead: string;
}

const BOUNDARY = /[,;:。、!?\n]/;

/** Every amount of a paragraph with its clause's lead, in reading order. */
export function clauseAmounts(text: string): ClauseAmount[] {
  const s = normalizeParagraph(text);
  return findAmounts(text).map((amount) => {
    let i = amount.start;
    while (i > 0 && !BOUNDARY.test(s[i - 1])) i--;
    return { amount, lead: s.slice(i, amount.start).trim() };
  });
}

/** The first amount whose lead matches `pattern` (tested against the whole lead). */
export function amountLed(amounts: readonly ClauseAmount[], pattern: RegExp): ClauseAmount | undefined {
  return amounts.find((a) => pattern.test(a.lead));
}
