import type { Finding } from '../../findings';
import type { Figure } from '../../tables/types';
import { tablesOf } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { sumFinding } from '../sumFinding';
import { PROCUREMENT_COLUMN_NAMES, SUMMED_COLUMNS } from './procurementColumns';

/**
 * 政府采购 合计 row = Σ 采购项目 rows, in every amount column but 单价 (one finding per column);
 * a wrong total misstates the published 政府采购预算: error.
 */
export const procurementTotalRule: Rule = {
  id: 'procurement-total',
  family: 'assets-procurement',
  severity: 'error',
  title: '政府采购预算表：合计行各金额栏应等于各采购项目之和',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'procurement')) {
      if (!table.total) continue;
      for (const column of SUMMED_COLUMNS) {
        const stated = table.total.values[column];
        if (!stated) continue;
        const parts = table.rows.map((r) => r.values[column]).filter((f): f is Figure => f !== undefined);
        const finding = sumFinding({
          rule: procurementTotalRule,
          ctx,
          table: table.kind,
          total: stated,
          parts,
          describe: `政府采购预算合计行“${PROCUREMENT_COLUMN_NAMES[column]}”应等于 ${table.rows.length} 个采购项目之和`,
        });
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
