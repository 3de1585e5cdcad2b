import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { fiscalGrandTotal } from './finalFigures';
import { changeSentence, departmentName, finalPreviousYear, finalYear } from './finalWording';

export const FISCAL_OVERALL_TITLE = '财政拨款收入支出决算总体情况说明';

/**
 * 四、'…2024年度财政拨款收入支出总计2961.68万元。与2023年度相比，财政拨款收入支出总计…。' — 表4 总计 and its
 * change on last year's.
 */
export function fiscalOverallSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const title = FISCAL_OVERALL_TITLE;
  const base = { id: 'fiscal_overall', title, headings: [`四、${title}`], notes } as const;
  const total = fiscalGrandTotal(ctx.workbook);
  if (!total) {
    notes.push('工作簿中没有财政拨款收入支出决算总表（或其总计行），财政拨款收入支出总计无从取数');
    return { ...base, text: '（缺少财政拨款收入支出决算总表，无法说明财政拨款收入支出总计。）' };
  }
  const before = ctx.previous?.fiscalGrandTotal;
  if (!before) notes.push('没有上年财政拨款收入支出总计：增减处留有占位符');
  const py = finalPreviousYear(ctx.year, ctx.previous?.year);
  const text =
    `${departmentName(ctx.workbook.unitName)}${finalYear(ctx.year)}财政拨款收入支出总计${wan(total)}。` +
    changeSentence('财政拨款收入支出总计', total, before, py);
  return { ...base, text };
}
