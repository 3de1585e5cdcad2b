import Decimal from 'decimal.js';
import { findAmounts, normalizeParagraph, type StatedAmount } from '../findAmounts';

/** '增加90.09万元，增长1.94%': a change on last year in money and as a rate. */
export interface GrowthClause {
  /** The direction the money change says. */
  direction: 'increase' | 'decrease';
  change: StatedAmount;
  /** The rate and the direction its word says ('增长' / '下降'), when stated. */
  rate?: {
    direction: 'increase' | 'decrease';
    value: Decimal;
    decimals: number;
    raw: string;
    start: number;
    end: number;
  };
  start: number;
  end: number;
}

/** '减少为0.00万元，与2024年持平': a direction and 持平 said of one figure at once. */
export interface ContradictoryChange {
  raw: string;
  start: number;
  end: number;
}

const UP = /增加|增长|上升|提高/;
const GROWTH =
  /(增加|减少|增长|下降|上升|降低)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|元))(?:\s*[,]\s*(增长|下降|增加|减少|上升|降低)\s*(\d+(?:\.\d+)?)\s*%)?/g;
const BOTH = /(增加|减少|增长|下降)为?[^;。,]{0,15},?[^;。,]{0,15}持平/g;

const directionOf = (word: string): 'increase' | 'decrease' => (UP.test(word) ? 'increase' : 'decrease');

/** Every '增加/减少X万元[，增长/下降P%]' of a paragraph ('减少为X万元' states the new figure, not a change). */
export function readGrowthClauses(text: string): GrowthClause[] {
  const s = normalizeParagraph(text);
  const amounts = findAmounts(text);
  const found: GrowthClause[] = [];
  for (const m of s.matchAll(GROWTH)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const change = amounts.find((a) => a.start >= start && a.end <= end);
    if (!change) continue;
    const clause: GrowthClause = { direction: directionOf(m[1]), change, start, end };
    if (m[3] && m[4]) {
      const rateStart = start + m[0].lastIndexOf(m[4]);
      clause.rate = {
        direction: directionOf(m[3]),
        value: new Decimal(m[4]),
        decimals: /\.(\d+)/.exec(m[4])?.[1].length ?? 0,
        raw: text.slice(rateStart, end),
        start: rateStart,
        end,
      };
    }
    found.push(clause);
  }
  return found;
}

/** Every '增加/减少…持平' of a paragraph: a figure said to change and to stay the same. */
export function readContradictoryChanges(text: string): ContradictoryChange[] {
  const s = normalizeParagraph(text);
  return [...s.matchAll(BOTH)].map((m) => {
    const start = m.index ?? 0;
    return { raw: text.slice(start, start + m[0].length), start, end: start + m[0].length };
  });
}
