import { formatWan } from '../amount';
import { expenditureFigures } from './expenditureFigures';
import { projectsOf } from './largestProjects';
import type { SectionContext } from './sectionContext';
import { sum } from './tableTotal';
import type { NarrativeSection } from './types';
import { wan, yearText } from './wording';

/** 项目绩效: how many projects have a 绩效目标表 and the sum of their 预算数. */
export function performanceSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'performance', title: '项目绩效目标情况', notes } as const;
  const projects = projectsOf(ctx.workbook);
  const y = yearText(ctx.year);
  if (!projects.length) {
    notes.push('工作簿中没有项目支出绩效目标表');
    return { ...base, text: `${y}，我部门无编制绩效目标的项目。` };
  }
  const blank = projects.filter((p) => p.budget.amount.kind !== 'number');
  if (blank.length) {
    notes.push(`项目${blank.map((p) => `“${p.name.text.trim()}”`).join('、')}的预算数未填列，按0计入合计`);
  }
  const total = sum(projects.map((p) => p.budget.value));
  const project = expenditureFigures(ctx.workbook, []).project;
  if (project && !project.equals(total)) {
    notes.push(`各项目预算数之和 ${formatWan(total)} 与支出总表项目支出 ${formatWan(project)} 不一致，请核对`);
  }
  const text = `${y}，我部门共有${projects.length}个项目编制了绩效目标，预算数合计${wan(total)}（详见项目支出绩效目标表）。`;
  return { ...base, text };
}
