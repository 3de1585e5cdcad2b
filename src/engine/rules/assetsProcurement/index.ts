import type { Rule } from '../rule';
import { assetsTotalRule } from './assetsTotal';
import { procurementSourcesRule } from './procurementSources';
import { procurementTotalRule } from './procurementTotal';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [assetsTotalRule, procurementTotalRule, procurementSourcesRule];
