import { tablesOf } from '../../tables/types';
import type { Rule } from '../rule';
import { codedColumnSums } from './codedColumnSums';

/** 决算 F2, 表2 收入决算表 every row: 本年收入合计 = Σ the six sources (no 上年结转 column in a 决算). */
export const finalIncomeColumnsRule: Rule = {
  id: 'final-income-columns',
  family: 'columns',
  document: 'final',
  severity: 'error',
  title: '收入决算表列间：本年收入合计等于财政拨款、上级补助、事业、经营、附属单位上缴和其他收入之和',
  check: (ctx) =>
    tablesOf(ctx.workbook, 'final_income').flatMap((t) =>
      codedColumnSums(finalIncomeColumnsRule, ctx, t, [
        { total: 'total', parts: ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] },
      ]),
    ),
};
