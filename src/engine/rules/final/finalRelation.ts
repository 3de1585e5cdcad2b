import type { Finding } from '../../findings';
import { stateRelation } from '../../relations/stateRelation';
import type { RelationOperator } from '../../relations/types';
import type { TableKind } from '../../tableKinds';
import type { Figure } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { termOf } from '../sumFinding';

export interface SignedRelation {
  rule: Pick<Rule, 'id' | 'family' | 'severity'>;
  ctx: CheckContext;
  /** Table of the first left figure (the one judged more likely wrong). */
  table: TableKind;
  /**
   * Σ left compared with Σ right. Undefined entries (a row or column the workbook does not print) are left out of
   * the sum; an empty right side is zero. A caller whose relation needs a figure checks it is there first.
   */
  left: ReadonlyArray<Figure | undefined>;
  right: ReadonlyArray<Figure | undefined>;
  /** 'le': Σ left is a part no larger than Σ right. */
  operator?: RelationOperator;
  describe: string;
  extraCells?: Finding['cells'];
}

/**
 * State Σ left = Σ right (or ≤) as one relation. One non-zero figure on each side is one figure stated twice (no
 * 尾差 envelope); more make it a sum, whose envelope counts only the non-zero figures: a blank or 0.00 cell is exact,
 * so the zero style of a table never changes the result. Returns the finding when the relation does not hold.
 */
export function relateFigures(r: SignedRelation): Finding | null {
  const present = (fs: ReadonlyArray<Figure | undefined>) => fs.filter((f): f is Figure => f !== undefined);
  const left = present(r.left);
  const right = present(r.right);
  if (left.length === 0) return null;
  const relation = stateRelation({
    rule: r.rule,
    ctx: r.ctx,
    terms: [...left.map((f) => termOf(f, 1, f.value.isZero())), ...right.map((f) => termOf(f, -1, f.value.isZero()))],
    operator: r.operator,
    // evaluateRelation compares one figure per side as the same figure and falls back to the envelope otherwise.
    rounding: 'coarser',
    describe: r.describe,
    table: r.table,
    extraCells: r.extraCells,
  });
  return relation.finding ?? null;
}

/** Collects the findings of a rule's relations. */
export function findingList(): { findings: Finding[]; push: (f: Finding | null) => void } {
  const findings: Finding[] = [];
  return { findings, push: (f) => void (f && findings.push(f)) };
}
