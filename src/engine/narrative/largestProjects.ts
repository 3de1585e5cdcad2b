import { tablesOf, type BudgetWorkbook, type ProjectBlock } from '../tables/types';

/** Every project of the 项目支出绩效目标表, in sheet order. */
export function projectsOf(wb: BudgetWorkbook): ProjectBlock[] {
  return tablesOf(wb, 'project_performance').flatMap((t) => t.projects);
}

/** The `count` projects with the largest 预算数 (blank or zero 预算数 left out); ties keep sheet order. */
export function largestProjects(wb: BudgetWorkbook, count: number): ProjectBlock[] {
  return projectsOf(wb)
    .filter((p) => p.budget.amount.kind === 'number' && p.budget.value.gt(0))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.budget.value.comparedTo(a.p.budget.value) || a.i - b.i)
    .slice(0, count)
    .map(({ p }) => p);
}
