import type { Finding } from '../../findings';
import {
  tablesOf,
  type Figure,
  type ThreePublicColumn,
  type ThreePublicRow,
  type ThreePublicTable,
} from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { CheckContext, Rule } from '../rule';

const COLUMN_NAMES: Record<ThreePublicColumn, string> = {
  total: '合计',
  general: '一般公共预算财政拨款',
  fund: '政府性基金预算拨款',
  capital: '国有资本经营预算财政拨款',
};
const COLUMNS = Object.keys(COLUMN_NAMES) as ThreePublicColumn[];
const ROWS: ThreePublicRow[] = ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'];

/** Row relations, checked in each column. */
const ROW_RELATIONS: Array<{ total: ThreePublicRow; parts: ThreePublicRow[]; describe: string }> = [
  {
    total: 'total',
    parts: ['outbound', 'vehicle', 'reception'],
    describe: '合计 应等于 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费',
  },
  {
    total: 'vehicle',
    parts: ['vehiclePurchase', 'vehicleOps'],
    describe: '公务用车购置及运维费 应等于 公务用车购置费 + 公务用车运行维护费',
  },
];

function check(ctx: CheckContext, t: ThreePublicTable): Finding[] {
  const findings: Finding[] = [];
  const push = (f: Finding | null) => {
    if (f) findings.push(f);
  };
  const figure = (row: ThreePublicRow, column: ThreePublicColumn): Figure | undefined => t.rows[row]?.values[column];
  for (const relation of ROW_RELATIONS) {
    for (const column of COLUMNS) {
      const total = figure(relation.total, column);
      if (!total) continue;
      const parts = relation.parts.map((r) => figure(r, column)).filter((f): f is Figure => f !== undefined);
      if (parts.length === 0) continue;
      push(
        partSumFinding({
          rule: threePublicColumns,
          ctx,
          table: t.kind,
          total,
          parts,
          describe: `三公经费支出表“${COLUMN_NAMES[column]}”列：${relation.describe}`,
        }),
      );
    }
  }
  for (const row of ROWS) {
    const total = figure(row, 'total');
    if (!total) continue;
    const parts = (['general', 'fund', 'capital'] as const)
      .map((c) => figure(row, c))
      .filter((f): f is Figure => f !== undefined);
    if (parts.length === 0) continue;
    push(
      partSumFinding({
        rule: threePublicColumns,
        ctx,
        table: t.kind,
        total,
        parts,
        describe: `三公经费支出表“${t.rows[row]?.label.text.trim() ?? row}”行：合计 应等于 各资金性质列之和`,
      }),
    );
  }
  return findings;
}

/** Family 2, 三公经费表: 合计 = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运维 (each column); 合计列 = Σ 资金列. */
export const threePublicColumns: Rule = {
  id: 'column-three-public',
  family: 'columns',
  document: 'budget',
  severity: 'error',
  title: '三公经费表：合计等于三项之和，公务用车费等于购置费加运行维护费，合计列等于各资金列之和',
  check: (ctx) => tablesOf(ctx.workbook, 'three_public').flatMap((t) => check(ctx, t)),
};
