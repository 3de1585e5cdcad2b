import { tableOf } from '../../tables/types';
import type { Rule } from '../rule';
import { crossFinding } from './crossFinding';

/**
 * Family 4: 一般公共预算财政拨款支出表 基本支出 合计 = 一般公共预算财政拨款基本支出表 合计.
 * The general-budget table aggregates by 功能分类 while the basic table itemises by 经济分类, so the
 * general-budget cell is treated as the more derived one and named first.
 */
export const crossBasicTotal: Rule = {
  id: 'cross-basic-total',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '一般公共预算财政拨款支出表基本支出合计与基本支出表合计一致',
  check: (ctx) => {
    const general = tableOf(ctx.workbook, 'general_budget_expenditure');
    const basic = tableOf(ctx.workbook, 'basic_expenditure');
    const stated = general?.total?.values.basic;
    const reference = basic?.total?.values.total;
    if (!general || !basic || !stated || !reference) return [];
    const f = crossFinding({
      rule: crossBasicTotal,
      ctx,
      table: general.kind,
      stated: [stated],
      reference: [reference],
      describe: '一般公共预算财政拨款支出表 基本支出合计 应等于 基本支出表 合计',
    });
    return f ? [f] : [];
  },
};
