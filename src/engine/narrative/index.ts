export { generateNarrative } from './generateNarrative';
export { previousYearFigures } from './previousYearFigures';
export { narrativeTemplateOf } from './narrativeTemplates';
export { REASON_PLACEHOLDER } from './changeSection';
export { CHANGE_PLACEHOLDER, USE_PLACEHOLDER } from './shanghai/wording';
export {
  FINAL_NARRATIVE_SECTION_IDS,
  NARRATIVE_SECTION_IDS,
  SHANGHAI_NARRATIVE_SECTION_IDS,
  type NarrativeOptions,
  type NarrativeSection,
  type NarrativeSectionId,
  type FinalThreePublicFigures,
  type PreviousYearFigures,
  type ThreePublicFigures,
} from './types';
export {
  statedPreviousYear,
  type StatedPreviousAmount,
  type StatedPreviousField,
  type StatedPreviousYear,
} from './statedPreviousYear';
export { mergeNarrativeBlock, type BlockMerge, type BlockMergeSummary } from './mergeNarrativeBlock';
export { blockMergeText } from './blockMergeText';
export { blockAlternatives } from './blockAlternatives';
