import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES, TABLE_KINDS, type TableKind } from '../../tableKinds';
import type { CheckContext, Rule } from '../rule';

/**
 * The 情况说明 is often kept in the Word document rather than the workbook (family 8 checks it when present),
 * so its absence is not reported; every other standard table is published even when empty.
 */
const EXPECTED_KINDS: readonly TableKind[] = TABLE_KINDS.filter((k) => k !== 'narrative');

/**
 * A standard table missing altogether. The recognizer may also have failed to read an unusual layout, so the
 * reviewer decides: warning, with no cell to name.
 */
export const missingTableRule: Rule = {
  id: 'missing-table',
  family: 'hygiene',
  severity: 'warning',
  title: '应包含全部标准公开表',
  check(ctx: CheckContext): Finding[] {
    // A workbook with no budget table at all is not a budget workbook (the CLI reports it as unreadable).
    if (ctx.workbook.tables.length === 0) return [];
    const present = new Set(ctx.workbook.tables.map((t) => t.kind));
    return EXPECTED_KINDS.filter((k) => !present.has(k)).map((kind) => ({
      ruleId: missingTableRule.id,
      family: missingTableRule.family,
      severity: missingTableRule.severity,
      message: `工作簿中未找到“${TABLE_KIND_NAMES[kind]}”；没有数据时也应保留该表并注明空表列示`,
      cells: [],
      table: kind,
    }));
  },
};
