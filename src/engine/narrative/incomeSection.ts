import { incomeFigures } from './incomeFigures';
import type { SectionContext } from './sectionContext';
import type { NarrativeSection } from './types';
import { wan, yearText } from './wording';

/** 收入说明: '2024年预算收入384.34万元，其中：一般公共预算收入384.34万元，政府性基金预算收入0.00万元…'. */
export function incomeSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const f = incomeFigures(ctx.workbook, notes);
  const base = { id: 'income', title: '收入说明', notes } as const;
  if (!f) {
    notes.push('工作簿中没有部门预算收支总表（或财政拨款收支总表），收入各项无从取数');
    return { ...base, text: '（缺少部门预算收支总表，无法生成收入说明。）' };
  }
  const text =
    `${yearText(ctx.year)}预算收入${wan(f.total)}，其中：一般公共预算收入${wan(f.general)}，` +
    `政府性基金预算收入${wan(f.fund)}，国有资本经营预算收入${wan(f.capital)}，` +
    `财政专户管理资金收入${wan(f.specialAccount)}，单位资金收入${wan(f.unitFunds)}，上年结转${wan(f.carryIn)}。`;
  return { ...base, text };
}
