import { assetsSection } from './assetsSection';
import { changeSection } from './changeSection';
import { expenditureSection } from './expenditureSection';
import { hebeiPreviousYear } from './hebeiPreviousYear';
import { incomeSection } from './incomeSection';
import type { NarrativeTemplate } from './narrativeTemplate';
import { operatingCostsSection } from './operatingCostsSection';
import { performanceSection } from './performanceSection';
import { procurementSection } from './procurementSection';
import { threePublicSection } from './threePublicSection';
import { NARRATIVE_SECTION_IDS } from './types';

/** The Hebei 情况说明 (BRIEF §4). */
export const HEBEI_NARRATIVE: NarrativeTemplate = {
  sectionIds: NARRATIVE_SECTION_IDS,
  sections: [
    incomeSection,
    expenditureSection,
    changeSection,
    operatingCostsSection,
    threePublicSection,
    procurementSection,
    assetsSection,
    performanceSection,
  ],
  previousYear: hebeiPreviousYear,
};
