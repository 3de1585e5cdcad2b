import { findYears, type YearMention } from '../../narrativeText';
import type { Finding } from '../../findings';
import type { Rule } from '../rule';
import { budgetYearOf } from './budgetYear';
import { narrativeParagraphs } from './paragraphs';

function isExpected(y: YearMention, budgetYear: number): boolean {
  if (y.inTitle) return true;
  if (y.year === budgetYear || y.year === budgetYear - 1) return true;
  // A span such as '2021-2025年' that covers the budget year is a plan period, not an old year.
  if (y.rangeWith !== undefined) {
    const [a, b] = [Math.min(y.year, y.rangeWith), Math.max(y.year, y.rangeWith)];
    return a <= budgetYear && budgetYear <= b;
  }
  return false;
}

/** Years other than the budget year and the year before suggest text copied from an old year. */
export const narrativeYear: Rule = {
  id: 'narrative-year',
  family: 'narrative',
  severity: 'warning',
  title: '情况说明中出现预算年度及上一年度以外的年份（可能沿用了往年文字）',
  check(ctx) {
    const budgetYear = budgetYearOf(ctx.workbook);
    if (!budgetYear) return [];
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      const odd = findYears(paragraph.text).filter((y) => !isExpected(y, budgetYear));
      if (!odd.length) continue;
      const raws = [...new Set(odd.map((y) => y.raw))];
      findings.push({
        ruleId: narrativeYear.id,
        family: narrativeYear.family,
        severity: narrativeYear.severity,
        message: `情况说明中出现“${raws.join('”、“')}”，预算年度为${budgetYear}年，请核实是否沿用了往年文字`,
        cells: [paragraph.cell],
        table: 'narrative',
        expected: `${budgetYear}`,
        actual: raws.join('、'),
      });
    }
    return findings;
  },
};
