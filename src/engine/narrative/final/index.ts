import type { NarrativeTemplate } from '../narrativeTemplate';

/**
 * The 部门决算 情况说明 (JUESUAN.md §5, sections 一 to 十一). Work in progress in this session: the sections are
 * being written; until then generation yields no section for a 决算 workbook.
 */
export const FINAL_NARRATIVE: NarrativeTemplate = {
  sectionIds: [],
  sections: [],
  previousYear: () => ({}),
};
