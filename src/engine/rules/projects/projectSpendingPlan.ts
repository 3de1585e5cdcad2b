import type Decimal from 'decimal.js';
import type { CellRef } from '../../grid';
import type { Finding } from '../../findings';
import type { ProjectBlock } from '../../tables/types';
import { tablesOf } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { projectName } from './projectName';

const HUNDRED = 100;

interface PlanProblem {
  text: string;
  cells: CellRef[];
  expected?: string;
  actual?: string;
}

function percent(p: Decimal): string {
  return `${p.toString()}%`;
}

/**
 * What is wrong with a 资金支出计划, or null. Blank months are skipped (early months are often blank, and a
 * plan that reaches 100% at 10月底 may leave 12月底 blank); the stated percentages must not fall and the last
 * one must be 100%.
 */
export function planProblem(project: ProjectBlock): PlanProblem | null {
  let filled = project.plan.filter((p): p is { label: string; percent: Decimal; cell: CellRef } => p.percent !== null);
  // Percent-formatted number cells may arrive as fractions (0.3 for 30%); a plan never ends at 1%.
  if (filled.length > 0 && filled.every((p) => p.percent.lte(1)) && filled.some((p) => p.percent.gt(0))) {
    filled = filled.map((p) => ({ ...p, percent: p.percent.times(HUNDRED) }));
  }
  if (project.plan.length === 0) return null;
  if (filled.length === 0) {
    if (project.budget.value.isZero()) return null;
    return { text: '资金支出计划未填写', cells: project.plan.map((p) => p.cell) };
  }
  for (let i = 1; i < filled.length; i++) {
    const prev = filled[i - 1];
    const cur = filled[i];
    if (cur.percent.lt(prev.percent)) {
      return {
        text: `资金支出计划${cur.label} ${percent(cur.percent)} 低于${prev.label} ${percent(prev.percent)}，累计进度不应下降`,
        cells: [cur.cell, prev.cell],
        expected: `≥${percent(prev.percent)}`,
        actual: percent(cur.percent),
      };
    }
  }
  const last = filled[filled.length - 1];
  if (!last.percent.eq(HUNDRED)) {
    return {
      text: `资金支出计划最后为${last.label} ${percent(last.percent)}，应达到 100%`,
      cells: [last.cell],
      expected: '100%',
      actual: percent(last.percent),
    };
  }
  return null;
}

/** A plan that falls or never reaches 100% is a planning slip the unit should explain or fix: warning. */
export const projectSpendingPlanRule: Rule = {
  id: 'project-spending-plan',
  family: 'projects',
  document: 'budget',
  severity: 'warning',
  title: '项目资金支出计划应逐月累计递增并在年底达到100%',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'project_performance')) {
      for (const project of table.projects) {
        const problem = planProblem(project);
        if (!problem) continue;
        findings.push({
          ruleId: projectSpendingPlanRule.id,
          family: projectSpendingPlanRule.family,
          severity: projectSpendingPlanRule.severity,
          message: `项目“${projectName(project)}”${problem.text}`,
          cells: problem.cells,
          table: table.kind,
          expected: problem.expected,
          actual: problem.actual,
        });
      }
    }
    return findings;
  },
};
