import { tableOf } from '../tables/types';
import type { SectionContext } from './sectionContext';
import { settleTotal } from './tableTotal';
import type { NarrativeSection } from './types';
import { wan, yearText } from './wording';

/** 政府采购: the total of the 政府采购预算表; an empty table is stated as 0.00 with the seed's '无政府采购预算'. */
export function procurementSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'procurement', title: '政府采购预算情况', notes } as const;
  const t = tableOf(ctx.workbook, 'procurement');
  if (!t) {
    notes.push('工作簿中没有部门政府采购预算表');
    return { ...base, text: '（缺少部门政府采购预算表，无法说明政府采购预算。）' };
  }
  const total = settleTotal(
    `${t.title.text}合计`,
    t.total?.amount,
    t.rows.map((r) => r.amount.value),
    notes,
  );
  const lead = `${yearText(ctx.year)}，我部门安排政府采购预算${wan(total)}`;
  const text = total.isZero()
    ? `${lead}，无政府采购预算，部门政府采购预算表空表列示。`
    : `${lead}，具体内容见部门政府采购预算表。`;
  return { ...base, text };
}
