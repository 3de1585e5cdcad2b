import type { Finding } from '../../findings';
import { tableOf, type CodedRow } from '../../tables/types';
import { normalizeCode, rowLabel } from '../codedTables';
import type { Rule } from '../rule';
import { crossFinding } from './crossFinding';

/**
 * Family 4: a 科目编码 in both 收入总表 and 支出总表 carries the same 合计 (the 合计 rows too). The income
 * table's breakdown by 功能分类 mirrors where the money is spent, so its cell is named first.
 */
export const crossIncomeExpenditure: Rule = {
  id: 'cross-income-expenditure',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '收入总表与支出总表相同科目的合计一致',
  check: (ctx) => {
    const income = tableOf(ctx.workbook, 'income');
    const expenditure = tableOf(ctx.workbook, 'expenditure');
    if (!income || !expenditure) return [];
    const expenditureByCode = new Map<string, CodedRow>();
    for (const row of expenditure.rows) {
      const code = normalizeCode(row.code);
      if (code !== '' && !expenditureByCode.has(code)) expenditureByCode.set(code, row);
    }
    const pairs: Array<[CodedRow, CodedRow]> = [];
    if (income.total && expenditure.total) pairs.push([income.total, expenditure.total]);
    for (const row of income.rows) {
      const other = row.code === '' ? undefined : expenditureByCode.get(normalizeCode(row.code));
      if (other) pairs.push([row, other]);
    }
    const findings: Finding[] = [];
    for (const [incomeRow, expenditureRow] of pairs) {
      const stated = (incomeRow as CodedRow<'total'>).values.total;
      const reference = (expenditureRow as CodedRow<'total'>).values.total;
      if (!stated || !reference) continue;
      const f = crossFinding({
        rule: crossIncomeExpenditure,
        ctx,
        table: income.kind,
        stated: [stated],
        reference: [reference],
        describe: `收入总表“${rowLabel(incomeRow)}”合计 应等于 支出总表同一科目合计`,
      });
      if (f) findings.push(f);
    }
    return findings;
  },
};
