import { finalNarrativeAmount } from './final-narrative-amount';
import { finalNarrativeBudgetItems } from './final-narrative-budget-items';
import { finalNarrativeGrowth } from './final-narrative-growth';
import { finalNarrativeListedNames } from './final-narrative-listed-names';
import { finalNarrativeNone } from './final-narrative-none';
import { finalNarrativeOperatingCosts } from './final-narrative-operating-costs';
import { finalNarrativePercent } from './final-narrative-percent';
import { finalNarrativeSum } from './final-narrative-sum';
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
  // 部门决算 (JUESUAN.md §5): each reads only the 决算 sections of a workbook with 决算 tables.
  finalNarrativeAmount,
  finalNarrativePercent,
  finalNarrativeSum,
  finalNarrativeGrowth,
  finalNarrativeListedNames,
  finalNarrativeBudgetItems,
  finalNarrativeOperatingCosts,
  finalNarrativeNone,
];
