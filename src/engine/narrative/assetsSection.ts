import { tableOf, type AssetsTable } from '../tables/types';
import type { SectionContext } from './sectionContext';
import { settleTotal, valueOf } from './tableTotal';
import type { NarrativeSection } from './types';
import { wan } from './wording';

/** '224网信办' → '网信办': the narrative names the department without its budget code. */
function departmentName(unitName: string | undefined): string {
  const name = unitName?.replace(/^\d+/, '').trim();
  return name || '本部门';
}

function vehicleClause(t: AssetsTable): string {
  const row = t.rows.vehicle;
  const count = valueOf(row?.quantity);
  const value = valueOf(row?.value);
  if (count.isZero() && value.isZero()) return '，其中：无车辆';
  return `，其中：车辆${count.toString()}辆，价值${wan(value)}`;
}

/** 国有资产: 上年末固定资产 (资产总额) and the 车辆 count and value of the 固定资产占用情况表. */
export function assetsSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'assets', title: '国有资产信息', notes } as const;
  const t = tableOf(ctx.workbook, 'assets');
  if (!t) {
    notes.push('工作簿中没有部门固定资产占用情况表');
    return { ...base, text: '（缺少部门固定资产占用情况表，无法说明国有资产信息。）' };
  }
  // 办公用房 is part of 房屋, so it is not added again.
  const parts = (['building', 'vehicle', 'equipment', 'other'] as const).map((k) => valueOf(t.rows[k]?.value));
  const total = settleTotal(`${t.title.text}“资产总额”`, t.rows.total?.value, parts, notes);
  const text =
    `${departmentName(ctx.workbook.unitName)}（含所属单位）上年末固定资产金额为${wan(total)}` +
    `（详见部门固定资产占用情况表）${vehicleClause(t)}。`;
  return { ...base, text };
}
