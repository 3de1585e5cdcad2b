import { budgetYearOf } from '../rules/narrative/budgetYear';
import type { BudgetWorkbook } from '../tables/types';
import type { NarrativeOptions, PreviousYearFigures } from './types';

/** What every section generator reads: the recognised workbook, its budget year and last year's figures. */
export interface SectionContext {
  workbook: BudgetWorkbook;
  year?: number;
  previous?: PreviousYearFigures;
}

export function sectionContext(workbook: BudgetWorkbook, options: NarrativeOptions): SectionContext {
  // The same year the narrative-year check measures the text against.
  return { workbook, year: budgetYearOf(workbook), previous: options.previous };
}
