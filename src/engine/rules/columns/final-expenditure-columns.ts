import { tablesOf } from '../../tables/types';
import type { Rule } from '../rule';
import { codedColumnSums } from './codedColumnSums';

/** 决算 F2, 表3 支出决算表 every row: 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助. */
export const finalExpenditureColumnsRule: Rule = {
  id: 'final-expenditure-columns',
  family: 'columns',
  document: 'final',
  severity: 'error',
  title: '支出决算表列间：本年支出合计等于基本支出、项目支出、上缴上级支出、经营支出和对附属单位补助支出之和',
  check: (ctx) =>
    tablesOf(ctx.workbook, 'final_expenditure').flatMap((t) =>
      codedColumnSums(finalExpenditureColumnsRule, ctx, t, [
        { total: 'total', parts: ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] },
      ]),
    ),
};
