import type { BudgetWorkbook } from '../tables/types';
import { narrativeTemplateOf } from './narrativeTemplates';
import { sectionContext } from './sectionContext';
import type { NarrativeOptions, NarrativeSection } from './types';

/**
 * The 情况说明 sections of the workbook's template, written from its tables. Every amount is one the narrative
 * checks read back from the same tables, so the text re-validates clean; a change on last year needs `previous`.
 */
export function generateNarrative(workbook: BudgetWorkbook, options: NarrativeOptions = {}): NarrativeSection[] {
  const ctx = sectionContext(workbook, options);
  return narrativeTemplateOf(workbook).sections.map((section) => section(ctx));
}
