import type Decimal from 'decimal.js';
import type { BudgetAmount, YearBudgetFigures } from '../../budgetVsFinal/types';
import { tableOf } from '../../tables/types';
import type { SectionContext } from '../sectionContext';
import { sum, valueOf } from '../tableTotal';
import type { NarrativeSection } from '../types';
import { wan } from '../wording';
import { codePathName } from './codePath';
import { generalBudgetTotal } from './finalFigures';
import { FILL_PLACEHOLDER, paragraphed, percent, USE_PLACEHOLDER, versusBudget, wanOrFill } from './finalWording';

export const GENERAL_BUDGET_ITEMS = '（三）一般公共预算财政拨款支出决算具体情况';

/** The 年初预算 合计: the figure given, else the sum of the 项 budgets the 预算 file gave. */
function budgetTotal(budget: YearBudgetFigures | undefined, notes: string[]): Decimal | undefined {
  const g = budget?.general;
  if (g?.total) return g.total.value;
  const items = [...(g?.byCode.entries() ?? [])].filter(([code]) => code.length === 7).map(([, a]) => a.value);
  if (!items.length) return undefined;
  notes.push('年初预算合计未给出，说明中采用各项级科目年初预算之和');
  return sum(items);
}

/**
 * A 项's 年初预算: from the 预算 figures by code. When the 预算 file listed its 项 and this one is not among
 * them, the 项 had no 年初预算 (0, noted); typed figures without a per-项 list leave it unknown.
 */
function itemBudget(budget: YearBudgetFigures | undefined, code: string, notes: string[]): Decimal | undefined {
  const byCode: ReadonlyMap<string, BudgetAmount> | undefined = budget?.general?.byCode;
  if (!byCode?.size) return undefined;
  const found = byCode.get(code);
  if (found) return found.value;
  notes.push(`年初预算中没有科目 ${code}，说明中按年初预算0.00万元填列，请核实`);
  return valueOf(undefined);
}

/**
 * 五（三）'一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于
 * 预算数的主要原因：【请填写原因】。其中：' then one paragraph per non-zero 项 of 表5: '1、一般公共服务支出（类）
 * 财政事务（款）行政运行（项）。主要用于：【请填写用途】。年初预算为1560.05万元，支出决算为1511.89万元。决算数小于
 * 预算数的主要原因：【请填写原因】。' A 年初预算 of zero has no completion rate; an unknown one is a placeholder.
 */
export function generalBudgetItemsSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const title = GENERAL_BUDGET_ITEMS;
  const base = { id: 'general_budget_items', title, headings: [title], notes } as const;
  const t5 = tableOf(ctx.workbook, 'final_general_budget_expenditure');
  const actual = generalBudgetTotal(ctx.workbook);
  if (!t5 || !actual) {
    notes.push('工作簿中没有一般公共预算财政拨款支出决算表');
    return { ...base, text: '（缺少一般公共预算财政拨款支出决算表，无法说明具体情况。）' };
  }
  const budget = budgetTotal(ctx.budget, notes);
  if (!ctx.budget?.general)
    notes.push('没有本年年初预算数：年初预算和完成率处留有占位符（请提供本年部门预算工作簿或填写年初预算）');
  const rate = budget ? percent(actual, budget) : `${FILL_PLACEHOLDER}%`;
  const head =
    `一般公共预算财政拨款支出年初预算为${wanOrFill(budget)}，支出决算为${wan(actual)}` +
    `${rate ? `，完成年初预算的${rate}` : ''}。${versusBudget(actual, budget)}`;
  const items = t5.rows
    .filter((r) => r.level === 3 && !valueOf(r.values.total).isZero())
    .map((r, i) => {
      const x = valueOf(r.values.total);
      const b = itemBudget(ctx.budget, r.code, notes);
      return (
        `${i + 1}、${codePathName(t5.rows, r)}。主要用于：${USE_PLACEHOLDER}。` +
        `年初预算为${wanOrFill(b)}，支出决算为${wan(x)}。${versusBudget(x, b)}`
      );
    });
  if (!items.length) return { ...base, text: head };
  return { ...base, ...paragraphed([`${head}其中：`, ...items]) };
}
