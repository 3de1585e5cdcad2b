import type { Finding } from '../../findings';
import { tablesOf } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { sumFinding } from '../sumFinding';

/** 政府采购 合计 = Σ 采购项目 rows; a wrong total misstates the published 政府采购预算: error. */
export const procurementTotalRule: Rule = {
  id: 'procurement-total',
  family: 'assets-procurement',
  severity: 'error',
  title: '政府采购预算表：合计应等于各采购项目金额之和',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'procurement')) {
      if (!table.total) continue;
      const finding = sumFinding({
        rule: procurementTotalRule,
        ctx,
        table: table.kind,
        total: table.total.amount,
        parts: table.rows.map((r) => r.amount),
        describe: `政府采购预算合计应等于 ${table.rows.length} 个采购项目金额之和`,
      });
      if (finding) findings.push(finding);
    }
    return findings;
  },
};
