import type { NarrativeTemplate } from '../narrativeTemplate';
import { FINAL_NARRATIVE_SECTION_IDS } from '../types';
import { assetsSection } from './assetsSection';
import { basicSection } from './basicSection';
import { expenditureSection } from './expenditureSection';
import { fiscalOverallSection } from './fiscalOverallSection';
import { govFundSection, stateCapitalSection } from './fundSections';
import { generalBudgetItemsSection } from './generalBudgetItemsSection';
import { generalBudgetSection } from './generalBudgetSection';
import { generalBudgetStructureSection } from './generalBudgetStructureSection';
import { incomeSection } from './incomeSection';
import { operatingCostsSection } from './operatingCostsSection';
import { overallSection } from './overallSection';
import { performanceSection } from './performanceSection';
import { finalPreviousYear } from './previousYear';
import { procurementSection } from './procurementSection';
import { threePublicDetailSection } from './threePublicDetailSection';
import { threePublicSection } from './threePublicSection';

/**
 * The 部门决算 情况说明 (JUESUAN.md §5), sections 一 to 十一 in the template's sentences, for the Shanghai and the
 * national 决算 templates alike: figures from the nine tables, changes from last year's figures, completion
 * rates from the year's 年初预算 (NarrativeOptions.budget); what no table holds is a 【请填写…】 placeholder.
 */
export const FINAL_NARRATIVE: NarrativeTemplate = {
  sectionIds: FINAL_NARRATIVE_SECTION_IDS,
  sections: [
    overallSection,
    incomeSection,
    expenditureSection,
    fiscalOverallSection,
    generalBudgetSection,
    generalBudgetStructureSection,
    generalBudgetItemsSection,
    basicSection,
    threePublicSection,
    threePublicDetailSection,
    govFundSection,
    stateCapitalSection,
    performanceSection,
    operatingCostsSection,
    procurementSection,
    assetsSection,
  ],
  previousYear: finalPreviousYear,
};
