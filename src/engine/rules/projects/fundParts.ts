import type { Finding } from '../../findings';
import type { Figure } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { partSumFinding } from '../partSum';

/**
 * A form's total against the 其中 parts it prints (a part the form does not print is left out, never read as 0).
 * `restated` is another cell stating the same total: when it agrees with the total, the total is confirmed and the
 * parts are named first, as the more likely wrong.
 */
export function fundPartsFinding(c: {
  rule: Rule;
  ctx: CheckContext;
  total: Figure;
  parts: ReadonlyArray<Figure | undefined>;
  restated?: Figure;
  describe: string;
}): Finding | null {
  const parts = c.parts.filter((p): p is Figure => p !== undefined);
  if (parts.length === 0) return null;
  const finding = partSumFinding({
    rule: c.rule,
    ctx: c.ctx,
    table: 'project_performance',
    total: c.total,
    parts,
    describe: c.describe,
  });
  if (!finding) return null;
  const confirmed = c.restated !== undefined && c.restated.value.eq(c.total.value);
  if (!confirmed) return finding;
  // partSumFinding names the total, the non-zero parts, then the zero parts: move the total after the non-zero ones.
  const nonZero = parts.filter((p) => !p.value.isZero()).length;
  const [totalCell, ...rest] = finding.cells;
  return { ...finding, cells: [...rest.slice(0, nonZero), totalCell, ...rest.slice(nonZero)] };
}
