import type Decimal from 'decimal.js';
import { tableOf, type BudgetWorkbook } from '../../tables/types';
import type { SectionContext } from '../sectionContext';
import { settleTotal } from '../tableTotal';
import type { NarrativeSection } from '../types';
import { wan, yearText } from '../wording';
import { AMOUNT, amountOf, statedInText } from './statedInText';
import { departmentName, FILL_PLACEHOLDER, paragraphed } from './wording';

/** A 政府采购 figure as the author's text states it ('政府采购服务预算34万元'), else the placeholder. */
function statedWan(wb: BudgetWorkbook, label: string): { text: string; value?: Decimal } {
  const m = statedInText(wb, new RegExp(`${label}${AMOUNT}万元`));
  if (!m) return { text: `${FILL_PLACEHOLDER}万元` };
  const value = amountOf(m[1], m[2]);
  return { text: wan(value), value };
}

/**
 * 三、政府采购预算情况 in the template's two paragraphs (total and 货物/工程/服务; the share reserved for small
 * and medium enterprises). The template publishes no procurement table: a workbook that has one gives the
 * total, else the figures come from the author's text, else they are placeholders. A text saying there is none
 * gives the template's '…未安排政府采购预算。'.
 */
export function procurementSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const title = '政府采购预算情况';
  const base = { id: 'procurement', title, headings: [`三、${title}`], notes } as const;
  const wb = ctx.workbook;
  const y = yearText(ctx.year);
  const table = tableOf(wb, 'procurement');
  if (!table && statedInText(wb, /未安排政府采购预算/)) {
    return { ...base, text: `${departmentName(wb.unitName)}${y}未安排政府采购预算。` };
  }
  let total = statedWan(wb, '政府采购预算');
  if (table) {
    const value = settleTotal(
      `${table.title.text}合计`,
      table.total?.amount,
      table.rows.map((r) => r.amount.value),
      notes,
    );
    total = { text: wan(value), value };
  } else if (total.value) notes.push('工作簿中没有政府采购预算表，政府采购各数取自情况说明原文，请核实');
  else notes.push('工作簿中没有政府采购预算表，情况说明原文中也没有政府采购预算数：请填写占位处');
  const [goods, works, services] = ['政府采购货物预算', '政府采购工程预算', '政府采购服务预算'].map((l) =>
    statedWan(wb, l),
  );
  const sme = statedWan(wb, '预留政府采购项目预算金额');
  const small = statedWan(wb, '预留给小型和微型企业的政府采购项目预算为');
  return {
    ...base,
    ...paragraphed([
      `${y}本部门政府采购预算${total.text}，其中：政府采购货物预算${goods.text}、政府采购工程预算${works.text}、` +
        `政府采购服务预算${services.text}。`,
      `${y}本部门面向中小企业预留政府采购项目预算金额${sme.text}，其中，预留给小型和微型企业的政府采购项目预算为${small.text}。`,
    ]),
  };
}
