import type { Finding } from '../../findings';
import { tablesOf } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { sumFinding } from '../sumFinding';
import { projectName } from './projectName';

/** 预算数 = 其中：财政资金 + 其他资金, within one block: an arithmetic error in the table, so error. */
export const projectFundsRule: Rule = {
  id: 'project-funds',
  family: 'projects',
  document: 'budget',
  severity: 'error',
  title: '项目预算数应等于财政资金与其他资金之和',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'project_performance')) {
      for (const project of table.projects) {
        const parts = [project.fiscal, project.other].filter((f) => f !== undefined);
        if (parts.length === 0) continue;
        const finding = sumFinding({
          rule: projectFundsRule,
          ctx,
          table: table.kind,
          total: project.budget,
          parts,
          describe: `项目“${projectName(project)}”预算数应等于财政资金与其他资金之和`,
        });
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
