import Decimal from 'decimal.js';
import { templateById } from '../templates';
import type { BudgetWorkbook } from '../tables/types';
import type { BudgetAmount, YearBudgetFigures } from './types';

/**
 * The 预算 figures a budget-vs-final rule compares with: only for a 决算 checked with its 预算, and not when the two
 * years differ — every figure would then disagree, and 'final-budget-year' already says the file is the wrong one.
 */
export function comparableBudget(
  wb: BudgetWorkbook,
  budget: YearBudgetFigures | undefined,
): YearBudgetFigures | undefined {
  if (!budget || templateById(wb.template).document !== 'final') return undefined;
  if (budget.year !== undefined && wb.year !== undefined && budget.year !== wb.year) return undefined;
  return budget;
}

/**
 * A 预算 figure as precisely as the 决算 states it: 元 tables convert to 万元 with four decimals, the 决算 prints
 * two (or what `decimals` says), so 12,029,501.84元 is the 决算's 1202.95万元.
 */
export function budgetAsStated(amount: BudgetAmount, decimals: number): Decimal {
  return amount.value.toDecimalPlaces(Math.max(decimals, 0), Decimal.ROUND_HALF_UP);
}
