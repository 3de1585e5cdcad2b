import type Decimal from 'decimal.js';
import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import {
  changeOnLastYear,
  departmentName,
  finalPreviousYear,
  finalYear,
  paragraphed,
  percent,
  REASON_PLACEHOLDER,
  versusBudget,
} from './finalWording';
import { THREE_PUBLIC_ITEMS, threePublicFinalFigures } from './threePublicFinalFigures';

export const THREE_PUBLIC_TITLE = '财政拨款“三公”经费支出决算情况说明';
export const THREE_PUBLIC_OVERALL = '（一）“三公”经费财政拨款支出决算总体情况说明。';

/** '，完成预算的80.71%'; nothing when the 预算数 is zero (0 ÷ 0 has no meaning). */
function completion(actual: Decimal, budget: Decimal): string {
  const p = percent(actual, budget);
  return p ? `，完成预算的${p}` : '';
}

/**
 * 七（一）from 表7 itself: '“三公”经费财政拨款支出年初预算为21.00万元，支出决算为16.95万元，完成预算的80.71%，其中：
 * 因公出国（境）费决算为0.00万元；公务用车购置及运行维护费支出决算为16.95万元，完成预算的82.68%；…。2025年度“三公”
 * 经费支出决算数小于预算数的主要原因：【请填写原因】。' then the change on last year's 决算数, total and items. A
 * table with no 预算数 and no 决算数 is '<单位>Y年度无“三公”经费财政拨款支出。'
 */
export function threePublicSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const headings = [`七、${THREE_PUBLIC_TITLE}`, THREE_PUBLIC_OVERALL];
  const base = { id: 'three_public', title: THREE_PUBLIC_OVERALL, headings, notes } as const;
  const f = threePublicFinalFigures(ctx.workbook);
  if (!f) {
    notes.push('工作簿中没有财政拨款“三公”经费支出决算表');
    return { ...base, text: '（缺少财政拨款“三公”经费支出决算表，无法说明“三公”经费。）' };
  }
  const y = finalYear(ctx.year);
  const { budget, actual } = f;
  if (budget.total.isZero() && actual.total.isZero())
    return { ...base, text: `${departmentName(ctx.workbook.unitName)}${y}无“三公”经费财政拨款支出。` };
  const items = THREE_PUBLIC_ITEMS.map(
    ([key, name], i) =>
      `${name}${i === 0 ? '' : '支出'}决算为${wan(actual[key])}${completion(actual[key], budget[key])}`,
  );
  const first =
    `“三公”经费财政拨款支出年初预算为${wan(budget.total)}，支出决算为${wan(actual.total)}` +
    `${completion(actual.total, budget.total)}，其中：${items.join('；')}。` +
    versusBudget(actual.total, budget.total, `${y}“三公”经费支出`);

  const last = ctx.previous?.threePublicActual;
  const py = finalPreviousYear(ctx.year, ctx.previous?.year);
  if (!last?.total) notes.push('没有上年“三公”经费决算数：增减处留有占位符');
  const change = (now: Decimal, before: Decimal | undefined) => {
    const c = changeOnLastYear(now, before);
    return c.text === '持平' ? `与${py}持平` : c.text;
  };
  const total = changeOnLastYear(actual.total, last?.total);
  const totalText =
    total.text === '持平'
      ? `${y}“三公”经费财政拨款支出决算数与${py}持平`
      : `${y}“三公”经费财政拨款支出决算数比${py}${total.text}`;
  const itemChanges = THREE_PUBLIC_ITEMS.map(([key, name]) => `${name}支出决算${change(actual[key], last?.[key])}`);
  const reason = total.reasons ? `主要原因：${REASON_PLACEHOLDER}。` : '';
  const second = `${totalText}，其中：${itemChanges.join('；')}。${reason}`;
  return { ...base, ...paragraphed([first, second]) };
}
