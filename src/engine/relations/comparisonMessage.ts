import type Decimal from 'decimal.js';
import { formatMeasured, type FigureUnit } from '../units';

/** What a comparison message names: the figures in the compared unit, and whether the gap is 尾差. */
export interface ComparedFigures {
  /** 'rounding' (or the comparison's own word for it) prefixes 尾差. */
  status: string;
  expected: Decimal;
  actual: Decimal;
  /** actual − expected */
  difference: Decimal;
  unit: FigureUnit;
}

/** '…：应为 X，实为 Y（差额 ±Z）' in the compared unit (万元 figures bare, as they always were; others with their unit). */
export function comparisonMessage(cmp: ComparedFigures, describe: string): string {
  const m = cmp.unit.measure;
  const diff = cmp.difference;
  const gap = `${diff.isNegative() ? '' : '+'}${formatMeasured(diff, m)}`;
  const prefix = cmp.status === 'rounding' ? '尾差：' : '';
  return `${prefix}${describe}：应为 ${formatMeasured(cmp.expected, m)}，实为 ${formatMeasured(cmp.actual, m)}（差额 ${gap}）`;
}
