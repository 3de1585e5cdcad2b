import type { Finding } from '../../findings';
import type { TableKind } from '../../tableKinds';
import type { Figure } from '../../tables/types';
import { compareFigureTotals } from '../../tolerance';
import { formatIn } from '../../units';
import type { CheckContext, Rule } from '../rule';
import { comparisonMessage } from '../sumFinding';

export interface CrossCheck {
  rule: Rule;
  ctx: CheckContext;
  /** Table of the first stated cell. */
  table: TableKind;
  /** The figures judged more likely wrong (the more derived table's), named first. */
  stated: readonly Figure[];
  /** The figures they must agree with; empty means zero (no counterpart row). */
  reference: readonly Figure[];
  describe: string;
}

/**
 * One figure stated in two tables, or a sum in one table against figures in another, each converted to the first
 * stated figure's unit. One non-zero figure on each side is the same figure stated twice: any difference is an
 * error (across 元 and 万元, the 元 figure rounded to 0.01万 must be the 万元 one). When either side is a sum of
 * several non-zero rounded figures, the gap may be 尾差: inside half of each figure's rounding step (0.005 each in
 * 万元, nothing for 元 to the fen) it is info (error in strict mode).
 */
export function crossFinding(c: CrossCheck): Finding | null {
  const cmp = compareFigureTotals(c.stated, c.reference);
  if (cmp.status === 'equal') return null;
  const severity = cmp.status === 'rounding' ? (c.ctx.options.strict ? 'error' : 'info') : c.rule.severity;
  return {
    ruleId: c.rule.id,
    family: c.rule.family,
    severity,
    message: comparisonMessage(cmp, c.describe),
    cells: [...c.stated.map((f) => f.cell), ...c.reference.map((f) => f.cell)],
    table: c.table,
    expected: formatIn(cmp.expected),
    actual: formatIn(cmp.actual),
  };
}

export function presentFigures(figures: ReadonlyArray<Figure | undefined>): Figure[] {
  return figures.filter((f): f is Figure => f !== undefined);
}
