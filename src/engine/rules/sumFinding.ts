import type Decimal from 'decimal.js';
import type { Finding } from '../findings';
import { compareFigureSame, compareFigureSum, type FigureComparison } from '../tolerance';
import type { Figure } from '../tables/types';
import type { TableKind } from '../tableKinds';
import { formatIn, formatMeasured, type FigureUnit } from '../units';
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

function severityFor(cmp: FigureComparison, ctx: CheckContext, rule: Rule): Finding['severity'] | null {
  if (cmp.status === 'equal') return null;
  if (cmp.status === 'rounding') return ctx.options.strict ? 'error' : 'info';
  return rule.severity;
}

/** '…：应为 X，实为 Y（差额 ±Z）' in the compared unit (万元 figures bare, as they always were; others with their unit). */
export function comparisonMessage(cmp: FigureComparison, describe: string): string {
  const m = cmp.unit.measure;
  const diff = cmp.difference;
  const gap = `${diff.isNegative() ? '' : '+'}${formatMeasured(diff, m)}`;
  const prefix = cmp.status === 'rounding' ? '尾差：' : '';
  return `${prefix}${describe}：应为 ${formatMeasured(cmp.expected, m)}，实为 ${formatMeasured(cmp.actual, m)}（差额 ${gap}）`;
}

/** A Σ-parts check with the 尾差 envelope of the figures' units; null when the figures agree. */
export function sumFinding(c: SumCheck): Finding | null {
  const cmp = compareFigureSum(c.total, c.parts);
  const severity = severityFor(cmp, c.ctx, c.rule);
  if (!severity) return null;
  return {
    ruleId: c.rule.id,
    family: c.rule.family,
    severity,
    message: comparisonMessage(cmp, c.describe),
    cells: [c.total.cell, ...c.parts.map((p) => p.cell), ...(c.extraCells ?? [])],
    table: c.table,
    expected: formatIn(cmp.expected),
    actual: formatIn(cmp.actual),
  };
}

/**
 * The same figure stated twice (no envelope; in two units, equal when the finer rounds to the coarser); null when
 * equal. `stated` is the one named first; a reference without a unit (a computed zero) is taken in stated's unit.
 */
export function sameFinding(c: {
  rule: Rule;
  table?: TableKind;
  stated: Figure;
  reference: Figure | { value: Decimal; cell?: undefined; unit?: FigureUnit };
  describe: string;
  extraCells?: Finding['cells'];
}): Finding | null {
  const reference = c.reference.cell
    ? c.reference
    : { value: c.reference.value, unit: c.reference.unit ?? c.stated.unit };
  const cmp = compareFigureSame(c.stated, reference);
  if (cmp.status === 'equal') return null;
  return {
    ruleId: c.rule.id,
    family: c.rule.family,
    severity: c.rule.severity,
    message: comparisonMessage(cmp, c.describe),
    cells: [c.stated.cell, ...(c.reference.cell ? [c.reference.cell] : []), ...(c.extraCells ?? [])],
    table: c.table,
    expected: formatIn(cmp.expected),
    actual: formatIn(cmp.actual),
  };
}
