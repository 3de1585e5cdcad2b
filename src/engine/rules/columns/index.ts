import type { Rule } from '../rule';
import { basicColumns } from './basicColumns';
import { expenditureColumns } from './expenditureColumns';
import { fiscalSummaryColumns } from './fiscalSummaryColumns';
import { functionalColumns } from './functionalColumns';
import { incomeColumns } from './incomeColumns';
import { threePublicColumns } from './threePublicColumns';
import { finalBasicTotalsRule } from './final-basic-totals';
import { finalExpenditureColumnsRule } from './final-expenditure-columns';
import { finalFiscalSummaryColumnsRule } from './final-fiscal-summary-columns';
import { finalFundBalanceRule } from './final-fund-balance';
import { finalFundColumnsRule } from './final-fund-columns';
import { finalGeneralBudgetColumnsRule } from './final-general-budget-columns';
import { finalIncomeColumnsRule } from './final-income-columns';
import { finalThreePublicColumnsRule } from './final-three-public-columns';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [
  incomeColumns,
  expenditureColumns,
  functionalColumns,
  basicColumns,
  fiscalSummaryColumns,
  threePublicColumns,
  finalIncomeColumnsRule,
  finalExpenditureColumnsRule,
  finalGeneralBudgetColumnsRule,
  finalFundColumnsRule,
  finalFundBalanceRule,
  finalBasicTotalsRule,
  finalThreePublicColumnsRule,
  finalFiscalSummaryColumnsRule,
];
