import type { SectionContext } from '../sectionContext';
import { sum } from '../tableTotal';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { basicItems, basicPartTotal, cleanName, generalBudgetTotal, type BasicPart } from './finalFigures';

export const BASIC_TITLE = '一般公共预算财政拨款基本支出决算情况说明';

/**
 * 六、'一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资、津贴补贴、…；公用经费
 * 184.65万元，主要包括：办公费、…。' — 表5 合计 基本支出, 表6 人员经费合计 and 公用经费合计, and exactly the non-zero
 * 款 of 表6 under each (人员经费 301/303, 公用经费 302/307/309/310/399).
 */
export function basicSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'basic', title: BASIC_TITLE, headings: [`六、${BASIC_TITLE}`], notes } as const;
  const wb = ctx.workbook;
  const personnel = basicPartTotal(wb, 'personnel');
  const publicCosts = basicPartTotal(wb, 'public');
  let total = generalBudgetTotal(wb, 'basic');
  if (!total && personnel && publicCosts) {
    notes.push('缺少一般公共预算财政拨款支出决算表，基本支出取人员经费与公用经费之和');
    total = sum([personnel, publicCosts]);
  }
  if (!total) {
    notes.push('工作簿中没有一般公共预算财政拨款支出决算表或基本支出决算表');
    return { ...base, text: '（缺少一般公共预算财政拨款基本支出决算表，无法说明基本支出。）' };
  }
  if (!personnel || !publicCosts) {
    notes.push('工作簿中没有一般公共预算财政拨款基本支出决算表：人员经费和公用经费未说明');
    return { ...base, text: `一般公共预算财政拨款基本支出${wan(total)}。` };
  }
  const part = (what: string, amount: typeof total, p: BasicPart) => {
    const names = basicItems(wb, p).map((r) => cleanName(r.name));
    return `${what}${wan(amount)}${names.length ? `，主要包括：${names.join('、')}` : ''}`;
  };
  const text =
    `一般公共预算财政拨款基本支出${wan(total)}。其中：${part('人员经费', personnel, 'personnel')}；` +
    `${part('公用经费', publicCosts, 'public')}。`;
  return { ...base, text };
}
