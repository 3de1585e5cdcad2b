import type { Finding } from '../../findings';
import { tablesOf } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { sumFinding } from '../sumFinding';
import { PROCUREMENT_COLUMN_NAMES, SOURCE_COLUMNS } from './procurementColumns';

/**
 * On every row (合计 included): 政府采购金额 合计 = 一般公共预算拨款 + 基金 + 国有资本 + 财政专户 + 单位资金 +
 * 上年结转结余. 预算资金 is the whole project's budget and may exceed the purchase, so it is not compared.
 */
export const procurementSourcesRule: Rule = {
  id: 'procurement-sources',
  family: 'assets-procurement',
  document: 'budget',
  severity: 'error',
  title: '政府采购预算表：各行政府采购金额合计应等于各资金来源之和',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'procurement')) {
      for (const row of [...(table.total ? [table.total] : []), ...table.rows]) {
        const stated = row.values.total;
        const sources = SOURCE_COLUMNS.flatMap((column) => {
          const figure = row.values[column];
          return figure ? [{ column, figure }] : [];
        });
        if (!stated || sources.length === 0) continue;
        const name = row.label.text.trim() || row.label.cell.address;
        const sourceNames = sources.map((s) => PROCUREMENT_COLUMN_NAMES[s.column]).join('、');
        const finding = sumFinding({
          rule: procurementSourcesRule,
          ctx,
          table: table.kind,
          total: stated,
          parts: sources.map((s) => s.figure),
          describe: `政府采购预算“${name}”行：合计应等于${sourceNames}之和`,
        });
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
