import type { Rule } from '../rule';
import { narrativeAmount } from './narrativeAmount';
import { narrativeChange } from './narrativeChange';
import { narrativeItemised } from './narrativeItemised';
import { narrativePlaceholder } from './narrativePlaceholder';
import { narrativeSum } from './narrativeSum';
import { narrativeYear } from './narrativeYear';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [
  narrativeAmount,
  narrativeSum,
  narrativeItemised,
  narrativeChange,
  narrativeYear,
  narrativePlaceholder,
];
