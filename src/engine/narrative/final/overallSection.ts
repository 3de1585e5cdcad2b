import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { grandTotal } from './finalFigures';
import { changeSentence, departmentName, finalPreviousYear, finalYear } from './finalWording';

export const OVERALL_TITLE = '收入支出决算总体情况说明';

/**
 * 一、'上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。
 * 主要原因：【请填写原因】。' — 表1 总计 and its change on last year's 总计 (a placeholder when unknown).
 */
export function overallSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'overall', title: OVERALL_TITLE, headings: [`一、${OVERALL_TITLE}`], notes } as const;
  const total = grandTotal(ctx.workbook);
  if (!total) {
    notes.push('工作簿中没有收入支出决算总表（或其总计行），收入支出总计无从取数');
    return { ...base, text: '（缺少收入支出决算总表，无法说明收入支出总计。）' };
  }
  const before = ctx.previous?.grandTotal;
  if (!before)
    notes.push('没有上年收入支出总计：增减处留有占位符（命令行用 --previous 读取上年决算工作簿，或在任务窗格填写）');
  const py = finalPreviousYear(ctx.year, ctx.previous?.year);
  const text =
    `${departmentName(ctx.workbook.unitName)}${finalYear(ctx.year)}收入支出总计${wan(total)}。` +
    changeSentence('收入支出总计', total, before, py);
  return { ...base, text };
}
