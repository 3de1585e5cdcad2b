import type { Finding } from '../findings';
import { sameFinding, sumFinding, type SumCheck } from './sumFinding';

/**
 * sumFinding, with the parts that are zero moved to extraCells: a blank (zero) part is exactly zero and carries
 * no rounding, so it must not widen the 尾差 envelope, but its cell is still named as involved. A total with at
 * most one non-zero part restates that part: no envelope, any difference is a mismatch.
 */
export function partSumFinding(c: SumCheck): Finding | null {
  const parts = c.parts.filter((p) => !p.value.isZero());
  const extraCells = [...c.parts.filter((p) => p.value.isZero()).map((p) => p.cell), ...(c.extraCells ?? [])];
  if (parts.length <= 1) {
    // A computed zero is exact, in the total's unit.
    const reference = parts[0] ?? { value: c.total.value.minus(c.total.value), unit: c.total.unit };
    return sameFinding({ rule: c.rule, table: c.table, stated: c.total, reference, describe: c.describe, extraCells });
  }
  return sumFinding({ ...c, parts, extraCells });
}
