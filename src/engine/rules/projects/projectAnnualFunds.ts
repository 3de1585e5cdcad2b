import type { Finding } from '../../findings';
import { tablesOf } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { fundPartsFinding } from './fundParts';
import { projectName } from './projectName';

/**
 * 财政项目支出绩效目标填报表 (Shanghai): 年度资金申请总额 = 其中 当年财政拨款 + 上年结转资金 + 其他资金. An
 * arithmetic error on the published form: error. For a project that runs one year the 项目资金总额 restates the
 * annual total; when it agrees, the part is named first (wanli form 5: 当年财政拨款 11,419,043 under a total of
 * 10,903,043 that 项目资金总额 and 财政资金 both state).
 */
export const projectAnnualFundsRule: Rule = {
  id: 'project-annual-funds',
  family: 'projects',
  document: 'budget',
  severity: 'error',
  title: '绩效目标填报表：年度资金申请总额应等于当年财政拨款、上年结转资金与其他资金之和',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'project_performance')) {
      for (const project of table.projects) {
        const annual = project.funds?.annual;
        if (!annual) continue;
        const finding = fundPartsFinding({
          rule: projectAnnualFundsRule,
          ctx,
          total: annual.total,
          parts: [annual.appropriation, annual.carryover, annual.other],
          restated: project.funds?.project?.total,
          describe: `项目“${projectName(project)}”年度资金申请总额应等于当年财政拨款、上年结转资金与其他资金之和`,
        });
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
