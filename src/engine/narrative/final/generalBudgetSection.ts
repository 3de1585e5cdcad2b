import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { generalBudgetTotal, spendingTotal } from './finalFigures';
import { changeSentence, finalPreviousYear, shareOf } from './finalWording';

export const GENERAL_BUDGET_TITLE = '一般公共预算财政拨款支出决算情况说明';
export const GENERAL_BUDGET_OVERALL = '（一）一般公共预算财政拨款支出决算总体情况';

/**
 * 五（一）'一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出
 * 减少63.14万元，下降2.10%。主要原因：【请填写原因】。' — 表5 合计, its share of 本年支出合计, its change.
 */
export function generalBudgetSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const headings = [`五、${GENERAL_BUDGET_TITLE}`, GENERAL_BUDGET_OVERALL];
  const base = { id: 'general_budget', title: GENERAL_BUDGET_OVERALL, headings, notes } as const;
  const total = generalBudgetTotal(ctx.workbook);
  if (!total) {
    notes.push('工作簿中没有一般公共预算财政拨款支出决算表');
    return { ...base, text: '（缺少一般公共预算财政拨款支出决算表，无法说明一般公共预算财政拨款支出。）' };
  }
  const spending = spendingTotal(ctx.workbook);
  const share = spending ? shareOf(total, spending).replace('，占', '，占本年支出合计的') : '';
  const before = ctx.previous?.general;
  if (!before) notes.push('没有上年一般公共预算财政拨款支出：增减处留有占位符');
  const py = finalPreviousYear(ctx.year, ctx.previous?.year);
  const text =
    `一般公共预算财政拨款支出${wan(total)}${share}。` + changeSentence('一般公共预算财政拨款支出', total, before, py);
  return { ...base, text };
}
