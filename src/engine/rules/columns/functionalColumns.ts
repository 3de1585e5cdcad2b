import { tablesOf } from '../../tables/types';
import type { Rule } from '../rule';
import { codedColumnSums } from './codedColumnSums';

/** Family 2, 一般公共预算/政府性基金/国有资本经营 财政拨款支出表: 合计 = 基本支出 + 项目支出. */
export const functionalColumns: Rule = {
  id: 'column-functional',
  family: 'columns',
  document: 'budget',
  severity: 'error',
  title: '财政拨款支出表列间：合计等于基本支出加项目支出',
  check: (ctx) =>
    [
      ...tablesOf(ctx.workbook, 'general_budget_expenditure'),
      ...tablesOf(ctx.workbook, 'gov_fund_expenditure'),
      ...tablesOf(ctx.workbook, 'state_capital_expenditure'),
    ].flatMap((t) => codedColumnSums(functionalColumns, ctx, t, [{ total: 'total', parts: ['basic', 'project'] }])),
};
