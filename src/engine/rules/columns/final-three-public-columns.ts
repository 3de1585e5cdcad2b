import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { FinalThreePublicTable } from '../../tables/finalTypes';
import { tablesOf, type Figure, type ThreePublicRow } from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { CheckContext, Rule } from '../rule';

const ITEM_NAMES: Record<ThreePublicRow, string> = {
  total: '合计',
  outbound: '因公出国（境）费',
  vehicle: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOps: '公务用车运行维护费',
  reception: '公务接待费',
};

const RELATIONS: Array<{ total: ThreePublicRow; parts: ThreePublicRow[] }> = [
  { total: 'total', parts: ['outbound', 'vehicle', 'reception'] },
  { total: 'vehicle', parts: ['vehiclePurchase', 'vehicleOps'] },
];

function check(ctx: CheckContext, t: FinalThreePublicTable): Finding[] {
  const findings: Finding[] = [];
  // The header as printed (财政局: 公务用车购置及运行费), else the template's name.
  const name = (item: ThreePublicRow) => t.labels[item]?.text.trim() || ITEM_NAMES[item];
  for (const [side, values] of [
    ['预算数', t.budget],
    ['决算数', t.actual],
  ] as const) {
    for (const relation of RELATIONS) {
      const total = values[relation.total];
      const present = relation.parts.filter((p) => values[p] !== undefined);
      if (!total || present.length === 0) continue;
      const f = partSumFinding({
        rule: finalThreePublicColumnsRule,
        ctx,
        table: t.kind,
        total,
        parts: present.map((p) => values[p]).filter((v): v is Figure => v !== undefined),
        describe: `${TABLE_KIND_NAMES[t.kind]}${side}：“${name(relation.total)}”应等于 ${present.map(name).join(' + ')}`,
      });
      if (f) findings.push(f);
    }
  }
  return findings;
}

/** 决算 F2, 表7 for 预算数 and 决算数 alike: 合计 = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行维护. */
export const finalThreePublicColumnsRule: Rule = {
  id: 'final-three-public-columns',
  family: 'columns',
  document: 'final',
  severity: 'error',
  title:
    '财政拨款“三公”经费支出决算表：合计等于三项之和，公务用车购置及运行维护费等于购置费与运行维护费之和（预算数、决算数）',
  check: (ctx) => tablesOf(ctx.workbook, 'final_three_public').flatMap((t) => check(ctx, t)),
};
