import type { Finding } from '../../findings';
import type { TableKind } from '../../tableKinds';
import { templateById } from '../../templates';
import type { CheckContext, Rule } from '../rule';
import { tableLabel } from './tableLabel';

/**
 * Tables whose rows are fixed by the template (三公, the two summaries, assets) print their rows even when every
 * figure is 0: zeros there are data ('三公经费0万元'), not an empty table.
 */
const FIXED_ROW_KINDS: ReadonlySet<TableKind> = new Set([
  'narrative',
  'three_public',
  'income_expenditure_summary',
  'fiscal_summary',
  'assets',
]);

/**
 * The template publishes an empty table with a note (Hebei '注：无…，空表列示。', Shanghai '…故本表为空表。'; the
 * reader finds either). Without it readers cannot tell an empty table from a forgotten one; the unit adds the
 * note, worded as its template words it: warning.
 */
export const emptyTableNoteRule: Rule = {
  id: 'empty-table-note',
  family: 'hygiene',
  severity: 'warning',
  title: '空表应注明“空表列示”',
  check(ctx: CheckContext): Finding[] {
    const example = templateById(ctx.workbook.template).emptyNoteExample;
    return ctx.workbook.tables
      .filter((t) => !FIXED_ROW_KINDS.has(t.kind) && t.empty && !t.emptyNote)
      .map((table) => ({
        ruleId: emptyTableNoteRule.id,
        family: emptyTableNoteRule.family,
        severity: emptyTableNoteRule.severity,
        message: `${tableLabel(table)}没有数据，应在表下注明“${example}”`,
        cells: [table.title.cell],
        table: table.kind,
      }));
  },
};
