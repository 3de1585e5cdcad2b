import { HEBEI } from './hebei';
import { NATIONAL_FINAL } from './nationalFinal';
import { SHANGHAI } from './shanghai';
import { SHANGHAI_FINAL } from './shanghaiFinal';
import type { BudgetTemplate, TemplateId } from './types';

export type { BudgetTemplate, DocumentType, TemplateId } from './types';
export { DOCUMENT_NAMES } from './types';

/** Every template the recognizer scores, in tie-break order (the first wins a tie). */
export const TEMPLATES: readonly BudgetTemplate[] = [HEBEI, SHANGHAI, SHANGHAI_FINAL, NATIONAL_FINAL];

export const DEFAULT_TEMPLATE: BudgetTemplate = HEBEI;

export function templateById(id: TemplateId | undefined): BudgetTemplate {
  return TEMPLATES.find((t) => t.id === id) ?? DEFAULT_TEMPLATE;
}
