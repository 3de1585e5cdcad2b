import type { BudgetWorkbook } from '../../tables/types';
import { expenditureFigures } from '../expenditureFigures';
import { threePublicFigures } from '../threePublicFigures';
import type { PreviousYearFigures } from '../types';
import { shanghaiBudgetFigures } from './budgetFigures';

/**
 * Last year's figures from a Shanghai workbook, through the same tables this year's 编制说明 reads (元 tables
 * converted to 万元): 财政拨款收入, 财政拨款支出 and its three parts, the 三公 table; total, 基本 and 项目支出 too,
 * so the pane's fields show them.
 */
export function shanghaiPreviousYear(workbook: BudgetWorkbook): PreviousYearFigures {
  const notes: string[] = [];
  const f = shanghaiBudgetFigures(workbook, notes);
  const spending = expenditureFigures(workbook, notes);
  return {
    year: workbook.year,
    total: f.income ?? f.expenditure,
    basic: spending.basic,
    project: spending.project,
    threePublic: threePublicFigures(workbook, notes),
    fiscalIncome: f.fiscalIncome,
    fiscalExpenditure: f.fiscalExpenditure,
    general: f.general,
    fund: f.fund,
    capital: f.capital,
  };
}
