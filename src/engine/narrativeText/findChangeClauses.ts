import Decimal from 'decimal.js';
import { findAmounts, normalizeParagraph, type StatedAmount } from './findAmounts';

export type ChangeKind = 'increase' | 'decrease' | 'flat';

/** A rate as printed: '77.70 %' → 77.70 with 2 decimals. */
export interface StatedPercent {
  value: Decimal;
  decimals: number;
  raw: string;
}

/**
 * '比2024年预算减少2,389.52万元', '与2024年预算持平', '比2022年预算执行数增加77.70%': a figure's change on last year
 * as a sentence states it right after the figure.
 */
export interface ChangeClause {
  kind: ChangeKind;
  year: number;
  /** What last year's figure is: its budget ('2024年预算') or the budget's execution ('2024年预算执行数'). */
  base: 'budget' | 'execution';
  /** The change in money ('增加1421.25万元'); absent for 持平 and for rates. */
  amount?: StatedAmount;
  /** The change as a rate ('增加77.70%'). */
  percent?: StatedPercent;
  start: number;
  end: number;
}

/**
 * '比|与|较 YYYY年 [(上一年度，下同)] 预算[执行数] [相比] 增加|减少|持平 [X万元|P%]'. Offsets are in the normalised
 * text, which keeps the original's offsets (normalizeParagraph maps one character to one).
 */
const CLAUSE =
  /(?:比|与|较)\s*(\d{4})\s*年(?:度)?\s*(?:\([^)]{0,20}\))?\s*(?:当年)?(预算执行数|预算|执行数)?(?:相比)?\s*(?:同比)?(增加|增长|上升|减少|下降|降低|持平)(?:\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(%|万元|元))?/g;

const INCREASE = new Set(['增加', '增长', '上升']);

function kindOf(word: string): ChangeKind {
  if (word === '持平') return 'flat';
  return INCREASE.has(word) ? 'increase' : 'decrease';
}

/** Every change clause of a paragraph, in reading order. */
export function findChangeClauses(text: string): ChangeClause[] {
  const s = normalizeParagraph(text);
  const amounts = findAmounts(text);
  const found: ChangeClause[] = [];
  for (const m of s.matchAll(CLAUSE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const clause: ChangeClause = {
      kind: kindOf(m[3]),
      year: Number(m[1]),
      base: m[2] && m[2] !== '预算' ? 'execution' : 'budget',
      start,
      end,
    };
    if (m[5] === '%') {
      const number = m[4].replace(/,/g, '');
      clause.percent = {
        value: new Decimal(number),
        decimals: /\.(\d+)/.exec(number)?.[1].length ?? 0,
        raw: text.slice(start + m[0].lastIndexOf(m[4]), end),
      };
    } else if (m[5]) {
      clause.amount = amounts.find((a) => a.end === end);
    }
    found.push(clause);
  }
  return found;
}
