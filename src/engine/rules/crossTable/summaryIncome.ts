import type { Finding } from '../../findings';
import { tableOf, type IncomeColumn, type IncomeItemRole } from '../../tables/types';
import type { Rule } from '../rule';
import { crossFinding, presentFigures } from './crossFinding';

/**
 * Summary income items and the income-table 合计 columns that carry the same money, Hebei's first, then Shanghai's.
 * A relation runs when the summary has a top-level item of its roles and the income table one of its columns; a
 * column already compared is not compared again (Hebei's 单位资金 takes 事业收入 … 其他收入, so a stray 'other' item
 * does not get a second comparison).
 */
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
  { roles: ['fiscal'], columns: ['fiscal'], describe: '收支总表 财政拨款收入 应等于 收入总表“财政拨款收入”合计' },
  { roles: ['business'], columns: ['business'], describe: '收支总表 事业收入 应等于 收入总表“事业收入”合计' },
  {
    roles: ['operating'],
    columns: ['operating'],
    describe: '收支总表 事业单位经营收入 应等于 收入总表“事业单位经营收入”合计',
  },
  { roles: ['other'], columns: ['other'], describe: '收支总表 其他收入 应等于 收入总表“其他收入”合计' },
];

/**
 * Family 4: 部门预算收支总表 income side ↔ 部门预算收入总表 合计 row, on the items and columns the two tables have.
 * The summary is derived from the income table, so its cells are named first.
 */
export const crossSummaryIncome: Rule = {
  id: 'cross-summary-income',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '收支总表收入项目与收入总表各收入来源一致',
  check: (ctx) => {
    const summary = tableOf(ctx.workbook, 'income_expenditure_summary');
    const income = tableOf(ctx.workbook, 'income');
    const totalRow = income?.total;
    if (!summary || !income || !totalRow) return [];
    const findings: Finding[] = [];
    const compared = new Set<IncomeColumn>();
    const compare = (stated: Parameters<typeof presentFigures>[0], columns: IncomeColumn[], describe: string) => {
      const present = columns.filter((c) => income.columns.includes(c));
      if (present.length === 0 || present.some((c) => compared.has(c))) return;
      const statedFigures = presentFigures(stated);
      if (statedFigures.length === 0) return;
      present.forEach((c) => compared.add(c));
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
    // Numbered parts (level 2) are inside their item: only top-level items are compared.
    const topItems = summary.incomeItems.filter((i) => (i.level ?? 1) === 1);
    for (const r of RELATIONS) {
      const items = topItems.filter((i) => r.roles.includes(i.role)).map((i) => i.values.amount);
      compare(items, r.columns, r.describe);
    }
    compare(
      [summary.incomeTotal?.values.amount],
      ['subtotal'],
      '收支总表 本年收入合计 应等于 收入总表“本年收入小计”合计',
    );
    compare([summary.carryIn?.values.amount], ['carryover'], '收支总表 上年结转结余 应等于 收入总表“上年结转”合计');
    // Without 本年收入合计 / 上年结转 rows (Shanghai), 收入总计 is the income table's 合计.
    if (!summary.incomeTotal && !summary.carryIn) {
      compare([summary.grandIncome?.values.amount], ['total'], '收支总表 收入总计 应等于 收入总表 合计');
    }
    return findings;
  },
};
