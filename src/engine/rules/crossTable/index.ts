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
import { finalBasicVsGeneralHintRule } from './final-basic-vs-general-hint';
import { finalFiscalVsFundsRule } from './final-fiscal-vs-funds';
import { finalFiscalVsGeneralBudgetRule } from './final-fiscal-vs-general-budget';
import { finalGeneralVsBasicRule } from './final-general-vs-basic';
import { finalGeneralVsExpenditureRule } from './final-general-vs-expenditure';
import { finalIncomeVsFiscalRule } from './final-income-vs-fiscal';
import { finalSameCodeNameRule } from './final-same-code-name';
import { finalSummaryCoversFiscalRule } from './final-summary-covers-fiscal';
import { finalSummaryVsExpenditureRule } from './final-summary-vs-expenditure';
import { finalSummaryVsFiscalRule } from './final-summary-vs-fiscal';
import { finalSummaryVsIncomeRule } from './final-summary-vs-income';
import { finalThreePublicVsBasicRule } from './final-three-public-vs-basic';

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
  finalSummaryVsIncomeRule,
  finalSummaryVsExpenditureRule,
  finalSummaryVsFiscalRule,
  finalSummaryCoversFiscalRule,
  finalIncomeVsFiscalRule,
  finalFiscalVsGeneralBudgetRule,
  finalFiscalVsFundsRule,
  finalGeneralVsExpenditureRule,
  finalGeneralVsBasicRule,
  finalThreePublicVsBasicRule,
  finalBasicVsGeneralHintRule,
  finalSameCodeNameRule,
];
