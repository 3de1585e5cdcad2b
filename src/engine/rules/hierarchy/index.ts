import type { Rule } from '../rule';
import { hierarchySum } from './hierarchySum';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [hierarchySum];
