import type Decimal from 'decimal.js';
import { formatWan } from '../amount';

/** An amount as the 情况说明 states it: '384.34万元' (two decimals, zero as '0.00万元'). */
export function wan(value: Decimal): string {
  return `${formatWan(value)}万元`;
}

/** '2024年', or '本年度' when the workbook does not say its year. */
export function yearText(year: number | undefined): string {
  return year ? `${year}年` : '本年度';
}

/** The year the change is measured against: last year's workbook's year, else the budget year − 1. */
export function previousYearText(budgetYear: number | undefined, previousYear: number | undefined): string {
  const year = previousYear ?? (budgetYear ? budgetYear - 1 : undefined);
  return year ? `${year}年` : '上年';
}

/**
 * A change on last year as the seeds write it: '增加11.33万元', '减少130.40万元'; no change is '与上年持平'
 * (no amount, so nothing is stated as a change of zero).
 */
export function changeText(current: Decimal, previous: Decimal): string {
  const diff = current.minus(previous);
  if (diff.isZero()) return '与上年持平';
  return `${diff.isNegative() ? '减少' : '增加'}${wan(diff.abs())}`;
}
