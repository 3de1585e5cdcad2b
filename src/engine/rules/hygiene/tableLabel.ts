import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { TypedTable } from '../../tables/types';

/** How messages name a table: its title as written (the kind's standard name when blank), and its sheet. */
export function tableLabel(table: TypedTable): string {
  const title = table.kind === 'project_performance' ? '' : table.title.text.replace(/\s/g, '');
  return `“${title || TABLE_KIND_NAMES[table.kind]}”（工作表“${table.sheet}”）`;
}
