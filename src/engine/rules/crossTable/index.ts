import type { Rule } from '../rule';
import { crossBasicTotal } from './basicTotal';
import { crossFiscalFunds } from './fiscalFunds';
import { crossFiscalGeneral } from './fiscalGeneral';
import { crossGeneralVsExpenditure } from './generalVsExpenditure';
import { crossIncomeExpenditure } from './incomeExpenditure';
import { crossSummaryFunctional } from './summaryFunctional';
import { crossSummaryIncome } from './summaryIncome';
import { crossThreePublicBasic } from './threePublicBasic';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [
  crossSummaryIncome,
  crossSummaryFunctional,
  crossIncomeExpenditure,
  crossFiscalGeneral,
  crossFiscalFunds,
  crossBasicTotal,
  crossGeneralVsExpenditure,
  crossThreePublicBasic,
];
