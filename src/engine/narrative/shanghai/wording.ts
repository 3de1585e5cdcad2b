import type Decimal from 'decimal.js';
import { wan } from '../wording';

/** What the author completes where last year's figure is not known; the checks flag it until replaced. */
export const CHANGE_PLACEHOLDER = '【请填写增减情况】';

/** A figure the tables do not hold (a count of units, a vehicle count). */
export const FILL_PLACEHOLDER = '【请填写】';

/** What each 科目 is spent on: only the author knows. */
export const USE_PLACEHOLDER = '【请填写用途】';

/**
 * '比2024年预算减少2389.52万元' / '比2024年预算持平' as the template's 编制说明 says it ('与…持平' in the 三公
 * part); without last year's figure the placeholder stands where the change goes.
 */
export function changeOn(
  current: Decimal,
  previous: Decimal | undefined,
  previousYear: string,
  level: '比' | '与' = '比',
): string {
  if (!previous) return `比${previousYear}预算${CHANGE_PLACEHOLDER}`;
  const diff = current.minus(previous);
  if (diff.isZero()) return `${level}${previousYear}预算持平`;
  return `比${previousYear}预算${diff.isNegative() ? '减少' : '增加'}${wan(diff.abs())}`;
}

/** '编制部门：上海市普陀区人民政府办公室' → '上海市普陀区人民政府办公室': the text names the department alone. */
export function departmentName(unitName: string | undefined): string {
  const name = unitName
    ?.replace(/^\s*(编制部门|编制单位|预算主管部门|预算单位|单位名称|部门名称)\s*[:：]\s*/, '')
    .replace(/^\d+/, '')
    .trim();
  return name || '本部门';
}

/** A section's paragraphs: one row each in the inserted block, one per line in its text. */
export function paragraphed(paragraphs: readonly string[]): { text: string; paragraphs: readonly string[] } {
  return { text: paragraphs.join('\n'), paragraphs };
}
