import { findYears } from '../../narrativeText';
import { tablesOf, type BudgetWorkbook } from '../../tables/types';

/** The budget year: what the tables say, else the year in the 情况说明 title ('网信办2024年部门预算…'). */
export function budgetYearOf(wb: BudgetWorkbook): number | undefined {
  if (wb.year) return wb.year;
  for (const t of tablesOf(wb, 'narrative')) {
    if (t.meta.year) return t.meta.year.value;
    const title = [t.title, ...t.paragraphs].find((p) => /情况说明|预算/.test(p.text));
    const year = title ? findYears(title.text)[0] : undefined;
    if (year) return year.year;
  }
  return undefined;
}
