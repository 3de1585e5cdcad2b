export { generateNarrative } from './generateNarrative';
export { previousYearFigures } from './previousYearFigures';
export { REASON_PLACEHOLDER } from './changeSection';
export {
  NARRATIVE_SECTION_IDS,
  type NarrativeOptions,
  type NarrativeSection,
  type NarrativeSectionId,
  type PreviousYearFigures,
  type ThreePublicFigures,
} from './types';
