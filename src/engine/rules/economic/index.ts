import type { Rule } from '../rule';
import { economicClassRule } from './economicClass';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [economicClassRule];
