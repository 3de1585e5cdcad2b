import { tablesOf } from '../../tables/types';
import type { Rule } from '../rule';
import { codedColumnSums } from './codedColumnSums';

/** 决算 F2, 表8/表9 every row: 本年支出 合计（小计）= 基本支出 + 项目支出. */
export const finalFundColumnsRule: Rule = {
  id: 'final-fund-columns',
  family: 'columns',
  document: 'final',
  severity: 'error',
  title: '政府性基金、国有资本经营预算财政拨款收入支出决算表列间：本年支出合计等于基本支出与项目支出之和',
  check: (ctx) =>
    [...tablesOf(ctx.workbook, 'final_gov_fund'), ...tablesOf(ctx.workbook, 'final_state_capital')].flatMap((t) =>
      codedColumnSums(finalFundColumnsRule, ctx, t, [{ total: 'spend', parts: ['spendBasic', 'spendProject'] }]),
    ),
};
