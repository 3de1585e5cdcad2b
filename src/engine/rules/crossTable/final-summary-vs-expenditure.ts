import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tableOf } from '../../tables/types';
import { relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';
import { classPairs } from './finalClassPairs';

/** 决算 F4, 表1 ↔ 表3: 本年支出合计 = 合计行本年支出合计; each 功能类 line = the 类 row of that name. */
export const finalSummaryVsExpenditureRule: Rule = {
  id: 'final-summary-vs-expenditure',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '收入支出决算总表本年支出合计及各功能类支出与支出决算表一致',
  check: (ctx): Finding[] => {
    const summary = tableOf(ctx.workbook, 'final_income_expenditure_summary');
    const expenditure = tableOf(ctx.workbook, 'final_expenditure');
    if (!summary || !expenditure || !expenditure.columns.includes('total')) return [];
    const findings = classPairs({
      rule: finalSummaryVsExpenditureRule,
      ctx,
      summaryKind: summary.kind,
      lines: summary.expenditureRows,
      lineFigure: (l) => l.values.total,
      tableKind: expenditure.kind,
      rows: expenditure.rows,
      column: 'total',
      columnLabel: '本年支出合计',
    });
    const stated = summary.expenditureTotal?.values.total;
    const reference = expenditure.total?.values.total;
    if (stated && reference) {
      const f = relateFigures({
        rule: finalSummaryVsExpenditureRule,
        ctx,
        table: summary.kind,
        left: [stated],
        right: [reference],
        describe: `${TABLE_KIND_NAMES[summary.kind]}“${summary.expenditureTotal?.label}”应等于 ${TABLE_KIND_NAMES[expenditure.kind]}合计行本年支出合计`,
      });
      if (f) findings.push(f);
    }
    return findings;
  },
};
