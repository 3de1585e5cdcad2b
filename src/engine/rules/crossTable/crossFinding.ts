import Decimal from 'decimal.js';
import { formatWan } from '../../amount';
import type { Finding } from '../../findings';
import type { TableKind } from '../../tableKinds';
import type { Figure } from '../../tables/types';
import { roundingEnvelope } from '../../tolerance';
import type { CheckContext, Rule } from '../rule';

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

const sumOf = (figures: readonly Figure[]) => figures.reduce((a, f) => a.plus(f.value), new Decimal(0));

/**
 * One figure stated in two tables, or a sum in one table against figures in another.
 * One non-zero figure on each side is the same figure stated twice: any difference is an error. When either
 * side is a sum of several non-zero rounded figures, the gap may be 尾差: inside 0.005 × (non-zero figures)
 * — the compareSum envelope of n parts and their total — it is info (error in strict mode).
 */
export function crossFinding(c: CrossCheck): Finding | null {
  const stated = sumOf(c.stated);
  const reference = sumOf(c.reference);
  const difference = stated.minus(reference);
  if (difference.isZero()) return null;
  const nonZeroStated = c.stated.filter((f) => !f.value.isZero()).length;
  const nonZeroReference = c.reference.filter((f) => !f.value.isZero()).length;
  const sameFigure = nonZeroStated <= 1 && nonZeroReference <= 1;
  const rounding =
    !sameFigure && difference.abs().lte(roundingEnvelope(Math.max(nonZeroStated + nonZeroReference - 1, 0)));
  const severity = rounding ? (c.ctx.options.strict ? 'error' : 'info') : c.rule.severity;
  const gap = `${difference.isNegative() ? '' : '+'}${formatWan(difference)}`;
  return {
    ruleId: c.rule.id,
    family: c.rule.family,
    severity,
    message: `${rounding ? '尾差：' : ''}${c.describe}：应为 ${formatWan(reference)}，实为 ${formatWan(stated)}（差额 ${gap}）`,
    cells: [...c.stated.map((f) => f.cell), ...c.reference.map((f) => f.cell)],
    table: c.table,
    expected: formatWan(reference),
    actual: formatWan(stated),
  };
}

export function presentFigures(figures: ReadonlyArray<Figure | undefined>): Figure[] {
  return figures.filter((f): f is Figure => f !== undefined);
}
