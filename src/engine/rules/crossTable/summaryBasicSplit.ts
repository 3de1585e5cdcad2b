import type { Finding } from '../../findings';
import { tableOf, type BasicColumn } from '../../tables/types';
import type { Rule } from '../rule';
import { crossFinding } from './crossFinding';

const SPLIT: ReadonlyArray<{ column: BasicColumn & ('personnel' | 'public'); name: string }> = [
  { column: 'personnel', name: '人员经费' },
  { column: 'public', name: '公用经费' },
];

/**
 * Family 4: a 收支总表 that splits 基本支出 (Shanghai's unit version) states the 人员经费 and 公用经费 totals that
 * the 基本支出 经济分类 table itemises: 支出总计 人员经费 = 基本支出表 合计 人员经费, likewise 公用经费. Runs only where the
 * summary has the split column. The summary is the more derived table and is named first.
 */
export const crossSummaryBasicSplit: Rule = {
  id: 'cross-summary-basic-split',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '收支总表人员经费、公用经费合计与基本支出经济分类表一致',
  check: (ctx) => {
    const summary = tableOf(ctx.workbook, 'income_expenditure_summary');
    const basic = tableOf(ctx.workbook, 'basic_expenditure');
    const line = summary?.grandExpenditure ?? summary?.expenditureTotal;
    if (!summary || !basic?.total || !line) return [];
    const findings: Finding[] = [];
    for (const { column, name } of SPLIT) {
      const stated = line.values[column];
      const reference = basic.total.values[column];
      if (!stated || !reference) continue;
      const f = crossFinding({
        rule: crossSummaryBasicSplit,
        ctx,
        table: summary.kind,
        stated: [stated],
        reference: [reference],
        describe: `收支总表 ${line.label}“${name}” 应等于 基本支出表 合计“${name}”`,
      });
      if (f) findings.push(f);
    }
    return findings;
  },
};
