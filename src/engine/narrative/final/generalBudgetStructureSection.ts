import { tableOf } from '../../tables/types';
import type { SectionContext } from '../sectionContext';
import { valueOf } from '../tableTotal';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { cleanName, generalBudgetTotal } from './finalFigures';
import { shareOf } from './finalWording';

export const GENERAL_BUDGET_STRUCTURE = '（二）一般公共预算财政拨款支出决算结构情况';

/**
 * 五（二）'一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.65%；…。'
 * — exactly the non-zero 类 of 表5, each with its share of the 表5 合计.
 */
export function generalBudgetStructureSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const title = GENERAL_BUDGET_STRUCTURE;
  const base = { id: 'general_budget_structure', title, headings: [title], notes } as const;
  const t5 = tableOf(ctx.workbook, 'final_general_budget_expenditure');
  const total = generalBudgetTotal(ctx.workbook);
  if (!t5 || !total) {
    notes.push('工作簿中没有一般公共预算财政拨款支出决算表');
    return { ...base, text: '（缺少一般公共预算财政拨款支出决算表，无法说明支出结构。）' };
  }
  const classes = t5.rows.filter((r) => r.level === 1 && !valueOf(r.values.total).isZero());
  if (!classes.length) return { ...base, text: `一般公共预算财政拨款支出${wan(total)}。` };
  const uses = classes.map((r) => {
    const v = valueOf(r.values.total);
    return `${cleanName(r.name)}（类）${wan(v)}${shareOf(v, total)}`;
  });
  return { ...base, text: `一般公共预算财政拨款支出${wan(total)}，主要用于以下方面：${uses.join('；')}。` };
}
