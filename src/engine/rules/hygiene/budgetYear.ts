import type { Finding } from '../../findings';
import type { CheckContext, Rule } from '../rule';
import { majority } from './majority';
import { tableLabel } from './tableLabel';

/** One 预算年度 across all tables. A table of another year was copied from an old workbook: error. */
export const budgetYearRule: Rule = {
  id: 'budget-year',
  family: 'hygiene',
  severity: 'error',
  title: '各表预算年度应一致',
  check(ctx: CheckContext): Finding[] {
    const dated = ctx.workbook.tables.flatMap((table) => (table.meta.year ? [{ table, year: table.meta.year }] : []));
    if (dated.length < 2) return [];
    const usual = ctx.workbook.year ?? majority(dated.map((x) => x.year.value));
    if (usual === undefined) return [];
    const reference = dated.find((x) => x.year.value === usual);
    return dated
      .filter((x) => x.year.value !== usual)
      .map(({ table, year }) => ({
        ruleId: budgetYearRule.id,
        family: budgetYearRule.family,
        severity: budgetYearRule.severity,
        message: `${tableLabel(table)}的预算年度为 ${year.value} 年，其他各表为 ${usual} 年`,
        cells: [year.cell, ...(reference ? [reference.year.cell] : [])],
        table: table.kind,
        expected: String(usual),
        actual: String(year.value),
      }));
  },
};
