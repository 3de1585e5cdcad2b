import { FISCAL_COLUMNS, THREE_PUBLIC_LABELS, THREE_PUBLIC_ROWS, type BudgetData } from '../budgetData';
import type { HeaderCell, TableContext } from '../tableWriter';

const HEADERS: HeaderCell[][] = [
  [
    { text: '序号', rowSpan: 2 },
    { text: '项  目', rowSpan: 2 },
    { text: '资 金 性 质', colSpan: 4 },
  ],
  [
    { text: '合计' },
    { text: '一般公共预算              财政拨款' },
    { text: '政府性基金                  预算拨款' },
    { text: '国有资本经营              预算财政拨款' },
  ],
];

/** 部门预算财政拨款“三公”经费支出表: 合计 = 出国 + 公务用车 + 接待, 公务用车 = 购置 + 运维. */
export function layoutThreePublic(ctx: TableContext, top: number, left: number, data: BudgetData): number {
  const width = 6;
  ctx.title(top, left, width, '部门预算财政拨款“三公”经费支出表');
  ctx.meta(top + 1, left, width, { unit: data.unitName, middle: `预算年度：${data.year}`, right: '单位：万元' });
  let row = top + 2;
  row += ctx.header(row, left, width, HEADERS);
  ctx.columnNumbers(row, left, 5);
  row++;
  const rowOf = (key: (typeof THREE_PUBLIC_ROWS)[number]) => row + THREE_PUBLIC_ROWS.indexOf(key);
  const partRows: Partial<Record<(typeof THREE_PUBLIC_ROWS)[number], number[]>> = {
    total: [rowOf('outbound'), rowOf('vehicle'), rowOf('reception')],
    vehicle: [rowOf('vehiclePurchase'), rowOf('vehicleOps')],
  };
  THREE_PUBLIC_ROWS.forEach((key, i) => {
    ctx.serial(row, left, i + 1);
    ctx.body(row, left + 1, THREE_PUBLIC_LABELS[key]);
    FISCAL_COLUMNS.forEach((c, j) => {
      const col = left + 2 + j;
      ctx.amount(
        row,
        col,
        data.threePublic[key][c] ?? null,
        partRows[key]?.map((r) => ({ row: r, col })),
      );
    });
    row++;
  });
  return row;
}
