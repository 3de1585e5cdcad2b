import type { Rule } from '../rule';
import { crossBasicTotal } from './basicTotal';
import { crossFiscalFunds } from './fiscalFunds';
import { crossFiscalGeneral } from './fiscalGeneral';
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
];
