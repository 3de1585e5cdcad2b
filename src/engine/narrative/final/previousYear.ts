import { budgetYearOf } from '../../rules/narrative/budgetYear';
import type { BudgetWorkbook } from '../../tables/types';
import type { PreviousYearFigures } from '../types';
import { basicPartTotal, fiscalGrandTotal, generalBudgetTotal, grandTotal } from './finalFigures';
import { includesPublicInstitutions } from './publicInstitutions';
import { threePublicFinalFigures } from './threePublicFinalFigures';
import { AMOUNT, amountOf, statedInText } from '../shanghai/statedInText';

/**
 * Last year's figures from last year's 决算 workbook: 表1 总计, 表4 总计, 表5 合计, 表7 决算数, and 机关运行经费 as
 * its 情况说明 states it (else 表6 公用经费合计 when no 事业单位 is consolidated).
 */
export function finalPreviousYear(workbook: BudgetWorkbook): PreviousYearFigures {
  const year = budgetYearOf(workbook);
  const t7 = threePublicFinalFigures(workbook)?.actual;
  const stated = statedInText(workbook, new RegExp(`机关运行经费支出${AMOUNT}万元`));
  const publicCosts = includesPublicInstitutions(workbook) ? undefined : basicPartTotal(workbook, 'public');
  const figures: PreviousYearFigures = {
    year,
    grandTotal: grandTotal(workbook),
    fiscalGrandTotal: fiscalGrandTotal(workbook),
    general: generalBudgetTotal(workbook),
    operatingCosts: stated ? amountOf(stated[1], stated[2]) : publicCosts,
  };
  if (t7)
    figures.threePublicActual = {
      total: t7.total,
      outbound: t7.outbound,
      vehicle: t7.vehicle,
      reception: t7.reception,
    };
  return figures;
}
