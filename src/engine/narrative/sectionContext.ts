import { budgetYearOf } from '../rules/narrative/budgetYear';
import type { YearBudgetFigures } from '../budgetVsFinal/types';
import type { BudgetWorkbook } from '../tables/types';
import type { NarrativeOptions, PreviousYearFigures } from './types';

/** What every section generator reads: the recognised workbook, its budget year and last year's figures. */
export interface SectionContext {
  workbook: BudgetWorkbook;
  year?: number;
  previous?: PreviousYearFigures;
  /** 决算: the year's 年初预算 figures. */
  budget?: YearBudgetFigures;
}

export function sectionContext(workbook: BudgetWorkbook, options: NarrativeOptions): SectionContext {
  // The same year the narrative-year check measures the text against.
  return { workbook, year: budgetYearOf(workbook), previous: options.previous, budget: options.budget };
}
