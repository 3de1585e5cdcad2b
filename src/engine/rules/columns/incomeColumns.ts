import { tablesOf } from '../../tables/types';
import type { Rule } from '../rule';
import { codedColumnSums } from './codedColumnSums';

const SOURCES = ['fiscal', 'specialAccount', 'business', 'operating', 'superior', 'subsidiary', 'other'];

/** Family 2, 收入总表: 合计 = 本年收入小计 + 上年结转; 小计 = Σ 收入来源. */
export const incomeColumns: Rule = {
  id: 'column-income',
  family: 'columns',
  document: 'budget',
  severity: 'error',
  title: '收入总表列间：合计等于本年收入小计加上年结转，小计等于各项收入之和',
  check: (ctx) =>
    tablesOf(ctx.workbook, 'income').flatMap((t) => {
      // Without a 小计 column the total is the sources plus 上年结转 directly.
      const hasSubtotal = t.columns.includes('subtotal');
      return codedColumnSums(incomeColumns, ctx, t, [
        { total: 'total', parts: hasSubtotal ? ['subtotal', 'carryover'] : [...SOURCES, 'carryover'] },
        { total: 'subtotal', parts: SOURCES },
      ]);
    }),
};
