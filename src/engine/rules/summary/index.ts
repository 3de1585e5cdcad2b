import type { Rule } from '../rule';
import { summaryBalance } from './summaryBalance';
import { summaryExpenditureSplit } from './summaryExpenditureSplit';
import { summaryIncomeParts } from './summaryIncomeParts';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [summaryBalance, summaryIncomeParts, summaryExpenditureSplit];
