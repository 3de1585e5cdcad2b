import { ASSET_LABELS, ASSET_ROWS, type BudgetData, type ProcurementRowData } from '../budgetData';
import { CENTER_STYLE, type HeaderCell, type TableContext } from '../tableWriter';

function procurementHeaders(year: number): HeaderCell[][] {
  return [
    [
      { text: '政府采购项目来源', colSpan: 2 },
      { text: '采购物品名称', rowSpan: 2 },
      { text: '政府采购目录序号', rowSpan: 2 },
      { text: '计量  单位', rowSpan: 2 },
      { text: '数量', rowSpan: 2 },
      { text: '单价', rowSpan: 2 },
      { text: '政府采购金额（当年部门预算安排资金）', colSpan: 7 },
      { text: `${year}年  预留中  小微企  业份额`, rowSpan: 2 },
    ],
    [
      { text: '项目名称' },
      { text: '预算    资金' },
      { text: '合计' },
      { text: '一般公共预算拨款' },
      { text: '基金预算拨款' },
      { text: '国有资本经营预算拨款' },
      { text: '财政专户核拨' },
      { text: '单位    资金' },
      { text: '上年结转结余' },
    ],
  ];
}

const PROCUREMENT_WIDTH = 15;
const MONEY_AFTER_PRICE = ['total', 'general', 'fund', 'capital', 'specialAccount', 'unitFunds', 'carryover'] as const;

/** 部门政府采购预算 (no 序号 or 栏次, as the seed prints it), its 合计 row when it has rows, and its notes. */
export function layoutProcurement(ctx: TableContext, top: number, left: number, data: BudgetData): number {
  const { procurement } = data;
  ctx.title(top, left, PROCUREMENT_WIDTH, '部门政府采购预算');
  ctx.meta(top + 1, left, PROCUREMENT_WIDTH, { unit: data.unitName, right: '单位：万元' });
  let row = top + 2;
  row += ctx.header(row, left, PROCUREMENT_WIDTH, procurementHeaders(data.year));
  if (procurement.rows.length === 0) {
    for (let c = 0; c < PROCUREMENT_WIDTH; c++) ctx.body(row, left + c, '');
    row++;
  } else {
    const first = row + 1;
    const parts = (col: number) => procurement.rows.map((_, i) => ({ row: first + i, col }));
    const total = procurement.total;
    ctx.body(row, left, '合计');
    for (let c = 1; c < 7; c++) ctx.body(row, left + c, '');
    ctx.amount(row, left + 1, total?.budgetFunds ?? null, parts(left + 1));
    ctx.amount(row, left + 6, total?.unitPrice ?? null);
    MONEY_AFTER_PRICE.forEach((k, j) => ctx.amount(row, left + 7 + j, total?.[k] ?? null, parts(left + 7 + j)));
    ctx.amount(row, left + 14, total?.smeShare ?? null, parts(left + 14));
    row++;
    procurement.rows.forEach((r: ProcurementRowData) => {
      ctx.body(row, left, r.projectName);
      ctx.amount(row, left + 1, r.budgetFunds);
      ctx.body(row, left + 2, r.itemName);
      ctx.body(row, left + 3, r.catalogNo);
      ctx.body(row, left + 4, r.measureUnit, CENTER_STYLE);
      ctx.body(row, left + 5, r.quantity, CENTER_STYLE);
      ctx.amount(row, left + 6, r.unitPrice);
      MONEY_AFTER_PRICE.forEach((k, j) => ctx.amount(row, left + 7 + j, r[k]));
      ctx.amount(row, left + 14, r.smeShare);
      row++;
    });
  }
  for (const note of procurement.notes) ctx.sheet.text(row++, left, note, {}, false);
  return row;
}

/** 部门固定资产占用情况表: 项目 | 数量 (text with units) | 价值; 资产总额 = 房屋 + 车辆 + 设备 + 其他. */
export function layoutAssets(ctx: TableContext, top: number, left: number, data: BudgetData): number {
  const { assets } = data;
  const width = 3;
  ctx.title(top, left, width, '部门固定资产占用情况表');
  ctx.meta(top + 1, left, width, { unit: data.unitName, right: `截止时间：${assets.asOf}` });
  let row = top + 2;
  row += ctx.header(row, left, width, [[{ text: '项   目' }, { text: '数量' }, { text: '价值（金额单位：万元）' }]]);
  const first = row;
  const summed = (['building', 'vehicle', 'equipment', 'other'] as const).map((k) => ({
    row: first + ASSET_ROWS.indexOf(k),
    col: left + 2,
  }));
  ASSET_ROWS.forEach((key) => {
    const r = assets.rows[key];
    ctx.body(row, left, ASSET_LABELS[key]);
    ctx.body(row, left + 1, r.quantity ?? '', CENTER_STYLE);
    ctx.amount(row, left + 2, r.value, key === 'total' ? summed : undefined);
    row++;
  });
  return row;
}
