import Decimal from 'decimal.js';
import type { BudgetLabelKey } from './budgetLabels';
import { findFigureChanges } from './findFigureChanges';
import { findStatedAmounts } from './findStatedAmounts';

/**
 * What a paragraph says about a figure's change on last year, enough to work last year's figure out:
 * '预算收支安排384.34万元，较2023年预算减少130.4万元' → budgetTotal, this year 384.34, change −130.4, 2023.
 * Hebei's '其中：基本支出增加7.11万元' states the change without this year's figure (`thisYear` absent: the
 * caller takes it from the tables).
 */
export interface PreviousYearStatement {
  key: BudgetLabelKey;
  /** This year's figure as the same sentence states it, in 万元. */
  thisYear?: Decimal;
  /** This year minus last year, in 万元 (0 for 持平). */
  change: Decimal;
  /** Last year as the clause names it ('较2023年预算'); absent for '比上年'. */
  year?: number;
  /** The clause as written, for the author: '较2023年预算减少130.4万元'. */
  raw: string;
}

/** Every change on last year's budget a paragraph states, in reading order; rates and 执行数 are left out. */
export function findPreviousYearStatements(text: string): PreviousYearStatement[] {
  const found: PreviousYearStatement[] = [];
  const covered: Array<[number, number]> = [];
  for (const fc of findFigureChanges(text)) {
    const { change } = fc;
    if (change.base !== 'budget' || change.percent) continue;
    if (change.kind !== 'flat' && !change.amount) continue;
    const delta = change.amount?.value ?? new Decimal(0);
    found.push({
      key: fc.key,
      thisYear: fc.amount.value,
      change: change.kind === 'decrease' ? delta.negated() : delta,
      year: change.year,
      raw: text.slice(change.start, change.end),
    });
    covered.push([change.start, change.end]);
  }
  // Changes stated on their own ('基本支出增加7.11万元'): this year's figure comes from elsewhere.
  for (const s of findStatedAmounts(text)) {
    if (!s.change || !s.label || s.labelInherited) continue;
    if (covered.some(([a, b]) => s.amount.start >= a && s.amount.end <= b)) continue;
    const year = /(\d{4})年/.exec(text.slice(Math.max(0, s.label.end), s.amount.start))?.[1];
    found.push({
      key: s.label.key,
      change: s.change === 'decrease' ? s.amount.value.negated() : s.amount.value,
      year: year ? Number(year) : undefined,
      raw: text.slice(s.label.start, s.amount.end),
    });
  }
  return found;
}
