import type { Rule } from '../rule';
import { projectCostIndicatorRule } from './projectCostIndicator';
import { projectFundsRule } from './projectFunds';
import { projectMissingBudgetRule } from './projectMissingBudget';
import { projectSpendingPlanRule } from './projectSpendingPlan';
import { projectTotalRule } from './projectTotal';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [
  projectTotalRule,
  projectFundsRule,
  projectMissingBudgetRule,
  projectCostIndicatorRule,
  projectSpendingPlanRule,
];
