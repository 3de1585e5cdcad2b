import type { Rule } from '../rule';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [];
