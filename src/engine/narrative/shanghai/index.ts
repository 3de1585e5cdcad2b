import type { NarrativeTemplate } from '../narrativeTemplate';
import { SHANGHAI_NARRATIVE_SECTION_IDS } from '../types';
import { assetsSection } from './assetsSection';
import { compilationSection } from './compilationSection';
import { operatingCostsSection } from './operatingCostsSection';
import { performanceSection } from './performanceSection';
import { shanghaiPreviousYear } from './previousYear';
import { procurementSection } from './procurementSection';
import { threePublicSection } from './threePublicSection';

/** The Shanghai 部门预算编制说明 and 其他相关情况说明 (TEMPLATE-SHANGHAI.md, "Narrative generation"). */
export const SHANGHAI_NARRATIVE: NarrativeTemplate = {
  sectionIds: SHANGHAI_NARRATIVE_SECTION_IDS,
  sections: [
    compilationSection,
    threePublicSection,
    operatingCostsSection,
    procurementSection,
    performanceSection,
    assetsSection,
  ],
  previousYear: shanghaiPreviousYear,
};
