import { tablesOf } from '../../tables/types';
import type { Rule } from '../rule';
import { codedColumnSums } from './codedColumnSums';

/** Family 2, 基本支出表: 合计 = 人员经费 + 公用经费. */
export const basicColumns: Rule = {
  id: 'column-basic',
  family: 'columns',
  document: 'budget',
  severity: 'error',
  title: '基本支出表列间：合计等于人员经费加公用经费',
  check: (ctx) =>
    tablesOf(ctx.workbook, 'basic_expenditure').flatMap((t) =>
      codedColumnSums(basicColumns, ctx, t, [{ total: 'total', parts: ['personnel', 'public'] }]),
    ),
};
