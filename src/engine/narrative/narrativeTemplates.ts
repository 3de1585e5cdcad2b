import type { BudgetWorkbook } from '../tables/types';
import { templateById, type TemplateId } from '../templates';
import { HEBEI_NARRATIVE } from './hebeiNarrative';
import type { NarrativeTemplate } from './narrativeTemplate';
import { FINAL_NARRATIVE } from './final';
import { SHANGHAI_NARRATIVE } from './shanghai';

/** Every template's narrative; a template without one does not compile. */
const NARRATIVE_TEMPLATES: Record<TemplateId, NarrativeTemplate> = {
  hebei: HEBEI_NARRATIVE,
  shanghai: SHANGHAI_NARRATIVE,
  'shanghai-final': FINAL_NARRATIVE,
  'national-final': FINAL_NARRATIVE,
};

/** The narrative of the template the workbook follows (the default template when it says none). */
export function narrativeTemplateOf(workbook: BudgetWorkbook): NarrativeTemplate {
  return NARRATIVE_TEMPLATES[templateById(workbook.template).id];
}
