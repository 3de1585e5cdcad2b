import type { Finding } from '../../findings';
import type { TableKind } from '../../tableKinds';
import type { Figure } from '../../tables/types';
import { stateRelation } from '../../relations/stateRelation';
import type { RelationOperator } from '../../relations/types';
import type { CheckContext, Rule } from '../rule';
import { termOf } from '../sumFinding';

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
  /** 'le': the stated figures are a part no larger than the reference (only an excess is reported). */
  operator?: RelationOperator;
}

/**
 * One figure stated in two tables, or a sum in one table against figures in another, each converted to the first
 * stated figure's unit. One non-zero figure on each side is the same figure stated twice: any difference is an
 * error (across 元 and 万元, the 元 figure rounded to 0.01万 must be the 万元 one). When either side is a sum of
 * several non-zero rounded figures, the gap may be 尾差: inside half of each figure's rounding step (0.005 each in
 * 万元, nothing for 元 to the fen) it is info (error in strict mode).
 */
export function crossFinding(c: CrossCheck): Finding | null {
  const nonZero = (fs: readonly Figure[]) => fs.filter((f) => !f.value.isZero()).length;
  // One non-zero figure on each side is one figure stated twice; a zero is exact either way.
  const same = nonZero(c.stated) <= 1 && nonZero(c.reference) <= 1;
  const term = (f: Figure, coefficient: 1 | -1) => termOf(f, coefficient, f.value.isZero());
  const relation = stateRelation({
    rule: c.rule,
    ctx: c.ctx,
    terms: [...c.stated.map((f) => term(f, 1)), ...c.reference.map((f) => term(f, -1))],
    operator: c.operator,
    rounding: same && c.operator !== 'le' ? 'coarser' : 'envelope',
    describe: c.describe,
    table: c.table,
  });
  return relation.finding ?? null;
}

export function presentFigures(figures: ReadonlyArray<Figure | undefined>): Figure[] {
  return figures.filter((f): f is Figure => f !== undefined);
}
