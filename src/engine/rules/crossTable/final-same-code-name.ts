import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { CodedRow } from '../../tables/types';
import { normalizeCode, type AnyCodedTable } from '../codedTables';
import type { Rule } from '../rule';
import { comparableName } from './functionalClassMatch';

/** The 决算 tables keyed by 功能分类 code (表6 is 经济分类: its codes mean something else). */
const FUNCTIONAL_KINDS = [
  'final_income',
  'final_expenditure',
  'final_general_budget_expenditure',
  'final_gov_fund',
  'final_state_capital',
];

/** A name as compared: comparableName, with full- and half-width brackets and commas alike. */
function nameKey(name: string): string {
  return comparableName(name)
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[，,、]/g, ',');
}

/**
 * 决算 F4: one 功能分类 code has one name in every table that prints it. The first table (in workbook order) that
 * prints the code sets the name; a later table's different name is reported at its name cell. Not a figure relation:
 * nothing to diagnose numerically.
 */
export const finalSameCodeNameRule: Rule = {
  id: 'final-same-code-name',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '各决算表中同一科目编码的科目名称一致',
  check: (ctx): Finding[] => {
    const tables = ctx.workbook.tables.filter((t): t is AnyCodedTable & { kind: string } =>
      FUNCTIONAL_KINDS.includes(t.kind),
    );
    const first = new Map<string, { row: CodedRow; table: AnyCodedTable }>();
    const findings: Finding[] = [];
    for (const table of tables) {
      for (const row of table.rows as CodedRow[]) {
        const code = normalizeCode(row.code);
        if (code === '' || row.name.trim() === '') continue;
        const seen = first.get(code);
        if (!seen) {
          first.set(code, { row, table });
          continue;
        }
        if (nameKey(seen.row.name) === nameKey(row.name)) continue;
        findings.push({
          ruleId: finalSameCodeNameRule.id,
          family: finalSameCodeNameRule.family,
          severity: finalSameCodeNameRule.severity,
          message: `${TABLE_KIND_NAMES[table.kind]}科目“${code}”名称为“${row.name}”，${TABLE_KIND_NAMES[seen.table.kind]}同一科目为“${seen.row.name}”：同一科目编码应使用同一名称`,
          cells: [row.nameCell, seen.row.nameCell],
          table: table.kind,
          expected: seen.row.name,
          actual: row.name,
        });
      }
    }
    return findings;
  },
};
