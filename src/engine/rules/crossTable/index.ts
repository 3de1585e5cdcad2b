import type { Rule } from '../rule';
import { crossBasicTotal } from './basicTotal';
import { crossFiscalFunds } from './fiscalFunds';
import { crossFiscalGeneral } from './fiscalGeneral';
import { finalBudgetYear } from './final-budget-year';
import { finalInitialBudget } from './final-initial-budget';
import { finalThreePublicBudget } from './final-three-public-budget';
import { crossGeneralVsExpenditure } from './generalVsExpenditure';
import { crossIncomeExpenditure } from './incomeExpenditure';
import { crossSummaryBasicSplit } from './summaryBasicSplit';
import { crossSummaryFiscalIncome } from './summaryFiscalIncome';
import { crossSummaryFunctional } from './summaryFunctional';
import { crossSummaryFunctionalSplit } from './summaryFunctionalSplit';
import { crossSummaryIncome } from './summaryIncome';
import { crossThreePublicBasic } from './threePublicBasic';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [
  crossSummaryIncome,
  crossSummaryFunctional,
  crossSummaryFunctionalSplit,
  crossSummaryFiscalIncome,
  crossSummaryBasicSplit,
  crossIncomeExpenditure,
  crossFiscalGeneral,
  crossFiscalFunds,
  crossBasicTotal,
  crossGeneralVsExpenditure,
  crossThreePublicBasic,
  // 决算 against the same year's 预算 (options.budget).
  finalBudgetYear,
  finalThreePublicBudget,
  finalInitialBudget,
];
