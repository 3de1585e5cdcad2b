import type { BudgetWorkbook } from '../tables/types';
import { expenditureFigures } from './expenditureFigures';
import { incomeFigures } from './incomeFigures';
import { threePublicFigures } from './threePublicFigures';
import type { PreviousYearFigures } from './types';

/**
 * Last year's figures from a Hebei workbook, read the way this year's text states them: the 收支总表
 * 收入总计, the 支出总表 基本/项目支出, the 三公 table.
 */
export function hebeiPreviousYear(workbook: BudgetWorkbook): PreviousYearFigures {
  const notes: string[] = [];
  const spending = expenditureFigures(workbook, notes);
  return {
    year: workbook.year,
    total: incomeFigures(workbook, notes)?.total ?? spending.total,
    basic: spending.basic,
    project: spending.project,
    threePublic: threePublicFigures(workbook, notes),
  };
}
