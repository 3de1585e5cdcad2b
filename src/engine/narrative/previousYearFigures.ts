import type { BudgetWorkbook } from '../tables/types';
import { narrativeTemplateOf } from './narrativeTemplates';
import type { PreviousYearFigures } from './types';

/** Last year's figures, read through the tables of last year's workbook's own template (in 万元). */
export function previousYearFigures(workbook: BudgetWorkbook): PreviousYearFigures {
  return narrativeTemplateOf(workbook).previousYear(workbook);
}
