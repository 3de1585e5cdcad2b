import type { FinalFiscalSummaryTable, FinalSummaryTable } from '../../tables/finalTypes';
import { tablesOf, type BudgetWorkbook } from '../../tables/types';

/** 表1 and 表4 of a 决算, each checked alike where their lines are the same. */
export function finalSummaries(wb: BudgetWorkbook): Array<FinalSummaryTable | FinalFiscalSummaryTable> {
  return [...tablesOf(wb, 'final_income_expenditure_summary'), ...tablesOf(wb, 'final_fiscal_summary')];
}

/** The expenditure columns of a 决算 summary: 表1's 决算数, 表4's 合计 and three fund types (those it prints). */
export function finalSpendColumns(
  t: FinalSummaryTable | FinalFiscalSummaryTable,
): Array<'total' | 'general' | 'fund' | 'capital'> {
  const lines = [t.expenditureGrand, t.expenditureTotal, t.end, ...t.expenditureRows];
  return (['total', 'general', 'fund', 'capital'] as const).filter((k) => lines.some((l) => l?.values[k]));
}

/** '（一般公共预算财政拨款）' after a 表4 line's name when the column is not its 合计. */
export const FINAL_COLUMN_SUFFIX: Record<'total' | 'general' | 'fund' | 'capital', string> = {
  total: '',
  general: '（一般公共预算财政拨款）',
  fund: '（政府性基金预算财政拨款）',
  capital: '（国有资本经营预算财政拨款）',
};
