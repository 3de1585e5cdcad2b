import { projectsOf } from '../largestProjects';
import type { SectionContext } from '../sectionContext';
import { sum, valueOf } from '../tableTotal';
import type { NarrativeSection } from '../types';
import { wan, yearText } from '../wording';
import { AMOUNT, amountOf, statedInText } from './statedInText';
import { FILL_PLACEHOLDER } from './wording';

/**
 * 四、绩效目标设置情况: how many projects carry 绩效目标 and their money, from the 绩效目标 forms when the
 * workbook has them, else from the author's text, else placeholders. The number of 预算单位 is in no table.
 */
export function performanceSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const title = '绩效目标设置情况';
  const base = { id: 'performance', title, headings: [`四、${title}`], notes } as const;
  const wb = ctx.workbook;
  const units = statedInText(wb, /本部门(\d+)个预算单位/)?.[1] ?? FILL_PLACEHOLDER;
  const projects = projectsOf(wb);
  let count: string;
  let amount: string;
  if (projects.length) {
    count = String(projects.length);
    amount = wan(sum(projects.map((p) => valueOf(p.budget))));
  } else {
    const m = statedInText(wb, new RegExp(`编报绩效目标的项目(\\d+)个,涉及项目预算资金${AMOUNT}万元`));
    count = m?.[1] ?? FILL_PLACEHOLDER;
    amount = m ? wan(amountOf(m[2], m[3])) : `${FILL_PLACEHOLDER}万元`;
    notes.push(
      m
        ? '工作簿中没有项目绩效目标表，项目数和金额取自情况说明原文，请核实'
        : '工作簿中没有项目绩效目标表，情况说明原文中也没有项目数和金额：请填写占位处',
    );
  }
  const text =
    `按照本区预算绩效管理工作的总体要求，本部门${units}个预算单位开展了${yearText(ctx.year)}项目预算绩效目标编报工作，` +
    `编报绩效目标的项目${count}个，涉及项目预算资金${amount}。`;
  return { ...base, text };
}
