import type { Rule } from '../rule';
import { assetsTotalRule } from './assetsTotal';
import { procurementTotalRule } from './procurementTotal';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [assetsTotalRule, procurementTotalRule];
