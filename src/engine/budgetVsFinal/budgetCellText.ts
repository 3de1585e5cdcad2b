import type { BudgetAmount, YearBudgetFigures } from './types';

/** Where a 预算 figure came from, for a 决算 finding's message: '预算文件 2024预算.xlsx 5一般公共预算…!E26'. */
export function budgetCellText(figures: YearBudgetFigures, amount: BudgetAmount): string {
  // Typed figures have no cell: the source ('手工填写') is all there is to name.
  if (!amount.cell) return `同年预算（${figures.source}）`;
  return `预算文件 ${figures.source} ${amount.cell.sheet}!${amount.cell.address}`;
}
