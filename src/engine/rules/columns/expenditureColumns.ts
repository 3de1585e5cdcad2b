import { tablesOf } from '../../tables/types';
import type { Rule } from '../rule';
import { codedColumnSums } from './codedColumnSums';

/** Family 2, 支出总表: 合计 = 基本 + 项目 + 经营 + 上解上级 + 对附属单位补助. */
export const expenditureColumns: Rule = {
  id: 'column-expenditure',
  family: 'columns',
  document: 'budget',
  severity: 'error',
  title: '支出总表列间：合计等于基本支出、项目支出、经营支出、上解上级支出、对附属单位补助支出之和',
  check: (ctx) =>
    tablesOf(ctx.workbook, 'expenditure').flatMap((t) =>
      codedColumnSums(expenditureColumns, ctx, t, [
        { total: 'total', parts: ['basic', 'project', 'operating', 'remit', 'subsidy'] },
      ]),
    ),
};
