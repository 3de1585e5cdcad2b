import type { Rule } from '../rule';
import { narrativeAmount } from './narrativeAmount';
import { narrativeChange } from './narrativeChange';
import { narrativeChangeBase } from './narrativeChangeBase';
import { narrativeChangeSplit } from './narrativeChangeSplit';
import { narrativeGrowthRate } from './narrativeGrowthRate';
import { narrativeItemised } from './narrativeItemised';
import { narrativePerformanceTargets } from './narrativePerformanceTargets';
import { narrativePlaceholder } from './narrativePlaceholder';
import { narrativeProcurementSplit } from './narrativeProcurementSplit';
import { narrativeSubjectItem } from './narrativeSubjectItem';
import { narrativeTemplateText } from './narrativeTemplateText';
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
  narrativeSubjectItem,
  narrativeGrowthRate,
  narrativeChangeSplit,
  narrativeChangeBase,
  narrativeProcurementSplit,
  narrativePerformanceTargets,
  narrativeTemplateText,
];
