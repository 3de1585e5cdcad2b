import type { Finding } from '../../findings';
import { tablesOf } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { fundPartsFinding } from './fundParts';
import { projectName } from './projectName';

/** 财政项目支出绩效目标填报表 (Shanghai): 项目资金总额 = 其中 财政资金 + 其他资金, where the form prints them: error. */
export const projectOverallFundsRule: Rule = {
  id: 'project-overall-funds',
  family: 'projects',
  document: 'budget',
  severity: 'error',
  title: '绩效目标填报表：项目资金总额应等于财政资金与其他资金之和',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'project_performance')) {
      for (const project of table.projects) {
        const overall = project.funds?.project;
        if (!overall) continue;
        const finding = fundPartsFinding({
          rule: projectOverallFundsRule,
          ctx,
          total: overall.total,
          parts: [overall.fiscal, overall.other],
          describe: `项目“${projectName(project)}”项目资金总额应等于财政资金与其他资金之和`,
        });
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
