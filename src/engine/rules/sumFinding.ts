import type Decimal from 'decimal.js';
import { formatWan } from '../amount';
import type { Finding } from '../findings';
import { compareSame, compareSum, type SumComparison } from '../tolerance';
import type { Figure } from '../tables/types';
import type { TableKind } from '../tableKinds';
import type { CheckContext, Rule } from './rule';

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

function severityFor(cmp: SumComparison, ctx: CheckContext, rule: Rule): Finding['severity'] | null {
  if (cmp.status === 'equal') return null;
  if (cmp.status === 'rounding') return ctx.options.strict ? 'error' : 'info';
  return rule.severity;
}

function messageFor(cmp: SumComparison, describe: string): string {
  const diff = cmp.difference;
  const gap = `${diff.isNegative() ? '' : '+'}${formatWan(diff)}`;
  const prefix = cmp.status === 'rounding' ? '尾差：' : '';
  return `${prefix}${describe}：应为 ${formatWan(cmp.expected)}，实为 ${formatWan(cmp.actual)}（差额 ${gap}）`;
}

/** A Σ-parts check with the 尾差 envelope; null when the figures agree. */
export function sumFinding(c: SumCheck): Finding | null {
  const cmp = compareSum(
    c.total.value,
    c.parts.map((p) => p.value),
  );
  const severity = severityFor(cmp, c.ctx, c.rule);
  if (!severity) return null;
  return {
    ruleId: c.rule.id,
    family: c.rule.family,
    severity,
    message: messageFor(cmp, c.describe),
    cells: [c.total.cell, ...c.parts.map((p) => p.cell), ...(c.extraCells ?? [])],
    table: c.table,
    expected: formatWan(cmp.expected),
    actual: formatWan(cmp.actual),
  };
}

/** The same figure stated twice (no envelope); null when equal. `stated` is the one named first. */
export function sameFinding(c: {
  rule: Rule;
  table?: TableKind;
  stated: Figure;
  reference: Figure | { value: Decimal; cell?: undefined };
  describe: string;
  extraCells?: Finding['cells'];
}): Finding | null {
  const cmp = compareSame(c.stated.value, c.reference.value);
  if (cmp.status === 'equal') return null;
  return {
    ruleId: c.rule.id,
    family: c.rule.family,
    severity: c.rule.severity,
    message: messageFor(cmp, c.describe),
    cells: [c.stated.cell, ...(c.reference.cell ? [c.reference.cell] : []), ...(c.extraCells ?? [])],
    table: c.table,
    expected: formatWan(cmp.expected),
    actual: formatWan(cmp.actual),
  };
}
