import Decimal from 'decimal.js';
import { REASON_PLACEHOLDER } from '../changeSection';
import { CHANGE_PLACEHOLDER, FILL_PLACEHOLDER } from '../shanghai/wording';
import { wan } from '../wording';

export { CHANGE_PLACEHOLDER, FILL_PLACEHOLDER, REASON_PLACEHOLDER };
export { departmentName, paragraphed, USE_PLACEHOLDER } from '../shanghai/wording';

/** Where the text compares with a 年初预算 the tables do not give (大于/小于/持平 unknown). */
export const COMPARE_PLACEHOLDER = '【请填写大于/小于/持平】';

/**
 * A share or rate as the 决算 writes it: round(100 × part ÷ whole, 2) half-up, '71.65%' (JUESUAN.md §5).
 * Undefined against a zero whole: such a rate has no meaning and is not written.
 */
export function percent(part: Decimal, whole: Decimal): string | undefined {
  if (whole.isZero()) return undefined;
  return `${part.times(100).div(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}

/** '2024年度', the 决算 year as every section names it ('本年度' when the workbook does not say). */
export function finalYear(year: number | undefined): string {
  return year ? `${year}年度` : '本年度';
}

/** The comparison year: last year's workbook's year, else the 决算 year − 1. */
export function finalPreviousYear(year: number | undefined, previousYear: number | undefined): string {
  const y = previousYear ?? (year ? year - 1 : undefined);
  return y ? `${y}年度` : '上年度';
}

/**
 * The change on last year in the template's words, for `subject` ('收入支出总计'): '增加56.95万元，增长1.87%' /
 * '减少…，下降…'; against a zero last year only the amount; '持平' for none; the placeholder when last year is
 * unknown. `reasons` says whether a reason is asked for (a change, or an unknown one).
 */
export function changeOnLastYear(now: Decimal, before: Decimal | undefined): { text: string; reasons: boolean } {
  if (!before) return { text: CHANGE_PLACEHOLDER, reasons: true };
  const diff = now.minus(before);
  if (diff.isZero()) return { text: '持平', reasons: false };
  const up = diff.isPositive();
  const rate = percent(diff.abs(), before);
  const amount = `${up ? '增加' : '减少'}${wan(diff.abs())}`;
  return { text: rate ? `${amount}，${up ? '增长' : '下降'}${rate}` : amount, reasons: true };
}

/** '与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：【请填写原因】。' */
export function changeSentence(subject: string, now: Decimal, before: Decimal | undefined, py: string): string {
  const change = changeOnLastYear(now, before);
  const reason = change.reasons ? `主要原因：${REASON_PLACEHOLDER}。` : '';
  return `与${py}相比，${subject}${change.text}。${reason}`;
}

/** '，占99.79%' after an amount; nothing when the whole is zero. */
export function shareOf(part: Decimal, whole: Decimal): string {
  const p = percent(part, whole);
  return p ? `，占${p}` : '';
}

/** '决算数大于预算数的主要原因：【请填写原因】。' / '决算数与预算数持平。' for 决算 X against 预算 B. */
export function versusBudget(actual: Decimal, budget: Decimal | undefined, subject = ''): string {
  if (!budget) return `${subject}决算数${COMPARE_PLACEHOLDER}预算数的主要原因：${REASON_PLACEHOLDER}。`;
  const cmp = actual.comparedTo(budget);
  if (cmp === 0) return `${subject}决算数与预算数持平。`;
  return `${subject}决算数${cmp > 0 ? '大于' : '小于'}预算数的主要原因：${REASON_PLACEHOLDER}。`;
}

/** An amount, or '【请填写】万元' when it is not known. */
export function wanOrFill(value: Decimal | undefined): string {
  return value ? wan(value) : `${FILL_PLACEHOLDER}万元`;
}
