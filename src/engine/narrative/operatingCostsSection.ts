import type Decimal from 'decimal.js';
import { formatWan } from '../amount';
import { tableOf, type BudgetWorkbook } from '../tables/types';
import { compareSum } from '../tolerance';
import { expenditureFigures } from './expenditureFigures';
import type { SectionContext } from './sectionContext';
import type { NarrativeSection } from './types';
import { wan, yearText } from './wording';

interface CostItem {
  name: string;
  value: Decimal;
}

/**
 * The 款 rows of 公用经费, with a non-zero amount: a row with a 公用经费 figure, or a 302 row by its 合计
 * (the same rows the narrative-itemised check expects the list to name).
 */
function publicCostItems(wb: BudgetWorkbook): CostItem[] {
  const t = tableOf(wb, 'basic_expenditure');
  if (!t) return [];
  const items: CostItem[] = [];
  for (const row of t.rows) {
    if (row.level !== 2) continue;
    const pub = row.values.public;
    const figure = pub && !pub.value.isZero() ? pub : row.code.startsWith('302') ? row.values.total : undefined;
    if (figure && !figure.value.isZero()) items.push({ name: row.name.trim(), value: figure.value });
  }
  return items;
}

/** 机关运行经费 = 公用经费, itemised: '2024年，我部门机关运行经费共计安排24.79万元，1、办公费1.30万元；2、…'. */
export function operatingCostsSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'operating_costs', title: '机关运行经费安排情况', notes } as const;
  const total = expenditureFigures(ctx.workbook, []).public;
  if (!total) {
    notes.push('工作簿中没有基本支出表，公用经费无从取数');
    return { ...base, text: '（缺少一般公共预算财政拨款基本支出表，无法说明机关运行经费。）' };
  }
  const items = publicCostItems(ctx.workbook);
  let text = `${yearText(ctx.year)}，我部门机关运行经费共计安排${wan(total)}`;
  if (items.length) {
    text += `，${items.map((item, i) => `${i + 1}、${item.name}${wan(item.value)}`).join('；')}`;
    const cmp = compareSum(
      total,
      items.map((i) => i.value),
    );
    if (cmp.status !== 'equal') {
      notes.push(
        `公用经费合计 ${formatWan(total)} 与所列各款之和 ${formatWan(cmp.expected)} 不一致（${cmp.status === 'rounding' ? '尾差' : '超出尾差范围，请先核对基本支出表'}），说明中采用表中合计数`,
      );
    }
  }
  return { ...base, text: `${text}。` };
}
