import type { Finding } from '../../findings';
import { tableOf, tablesOf } from '../../tables/types';
import { templateById } from '../../templates';
import type { CheckContext, Rule } from '../rule';
import { sumFinding } from '../sumFinding';

/**
 * Σ 各项目预算数 = 支出总表 项目支出 合计, where the template publishes a 绩效目标表 for every project (Hebei): a gap
 * means a project left out or a 预算数 mistyped: error (尾差 inside the envelope stays info, via sumFinding). Where
 * only some projects carry targets (Shanghai), the covered money is below 项目支出 and the rule does not run.
 */
export const projectTotalRule: Rule = {
  id: 'project-total',
  family: 'projects',
  document: 'budget',
  severity: 'error',
  title: '各项目绩效目标表预算数之和应等于支出总表项目支出合计',
  check(ctx: CheckContext): Finding[] {
    if (!templateById(ctx.workbook.template).performanceCoversAllProjects) return [];
    const projects = tablesOf(ctx.workbook, 'project_performance').flatMap((t) => t.projects);
    const total = tableOf(ctx.workbook, 'expenditure')?.total?.values.project;
    if (!total || projects.length === 0) return [];
    const finding = sumFinding({
      rule: projectTotalRule,
      ctx,
      table: 'expenditure',
      total,
      parts: projects.map((p) => p.budget),
      describe: `支出总表项目支出合计应等于 ${projects.length} 个项目绩效目标表的预算数之和`,
    });
    return finding ? [finding] : [];
  },
};
