import type { Block, CellInput } from './gridFromRows';

/** One data row of the procurement grid, in sheet columns A–O as the sample generator writes them. */
export interface ProcurementGridRow {
  projectName: string;
  budgetFunds: string;
  itemName: string;
  catalogNo: string;
  measureUnit: string;
  quantity: string;
  unitPrice: string;
  total: string;
  general: string;
  fund: string;
  capital: string;
  specialAccount: string;
  unitFunds: string;
  carryover: string;
  smeShare: string;
}

const COLUMN_ORDER: Array<keyof ProcurementGridRow> = [
  'projectName',
  'budgetFunds',
  'itemName',
  'catalogNo',
  'measureUnit',
  'quantity',
  'unitPrice',
  'total',
  'general',
  'fund',
  'capital',
  'specialAccount',
  'unitFunds',
  'carryover',
  'smeShare',
];

/** Sheet column letter (block at A1) of a field of the procurement grid. */
export function procurementGridColumn(field: keyof ProcurementGridRow): string {
  return String.fromCharCode('A'.charCodeAt(0) + COLUMN_ORDER.indexOf(field));
}

/** First data row (1-based, block at A1): the 合计 row sits under the two header rows. */
export const PROCUREMENT_GRID_FIRST_ROW = 5;

/**
 * The 部门政府采购预算 block of the Hebei template (two merged header rows, no 栏次 row, padded labels):
 * the given data rows (合计 first when there is one), then a 注 line.
 */
export function procurementGridBlock(rows: ProcurementGridRow[], origin = 'A1'): Block {
  const data: CellInput[][] = rows.map((r) => COLUMN_ORDER.map((k) => r[k]));
  return {
    origin,
    rows: [
      ['部门政府采购预算'],
      ['224网信办', '', '', '', '', '', '', '', '', '', '', '', '', '', '单位：万元'],
      [
        '政府采购项目来源',
        '',
        '采购物品名称',
        '政府采购目录序号',
        '计量  单位',
        '数量',
        '单价',
        '政府采购金额（当年部门预算安排资金）',
        '',
        '',
        '',
        '',
        '',
        '',
        '2024年  预留中  小微企  业份额',
      ],
      [
        '项目名称',
        '预算    资金',
        '',
        '',
        '',
        '',
        '',
        '合计',
        '一般公共预算拨款',
        '基金预算拨款',
        '国有资本经营预算拨款',
        '财政专户核拨',
        '单位    资金',
        '上年结转结余',
      ],
      ...data,
      ['注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。'],
    ],
    merges: ['A1:O1', 'A3:B3', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:N3', 'O3:O4'],
  };
}

/**
 * A consistent two-item table: every amount column but 基金 and 国资 has a figure somewhere; 预算资金 exceeds
 * the purchase on the first row (a project budget), and 份额 is below 合计.
 */
export const PROCUREMENT_GRID_ROWS: ProcurementGridRow[] = [
  {
    projectName: '合计',
    budgetFunds: '15.00',
    itemName: '',
    catalogNo: '',
    measureUnit: '',
    quantity: '',
    unitPrice: '',
    total: '8.20',
    general: '5.00',
    fund: '',
    capital: '',
    specialAccount: '1.20',
    unitFunds: '1.00',
    carryover: '1.00',
    smeShare: '3.20',
  },
  {
    projectName: '办公设备购置',
    budgetFunds: '11.80',
    itemName: '台式计算机',
    catalogNo: 'A02010104',
    measureUnit: '台',
    quantity: '10',
    unitPrice: '0.50',
    total: '5.00',
    general: '3.00',
    fund: '',
    capital: '',
    specialAccount: '',
    unitFunds: '1.00',
    carryover: '1.00',
    smeShare: '',
  },
  {
    projectName: '信息化设备购置',
    budgetFunds: '3.20',
    itemName: '打印机',
    catalogNo: 'A02021001',
    measureUnit: '台',
    quantity: '2',
    unitPrice: '1.60',
    total: '3.20',
    general: '2.00',
    fund: '',
    capital: '',
    specialAccount: '1.20',
    unitFunds: '',
    carryover: '',
    smeShare: '3.20',
  },
];
