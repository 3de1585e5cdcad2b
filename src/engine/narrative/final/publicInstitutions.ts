import { tablesOf, type BudgetWorkbook } from '../../tables/types';
import { cleanName } from './finalFigures';

/**
 * A 项 named for 事业单位 (事业单位离退休, 事业单位医疗; not 机关事业单位 or 行政事业单位): the department
 * consolidates 事业单位, whose 公用经费 is not 机关运行经费 (JUESUAN.md §5 十一（一）).
 */
export function includesPublicInstitutions(wb: BudgetWorkbook): boolean {
  return [...tablesOf(wb, 'final_general_budget_expenditure'), ...tablesOf(wb, 'final_expenditure')].some((t) =>
    t.rows.some((r) => /(?<![机关行政])事业单位/.test(cleanName(r.name))),
  );
}
