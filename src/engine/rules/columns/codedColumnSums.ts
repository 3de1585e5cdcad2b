import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { Figure } from '../../tables/types';
import { templateById } from '../../templates';
import { columnName, rowLabel, type AnyCodedTable } from '../codedTables';
import { partSumFinding } from '../partSum';
import type { CheckContext, Rule } from '../rule';

/** total column = Σ part columns, on one row. */
export interface ColumnRelation {
  total: string;
  parts: readonly string[];
}

/**
 * Check column relations on every row of a coded table (合计 row included). A relation is skipped when the
 * table lacks its total column or all of its part columns; part columns the table lacks are left out.
 */
export function codedColumnSums(
  rule: Rule,
  ctx: CheckContext,
  table: AnyCodedTable,
  relations: readonly ColumnRelation[],
): Finding[] {
  const findings: Finding[] = [];
  const columns: readonly string[] = table.columns;
  const template = templateById(ctx.workbook.template);
  const name = (column: string) => columnName(table.kind, column, template);
  const rows = table.total ? [table.total, ...table.rows] : table.rows;
  for (const relation of relations) {
    if (!columns.includes(relation.total)) continue;
    const partColumns = relation.parts.filter((p) => columns.includes(p));
    if (partColumns.length === 0) continue;
    const formula = partColumns.map(name).join(' + ');
    for (const row of rows) {
      const values = row.values as Partial<Record<string, Figure>>;
      const total = values[relation.total];
      if (!total) continue;
      const parts = partColumns.map((p) => values[p]).filter((f): f is Figure => f !== undefined);
      const finding = partSumFinding({
        rule,
        ctx,
        table: table.kind,
        total,
        parts,
        describe: `${TABLE_KIND_NAMES[table.kind]}“${rowLabel(row)}”行：${name(relation.total)} 应等于 ${formula}`,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
