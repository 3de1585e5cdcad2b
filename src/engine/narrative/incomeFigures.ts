import type Decimal from 'decimal.js';
import { tableOf, type BudgetWorkbook, type IncomeItemRole, type SummaryTableBase } from '../tables/types';
import { settleTotal, sum, valueOf } from './tableTotal';

/** The income figures the 收入说明 states, from the 收支总表 (the table the narrative checks compare with). */
export interface IncomeFigures {
  /** 收入总计: this year's income plus 上年结转. */
  total: Decimal;
  general: Decimal;
  fund: Decimal;
  capital: Decimal;
  specialAccount: Decimal;
  unitFunds: Decimal;
  carryIn: Decimal;
}

export function summaryTableOf(wb: BudgetWorkbook): SummaryTableBase | undefined {
  return tableOf(wb, 'income_expenditure_summary') ?? tableOf(wb, 'fiscal_summary');
}

function itemSum(s: SummaryTableBase, roles: readonly IncomeItemRole[]): Decimal {
  return sum(s.incomeItems.filter((l) => roles.includes(l.role)).map((l) => valueOf(l.values.amount)));
}

/** Undefined when the workbook has no 收支总表. */
export function incomeFigures(wb: BudgetWorkbook, notes: string[]): IncomeFigures | undefined {
  const s = summaryTableOf(wb);
  if (!s) return undefined;
  const items = {
    general: itemSum(s, ['general']),
    fund: itemSum(s, ['fund']),
    capital: itemSum(s, ['capital']),
    specialAccount: itemSum(s, ['specialAccount']),
    unitFunds: itemSum(s, ['unitFunds', 'other']),
  };
  const carryIn = valueOf(s.carryIn?.values.amount);
  const parts = [...Object.values(items), carryIn];
  const name = s.title.text || '收支总表';
  const total = s.grandIncome
    ? settleTotal(`${name}“收入总计”`, s.grandIncome.values.amount, parts, notes)
    : settleTotal(`${name}“本年收入合计”`, s.incomeTotal?.values.amount, Object.values(items), notes).plus(carryIn);
  return { total, ...items, carryIn };
}
