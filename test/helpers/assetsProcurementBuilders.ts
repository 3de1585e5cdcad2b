import type { AssetRow, AssetsTable, ProcurementTable } from '../../src/engine/tables/types';
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

/** A procurement table: rows of [label, 金额]; total 金额 or undefined for none (the seed's empty table). */
export function procurementTable(rows: Array<[string, string]>, total?: string): ProcurementTable {
  const first = 6;
  return {
    ...tableBase('procurement', PROCUREMENT_SHEET, { empty: rows.length === 0 && total === undefined }),
    rows: rows.map(([label, amount], i) => ({
      label: textCell(label, `A${first + 1 + i}`, PROCUREMENT_SHEET),
      amount: figure(amount, `G${first + 1 + i}`, PROCUREMENT_SHEET),
    })),
    total:
      total === undefined
        ? undefined
        : {
            label: textCell('合计', `A${first}`, PROCUREMENT_SHEET),
            amount: figure(total, `G${first}`, PROCUREMENT_SHEET),
          },
  };
}
