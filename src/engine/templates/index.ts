import { HEBEI } from './hebei';
import { SHANGHAI } from './shanghai';
import type { BudgetTemplate, TemplateId } from './types';

export type { BudgetTemplate, DocumentType, TemplateId } from './types';

/** Every template the recognizer scores, in tie-break order (the first wins a tie). */
export const TEMPLATES: readonly BudgetTemplate[] = [HEBEI, SHANGHAI];

export const DEFAULT_TEMPLATE: BudgetTemplate = HEBEI;

export function templateById(id: TemplateId | undefined): BudgetTemplate {
  return TEMPLATES.find((t) => t.id === id) ?? DEFAULT_TEMPLATE;
}
