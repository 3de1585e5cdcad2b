import type { Finding } from '../../findings';
import { tableOf, type IncomeColumn, type IncomeItemRole } from '../../tables/types';
import type { Rule } from '../rule';
import { crossFinding, presentFigures } from './crossFinding';

/** Summary income items and the income-table 合计 columns that carry the same money. */
const RELATIONS: Array<{ roles: IncomeItemRole[]; columns: IncomeColumn[]; describe: string }> = [
  {
    roles: ['general', 'fund', 'capital'],
    columns: ['fiscal'],
    describe: '收支总表 一般公共预算 + 政府性基金 + 国有资本经营预算拨款收入 应等于 收入总表“财政拨款收入”合计',
  },
  {
    roles: ['specialAccount'],
    columns: ['specialAccount'],
    describe: '收支总表 财政专户管理资金收入 应等于 收入总表“财政专户收入”合计',
  },
  {
    roles: ['unitFunds'],
    columns: ['business', 'operating', 'superior', 'subsidiary', 'other'],
    describe: '收支总表 单位资金 应等于 收入总表 事业收入 + 经营收入 + 上级补助收入 + 附属单位上缴收入 + 其他收入 合计',
  },
];

/**
 * Family 4: 部门预算收支总表 income side ↔ 部门预算收入总表 合计 row. The summary is derived from the
 * income table, so its cells are named first.
 */
export const crossSummaryIncome: Rule = {
  id: 'cross-summary-income',
  family: 'cross-table',
  severity: 'error',
  title: '收支总表收入项目与收入总表各收入来源一致',
  check: (ctx) => {
    const summary = tableOf(ctx.workbook, 'income_expenditure_summary');
    const income = tableOf(ctx.workbook, 'income');
    const totalRow = income?.total;
    if (!summary || !income || !totalRow) return [];
    const findings: Finding[] = [];
    const compare = (stated: Parameters<typeof presentFigures>[0], columns: IncomeColumn[], describe: string) => {
      if (!columns.some((c) => income.columns.includes(c))) return;
      const statedFigures = presentFigures(stated);
      if (statedFigures.length === 0) return;
      const f = crossFinding({
        rule: crossSummaryIncome,
        ctx,
        table: summary.kind,
        stated: statedFigures,
        reference: presentFigures(columns.map((c) => totalRow.values[c])),
        describe,
      });
      if (f) findings.push(f);
    };
    for (const r of RELATIONS) {
      const items = summary.incomeItems.filter((i) => r.roles.includes(i.role)).map((i) => i.values.amount);
      compare(items, r.columns, r.describe);
    }
    compare(
      [summary.incomeTotal?.values.amount],
      ['subtotal'],
      '收支总表 本年收入合计 应等于 收入总表“本年收入小计”合计',
    );
    compare([summary.carryIn?.values.amount], ['carryover'], '收支总表 上年结转结余 应等于 收入总表“上年结转”合计');
    return findings;
  },
};
