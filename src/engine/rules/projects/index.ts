import type { Rule } from '../rule';
import { projectAnnualFundsRule } from './projectAnnualFunds';
import { projectCostIndicatorRule } from './projectCostIndicator';
import { projectFundsRule } from './projectFunds';
import { projectMissingBudgetRule } from './projectMissingBudget';
import { projectOverallFundsRule } from './projectOverallFunds';
import { projectSpendingPlanRule } from './projectSpendingPlan';
import { projectTotalRule } from './projectTotal';

/** Rules of this family, in the order they run. */
export const rules: Rule[] = [
  projectTotalRule,
  projectFundsRule,
  projectAnnualFundsRule,
  projectOverallFundsRule,
  projectMissingBudgetRule,
  projectCostIndicatorRule,
  projectSpendingPlanRule,
];
