import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { departmentName, FILL_PLACEHOLDER, finalYear } from './finalWording';

export const PERFORMANCE_TITLE = '预算绩效管理情况';

/**
 * 十、预算绩效管理情况 in the template's sentence. No table holds these counts and amounts: every figure is a
 * placeholder for the author.
 */
export function performanceSection(ctx: SectionContext): NarrativeSection {
  const y = finalYear(ctx.year);
  const n = FILL_PLACEHOLDER;
  const grade = (g: string) => `绩效评级为“${g}”的项目${n}个`;
  const text =
    `${departmentName(ctx.workbook.unitName)}${y}预算绩效管理工作开展情况如下：` +
    `${'【请填写预算绩效管理制度建设和工作机制情况】'}；实行全过程绩效管理实施情况：` +
    `编报绩效目标的${y}项目${n}个，涉及预算金额${n}万元；绩效跟踪评价的${y}项目${n}个，涉及预算金额${n}万元；` +
    `绩效自评的${y}项目${n}个，涉及预算金额${n}万元，平均得分${n}分（其中，` +
    `${['优', '良', '合格', '不合格'].map(grade).join('；')}。` +
    `绩效自评中共发现问题${n}个，已经完成整改的${n}个，正在整改的${n}个）。`;
  return {
    id: 'performance',
    title: PERFORMANCE_TITLE,
    headings: [`十、${PERFORMANCE_TITLE}`],
    text,
    notes: ['预算绩效管理情况不在决算表中，请填写占位处'],
  };
}
