import Decimal from 'decimal.js';
import type { Finding } from '../findings';
import { stateRelation } from '../relations/stateRelation';
import type { RelationTerm } from '../relations/types';
import type { Figure } from '../tables/types';
import type { TableKind } from '../tableKinds';
import type { FigureUnit } from '../units';
import type { CheckContext, Rule } from './rule';

export { comparisonMessage } from '../relations/comparisonMessage';

export interface SumCheck {
  rule: Rule;
  ctx: CheckContext;
  table?: TableKind;
  /** The stated total. */
  total: Figure;
  parts: readonly Figure[];
  /** Chinese description of the relation, e.g. '“20137 网信事务”合计 应等于其下各项之和'. */
  describe: string;
  /** Extra cells to name after the total and parts (e.g. labels). */
  extraCells?: Finding['cells'];
}

/** A figure as a term of a relation. */
export function termOf(figure: Figure, coefficient: 1 | -1, exact?: boolean): RelationTerm {
  return exact ? { figure, coefficient, exact } : { figure, coefficient };
}

/** A Σ-parts check with the 尾差 envelope of the figures' units; null when the figures agree. */
export function sumFinding(c: SumCheck): Finding | null {
  const relation = stateRelation({
    rule: c.rule,
    ctx: c.ctx,
    terms: [termOf(c.total, 1), ...c.parts.map((p) => termOf(p, -1))],
    rounding: 'envelope',
    describe: c.describe,
    table: c.table,
    extraCells: c.extraCells,
  });
  return relation.finding ?? null;
}

/**
 * The same figure stated twice (no envelope; in two units, equal when the finer rounds to the coarser); null when
 * equal. `stated` is the one named first; a reference without a cell (a computed zero) is no term: the relation
 * compares stated with zero. `exactCells` are zero figures named as terms after the reference.
 */
export function sameFinding(c: {
  rule: Rule;
  ctx?: CheckContext;
  table?: TableKind;
  stated: Figure;
  reference: Figure | { value: Decimal; cell?: undefined; unit?: FigureUnit };
  describe: string;
  extraCells?: Finding['cells'];
  exact?: readonly Figure[];
}): Finding | null {
  const reference = c.reference.cell ? [termOf(c.reference, -1)] : [];
  const relation = stateRelation({
    rule: c.rule,
    ctx: c.ctx,
    terms: [termOf(c.stated, 1), ...reference, ...(c.exact ?? []).map((f) => termOf(f, -1, true))],
    rounding: 'coarser',
    describe: c.describe,
    table: c.table,
    extraCells: c.extraCells,
  });
  return relation.finding ?? null;
}
