import { toHalfWidth } from '../../amount';
import type { Finding } from '../../findings';
import type { TextCell, TypedTable } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { majority } from './majority';
import { tableLabel } from './tableLabel';

/** '单位名称：224 网信办' → '224网信办'; '编制部门：上海市普陀区人民政府办公室' → the name alone. */
export function normalizeUnitName(text: string): string {
  return toHalfWidth(text)
    .replace(/\s/g, '')
    .replace(/^(编制单位|编制部门|预算主管部门|单位名称|预算单位|部门名称|单位|部门)[:：]/, '');
}

/** The same unit with and without its leading unit code ('224网信办' / '网信办') is one unit. */
function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const bare = (s: string): string => s.replace(/^\d+/, '');
  const aCode = /^\d/.test(a);
  const bCode = /^\d/.test(b);
  return aCode !== bCode && bare(a) === bare(b) && bare(a) !== '';
}

/**
 * One unit name across all tables. A table naming another unit was usually copied from another department's
 * workbook, so its figures are suspect too: error.
 */
export const unitNameRule: Rule = {
  id: 'unit-name',
  family: 'hygiene',
  severity: 'error',
  title: '各表单位名称应一致',
  check(ctx: CheckContext): Finding[] {
    const named = ctx.workbook.tables
      .map((table) => ({ table, unit: table.meta.unitName }))
      .filter((x): x is { table: TypedTable; unit: TextCell } => !!x.unit && normalizeUnitName(x.unit.text) !== '');
    if (named.length < 2) return [];
    const usual =
      (ctx.workbook.unitName && normalizeUnitName(ctx.workbook.unitName)) ||
      majority(named.map((x) => normalizeUnitName(x.unit.text)));
    if (!usual) return [];
    const reference = named.find((x) => normalizeUnitName(x.unit.text) === usual);
    return named
      .filter((x) => !sameUnit(normalizeUnitName(x.unit.text), usual))
      .map(({ table, unit }) => ({
        ruleId: unitNameRule.id,
        family: unitNameRule.family,
        severity: unitNameRule.severity,
        message: `${tableLabel(table)}的单位名称为“${unit.text.trim()}”，其他各表为“${usual}”`,
        cells: [unit.cell, ...(reference ? [reference.unit.cell] : [])],
        table: table.kind,
        expected: usual,
        actual: unit.text.trim(),
      }));
  },
};
