import type { BudgetWorkbook } from '../tables/types';
import { assetsSection } from './assetsSection';
import { changeSection } from './changeSection';
import { expenditureSection } from './expenditureSection';
import { incomeSection } from './incomeSection';
import { operatingCostsSection } from './operatingCostsSection';
import { performanceSection } from './performanceSection';
import { procurementSection } from './procurementSection';
import { sectionContext, type SectionContext } from './sectionContext';
import { threePublicSection } from './threePublicSection';
import type { NarrativeOptions, NarrativeSection } from './types';

const SECTIONS: ReadonlyArray<(ctx: SectionContext) => NarrativeSection> = [
  incomeSection,
  expenditureSection,
  changeSection,
  operatingCostsSection,
  threePublicSection,
  procurementSection,
  assetsSection,
  performanceSection,
];

/**
 * The 情况说明 sections (BRIEF §4) written from the workbook's tables. Every amount is one the narrative checks
 * read back from the same tables, so the text re-validates clean; a change on last year needs `previous`.
 */
export function generateNarrative(workbook: BudgetWorkbook, options: NarrativeOptions = {}): NarrativeSection[] {
  const ctx = sectionContext(workbook, options);
  return SECTIONS.map((section) => section(ctx));
}
