import type Decimal from 'decimal.js';
import { tableOf, type BudgetWorkbook } from '../../tables/types';
import { valueOf } from '../tableTotal';

export interface FiscalItem {
  /** '一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行', as the published 编制说明 names a 科目. */
  name: string;
  value: Decimal;
}

/**
 * The 项 rows of the 一般公共预算支出功能分类预算表 with a non-zero 合计, in sheet order, each named by its 类
 * and 款 (found by code prefix) and its own name.
 */
export function fiscalItems(wb: BudgetWorkbook): FiscalItem[] {
  const t = tableOf(wb, 'general_budget_expenditure');
  if (!t) return [];
  const nameOf = new Map(t.rows.filter((r) => r.level === 1 || r.level === 2).map((r) => [r.code, r.name.trim()]));
  return t.rows
    .filter((r) => r.level === 3 && !valueOf(r.values.total).isZero())
    .map((r) => {
      const path = [nameOf.get(r.code.slice(0, 3)), nameOf.get(r.code.slice(0, 5)), r.name.trim()];
      return { name: path.filter((p): p is string => !!p).join('-'), value: valueOf(r.values.total) };
    });
}
