import { tablesOf } from '../../tables/types';
import type { Rule } from '../rule';
import { codedColumnSums } from './codedColumnSums';

/** 决算 F2, 表5 一般公共预算财政拨款支出决算表 every row (its 合计 row at the bottom too): 合计 = 基本 + 项目. */
export const finalGeneralBudgetColumnsRule: Rule = {
  id: 'final-general-budget-columns',
  family: 'columns',
  document: 'final',
  severity: 'error',
  title: '一般公共预算财政拨款支出决算表列间：合计等于基本支出与项目支出之和',
  check: (ctx) =>
    tablesOf(ctx.workbook, 'final_general_budget_expenditure').flatMap((t) =>
      codedColumnSums(finalGeneralBudgetColumnsRule, ctx, t, [{ total: 'total', parts: ['basic', 'project'] }]),
    ),
};
