import type {
  AssetRow,
  AssetsTable,
  ProcurementColumn,
  ProcurementRow,
  ProcurementTable,
} from '../../src/engine/tables/types';
import { figure, textCell } from './figures';
import { tableBase } from './ruleContextBuilder';

export const ASSETS_SHEET = '国有资产';
export const PROCUREMENT_SHEET = '政府采购';

const ASSET_LAYOUT: Array<[AssetRow, string, number]> = [
  ['total', '资产总额', 5],
  ['building', '1、房屋（平方米）', 6],
  ['officeBuilding', '其中：办公用房（平方米）', 7],
  ['vehicle', '2、车辆（台、辆）', 8],
  ['equipment', '3、单价在20万元以上的设备', 9],
  ['other', '4、其他固定资产', 10],
];

/** [数量, 价值] per row; null for a blank cell. */
export type AssetValues = Partial<Record<AssetRow, [string | null, string | null]>>;

/** Seed 000: 资产总额 40.20 = 车辆 11.1 (1 辆) + 其他固定资产 29.1; other rows blank. */
export const SEED_ASSETS: AssetValues = {
  total: [null, '40.20'],
  building: [null, null],
  officeBuilding: [null, null],
  vehicle: ['1', '11.1'],
  equipment: [null, null],
  other: [null, '29.1'],
};

/** Value (价值) cell of a row: column C; 数量 is column B. */
export function assetValueCell(row: AssetRow): string {
  const layout = ASSET_LAYOUT.find((l) => l[0] === row);
  if (!layout) throw new Error(row);
  return `C${layout[2]}`;
}

export function assetsTable(values: AssetValues = SEED_ASSETS): AssetsTable {
  const rows: AssetsTable['rows'] = {};
  for (const [key, label, r] of ASSET_LAYOUT) {
    const v = values[key];
    if (!v) continue;
    rows[key] = {
      label: textCell(label, `A${r}`, ASSETS_SHEET),
      quantity: figure(v[0], `B${r}`, ASSETS_SHEET),
      value: figure(v[1], `C${r}`, ASSETS_SHEET),
    };
  }
  return {
    ...tableBase('assets', ASSETS_SHEET),
    asOf: textCell('截止时间：2023-12-31', 'C2', ASSETS_SHEET),
    rows,
  };
}

/** Columns of the procurement layout the sample generator writes at A1 (A 项目名称 … O 份额). */
export const PROCUREMENT_COLUMN_LETTERS: Record<ProcurementColumn, string> = {
  budgetFunds: 'B',
  unitPrice: 'G',
  total: 'H',
  general: 'I',
  fund: 'J',
  capital: 'K',
  specialAccount: 'L',
  unitFunds: 'M',
  carryover: 'N',
  smeShare: 'O',
};

const PROCUREMENT_TOTAL_ROW = 6;

/** A procurement row's amounts by column: null for a blank cell; a column left out is one the table lacks. */
export type ProcurementValues = Partial<Record<ProcurementColumn, string | null>>;

/** Sheet row (1-based) of item row `row` (0-based) or of the 合计 row, which sits above the items. */
function procurementSheetRow(row: number | 'total'): number {
  return row === 'total' ? PROCUREMENT_TOTAL_ROW : PROCUREMENT_TOTAL_ROW + 1 + row;
}

/** Address of a procurement cell: in item row `row` (0-based) or in the 合计 row. */
export function procurementCell(column: ProcurementColumn, row: number | 'total'): string {
  return `${PROCUREMENT_COLUMN_LETTERS[column]}${procurementSheetRow(row)}`;
}

function procurementRow(label: string, values: ProcurementValues, row: number | 'total'): ProcurementRow {
  const figures: ProcurementRow['values'] = {};
  for (const [column, value] of Object.entries(values) as Array<[ProcurementColumn, string | null]>) {
    figures[column] = figure(value, procurementCell(column, row), PROCUREMENT_SHEET);
  }
  return {
    label: textCell(label, `A${procurementSheetRow(row)}`, PROCUREMENT_SHEET),
    amount: figures.total ?? figure(null, procurementCell('total', row), PROCUREMENT_SHEET),
    values: figures,
  };
}

/** A procurement table of item rows [label, amounts] under a 合计 row (none when `total` is undefined). */
export function procurementTableOf(
  items: Array<[string, ProcurementValues]>,
  total?: ProcurementValues,
): ProcurementTable {
  return {
    ...tableBase('procurement', PROCUREMENT_SHEET, { empty: items.length === 0 && total === undefined }),
    rows: items.map(([label, values], i) => procurementRow(label, values, i)),
    total: total === undefined ? undefined : procurementRow('合计', total, 'total'),
  };
}

/** A procurement table with only the 合计 column: rows of [label, 金额]; total 金额 or undefined for none. */
export function procurementTable(rows: Array<[string, string]>, total?: string): ProcurementTable {
  return procurementTableOf(
    rows.map(([label, amount]) => [label, { total: amount }]),
    total === undefined ? undefined : { total },
  );
}
