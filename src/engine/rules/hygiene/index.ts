import type { Rule } from '../rule';
import { budgetYearRule } from './budgetYear';
import { decimalsRule } from './decimals';
import { emptyTableNoteRule } from './emptyTableNote';
import { invalidAmountRule } from './invalidAmount';
import { measureRule } from './measure';
import { missingTableRule } from './missingTable';
import { negativeAmountRule } from './negativeAmount';
import { unitNameRule } from './unitName';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [
  unitNameRule,
  budgetYearRule,
  measureRule,
  decimalsRule,
  negativeAmountRule,
  invalidAmountRule,
  emptyTableNoteRule,
  missingTableRule,
];
