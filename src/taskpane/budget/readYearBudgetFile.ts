import ExcelJS from 'exceljs';
import { readYearBudget } from '../../engine/budgetVsFinal/readYearBudget';
import type { YearBudgetFigures } from '../../engine/budgetVsFinal/types';
import { yearBudgetProblem } from '../../engine/budgetVsFinal/yearBudgetProblem';
import { recognizeWorkbook } from '../../engine/tables/recognizeWorkbook';
import { workbookToGrid } from '../../xlsx/workbookToGrid';
import { YEAR_BUDGET_TEXT } from './yearBudgetText';

/** Why the chosen file gives no 预算 figures, in Chinese for the pane. */
export class YearBudgetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YearBudgetFileError';
  }
}

/**
 * The same year's 预算 workbook (.xlsx bytes) → its figures, read as the command line's --budget reads it (ExcelJS,
 * the grid, the recognizer, the same refusal of a 决算 or a workbook without 预算 tables). Loaded on demand.
 */
export async function readYearBudgetFile(data: ArrayBuffer, fileName: string): Promise<YearBudgetFigures> {
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(data);
  } catch {
    throw new YearBudgetFileError(YEAR_BUDGET_TEXT.unreadable(fileName));
  }
  const workbook = recognizeWorkbook(workbookToGrid(excel, fileName));
  const figures = readYearBudget(workbook, fileName);
  const problem = yearBudgetProblem(workbook, figures, fileName);
  if (problem) throw new YearBudgetFileError(problem);
  return figures;
}
