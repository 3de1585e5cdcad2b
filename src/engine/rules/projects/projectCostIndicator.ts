import Decimal from 'decimal.js';
import { formatWan } from '../../amount';
import type { Finding } from '../../findings';
import { stateRelation } from '../../relations/stateRelation';
import type { ProjectBlock } from '../../tables/types';
import { tablesOf } from '../../tables/types';
import { valueIn } from '../../tolerance';
import type { CheckContext, Rule } from '../rule';
import { termOf } from '../sumFinding';
import { costIndicatorTerm } from './costIndicatorTerm';
import { costAmounts, type CostAmount } from './costIndicators';
import { projectName } from './projectName';

/**
 * A project with one cost amount asserts it equals the 预算数 (issue 10); with several, any one of them or their Σ
 * may state it, which is no single relation and stays the rule's own decision. The finding rides on the relation
 * only when the relation does not hold too.
 */
function relate(ctx: CheckContext, project: ProjectBlock, finding: Finding | null): void {
  const amounts = costAmounts(project);
  if (amounts.length !== 1) return;
  const stated = costIndicatorTerm(ctx, amounts[0], project.budget);
  if (!stated) return;
  const relation = stateRelation({
    rule: projectCostIndicatorRule,
    ctx,
    terms: [stated, termOf(project.budget, -1)],
    rounding: 'coarser',
    describe: `项目“${projectName(project)}”成本指标应与预算数一致`,
    table: 'project_performance',
    finding,
  });
  if (relation.status === 'holds') delete relation.finding;
}

/** The cost indicators that disagree with the 预算数, or [] when one of them (or all together) states it. */
function disagreeing(project: ProjectBlock): CostAmount[] {
  const amounts = costAmounts(project);
  // Cost amounts are in 万元; a 元 budget (Shanghai forms) is converted.
  const budget = valueIn(project.budget, '万元');
  if (amounts.length === 0 || amounts.some((a) => a.value.eq(budget))) return [];
  // Several cost indicators may split the budget (印刷费 ≤0.1万 + 宣传费 ≤0.1万).
  const sum = amounts.reduce((s, a) => s.plus(a.value), new Decimal(0));
  if (amounts.length > 1 && sum.eq(budget)) return [];
  return amounts;
}

/**
 * 成本指标 "≤X" should state the 预算数. A ceiling above the budget is not wrong in itself, but the template
 * means the project's cost and a different X is usually a stale or mistyped figure: warning (提示性审核).
 * The 预算数 agrees with the totals in the seed (14.03), so the indicator cell is named first.
 */
export const projectCostIndicatorRule: Rule = {
  id: 'project-cost-indicator',
  family: 'projects',
  document: 'budget',
  severity: 'warning',
  title: '项目成本指标金额应与预算数一致',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'project_performance')) {
      for (const project of table.projects) {
        // A blank or zero 预算数 is project-missing-budget's finding.
        if (project.budget.value.isZero()) continue;
        const bad = disagreeing(project);
        if (bad.length === 0) {
          relate(ctx, project, null);
          continue;
        }
        const budget = formatWan(valueIn(project.budget, '万元'));
        const stated = bad.map((a) => `“${a.indicator.value.text.trim()}”`).join('、');
        const finding: Finding = {
          ruleId: projectCostIndicatorRule.id,
          family: projectCostIndicatorRule.family,
          severity: projectCostIndicatorRule.severity,
          message: `项目“${projectName(project)}”成本指标${stated}与预算数 ${budget} 万元不一致`,
          cells: [...bad.map((a) => a.indicator.value.cell), project.budget.cell],
          table: table.kind,
          expected: budget,
          actual: formatWan(bad[0].value),
        };
        relate(ctx, project, finding);
        findings.push(finding);
      }
    }
    return findings;
  },
};
