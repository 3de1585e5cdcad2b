import type { Finding } from '../findings';
import type { Figure } from '../tables/types';
import { sameFinding, sumFinding, type SumCheck } from './sumFinding';
import { stateRelation } from '../relations/stateRelation';
import { termOf } from './sumFinding';

/**
 * sumFinding, with the parts that are zero named after the others: a blank (zero) part is exactly zero and carries
 * no rounding, so it must not widen the 尾差 envelope, but it is still a term of the relation (a blank cell may be
 * the one wrong). A total with at most one non-zero part restates that part: no envelope, any difference is a
 * mismatch.
 */
export function partSumFinding(c: SumCheck): Finding | null {
  const parts: Figure[] = [];
  const zeros: Figure[] = [];
  for (const p of c.parts) (p.value.isZero() ? zeros : parts).push(p);
  if (parts.length <= 1) {
    // A computed zero is exact, in the total's unit.
    const reference = parts[0] ?? { value: c.total.value.minus(c.total.value), unit: c.total.unit };
    // Fields named, not spread: checks of many shapes come here, and a spread of them is slow.
    const { rule, ctx, table, describe, extraCells } = c;
    return sameFinding({ rule, ctx, table, stated: c.total, reference, describe, extraCells, exact: zeros });
  }
  if (zeros.length === 0) return sumFinding(c);
  const relation = stateRelation({
    rule: c.rule,
    ctx: c.ctx,
    terms: [termOf(c.total, 1), ...parts.map((p) => termOf(p, -1)), ...zeros.map((p) => termOf(p, -1, true))],
    rounding: 'envelope',
    describe: c.describe,
    table: c.table,
    extraCells: c.extraCells,
  });
  return relation.finding ?? null;
}
