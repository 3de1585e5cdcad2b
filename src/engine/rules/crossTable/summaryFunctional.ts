import type { Finding } from '../../findings';
import { tableOf } from '../../tables/types';
import { rowLabel } from '../codedTables';
import type { Rule } from '../rule';
import { expenditureSum } from './expenditureSum';
import { crossFinding, presentFigures } from './crossFinding';
import { matchClasses } from './functionalClassMatch';

/**
 * Family 4: 部门预算收支总表 功能类 rows ↔ 部门预算支出总表 类 rows (by code, else name), and 本年支出合计 ↔ 合计.
 * The summary is derived from the expenditure table, so its cell is named first.
 */
export const crossSummaryFunctional: Rule = {
  id: 'cross-summary-functional',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '收支总表各功能类支出与支出总表类级科目一致',
  check: (ctx) => {
    const summary = tableOf(ctx.workbook, 'income_expenditure_summary');
    const expenditure = tableOf(ctx.workbook, 'expenditure');
    if (!summary || !expenditure) return [];
    const findings: Finding[] = [];
    const push = (f: Finding | null) => {
      if (f) findings.push(f);
    };
    const match = matchClasses(summary.expenditureRows, expenditure.rows);
    for (const { line, row } of match.pairs) {
      const stated = line.values.total;
      if (!stated) continue;
      push(
        crossFinding({
          rule: crossSummaryFunctional,
          ctx,
          table: summary.kind,
          stated: [stated],
          reference: presentFigures([row.values.total]),
          describe: `收支总表“${line.label}”应等于 支出总表“${rowLabel(row)}”合计`,
        }),
      );
    }
    for (const line of match.unmatchedLines) {
      const stated = line.values.total;
      if (!stated || stated.value.isZero()) continue;
      push(
        crossFinding({
          rule: crossSummaryFunctional,
          ctx,
          table: summary.kind,
          stated: [stated],
          reference: [],
          describe: `收支总表“${line.label}”在支出总表中没有对应的类级科目`,
        }),
      );
    }
    for (const row of match.unmatchedRows) {
      const stated = row.values.total;
      if (!stated || stated.value.isZero()) continue;
      push(
        crossFinding({
          rule: crossSummaryFunctional,
          ctx,
          table: expenditure.kind,
          stated: [stated],
          reference: [],
          describe: `支出总表“${rowLabel(row)}”在收支总表中没有对应的功能类支出行`,
        }),
      );
    }
    const summaryTotal = expenditureSum(summary)?.values.total;
    if (summaryTotal && expenditure.total) {
      push(
        crossFinding({
          rule: crossSummaryFunctional,
          ctx,
          table: summary.kind,
          stated: [summaryTotal],
          reference: presentFigures([expenditure.total.values.total]),
          describe: `收支总表 ${summary.expenditureTotal ? '本年支出合计' : '支出总计'} 应等于 支出总表 合计`,
        }),
      );
    }
    return findings;
  },
};
