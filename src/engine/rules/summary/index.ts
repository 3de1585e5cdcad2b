import type { Rule } from '../rule';
import { summaryBalance } from './summaryBalance';
import { summaryExpenditureSplit } from './summaryExpenditureSplit';
import { summaryIncomeParts } from './summaryIncomeParts';
import { finalFiscalBeginItemsRule } from './final-fiscal-begin-items';
import { finalFiscalCarryForwardRule } from './final-fiscal-carry-forward';
import { finalSummaryBalanceRule } from './final-summary-balance';
import { finalSummaryGrandRule } from './final-summary-grand';
import { finalSummaryIncomeTotalRule } from './final-summary-income-total';
import { finalSummarySpendTotalRule } from './final-summary-spend-total';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [
  summaryBalance,
  summaryIncomeParts,
  summaryExpenditureSplit,
  finalSummaryIncomeTotalRule,
  finalSummarySpendTotalRule,
  finalSummaryGrandRule,
  finalSummaryBalanceRule,
  finalFiscalBeginItemsRule,
  finalFiscalCarryForwardRule,
];
