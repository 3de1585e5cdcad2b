import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { basicPartTotal } from './finalFigures';
import { includesPublicInstitutions } from './publicInstitutions';
import { CHANGE_PLACEHOLDER, changeOnLastYear, finalPreviousYear, REASON_PLACEHOLDER, wanOrFill } from './finalWording';

export const OTHER_MATTERS_TITLE = '十一、其他重要事项的情况说明';
export const OPERATING_COSTS_TITLE = '（一）机关运行经费支出情况';

/**
 * 十一（一）'机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。主要原因：【请填写原因】。' The figure
 * is 表6 公用经费合计 when every unit is 行政 or 参公; with 事业单位 it is lower and left to the author.
 */
export function operatingCostsSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const headings = [OTHER_MATTERS_TITLE, OPERATING_COSTS_TITLE];
  const base = { id: 'operating_costs', title: OPERATING_COSTS_TITLE, headings, notes } as const;
  const publicCosts = basicPartTotal(ctx.workbook, 'public');
  const mixed = includesPublicInstitutions(ctx.workbook);
  const amount = mixed ? undefined : publicCosts;
  if (mixed)
    notes.push(
      `部门含事业单位：机关运行经费只含行政单位和参公事业单位的公用经费（公用经费合计${publicCosts ? wan(publicCosts) : '未知'}），请填写`,
    );
  else if (!publicCosts) notes.push('工作簿中没有一般公共预算财政拨款基本支出决算表，机关运行经费请填写');
  else notes.push('机关运行经费按基本支出决算表的公用经费合计填列（部门只含行政单位和参公事业单位时二者相等）');
  const py = finalPreviousYear(ctx.year, ctx.previous?.year);
  const before = ctx.previous?.operatingCosts;
  if (!before) notes.push('没有上年机关运行经费：增减处留有占位符');
  // An unknown figure has an unknown change, whatever last year's was.
  const c = amount ? changeOnLastYear(amount, before) : { text: CHANGE_PLACEHOLDER, reasons: true };
  const change = c.reasons ? `比${py}${c.text}。主要原因：${REASON_PLACEHOLDER}。` : `与${py}持平。`;
  return { ...base, text: `机关运行经费支出${wanOrFill(amount)}，${change}` };
}
