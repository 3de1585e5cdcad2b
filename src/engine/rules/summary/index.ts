import type { Rule } from '../rule';
import { summaryBalance } from './summaryBalance';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [summaryBalance];
