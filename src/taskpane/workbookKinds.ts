import type { CheckResult } from '../engine/checkWorkbook';
import { TABLE_KINDS, type TableKind } from '../engine/tableKinds';
import { templateById } from '../engine/templates';

/**
 * The kinds a workbook's pane talks about, in the standard order: its template's own tables, plus any other kind the
 * workbook happens to hold (a 预算 never lists the nine 决算 tables, nor the reverse).
 */
export function workbookKinds(result: Pick<CheckResult, 'template' | 'tables'>): TableKind[] {
  const expected = new Set<TableKind>(templateById(result.template).tables);
  return TABLE_KINDS.filter((k) => expected.has(k) || result.tables.some((t) => t.kind === k));
}
