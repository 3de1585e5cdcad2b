import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { templateById } from '../../templates';
import type { CheckContext, Rule } from '../rule';

/**
 * A table the workbook's template publishes, missing altogether. The 情况说明 is often kept in the Word document
 * rather than the workbook (family 8 checks it when present), so no template lists it; every listed table is
 * published even when empty. The recognizer may also have failed to read an unusual layout, so the
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
    const expected = templateById(ctx.workbook.template).tables;
    return expected
      .filter((k) => !present.has(k))
      .map((kind) => ({
        ruleId: missingTableRule.id,
        family: missingTableRule.family,
        severity: missingTableRule.severity,
        message: `工作簿中未找到“${TABLE_KIND_NAMES[kind]}”；没有数据时也应保留该表并注明空表列示`,
        cells: [],
        table: kind,
      }));
  },
};
