import type { BudgetWorkbook } from '../tables/types';
import type { SectionContext } from './sectionContext';
import type { NarrativeSection, NarrativeSectionId, PreviousYearFigures } from './types';

/** How one template's 情况说明 is written: its sections in publication order, and what it needs of last year. */
export interface NarrativeTemplate {
  sectionIds: readonly NarrativeSectionId[];
  sections: ReadonlyArray<(ctx: SectionContext) => NarrativeSection>;
  /** Last year's figures from last year's workbook of this template, in 万元. */
  previousYear(workbook: BudgetWorkbook): PreviousYearFigures;
}
