import type { AssetRow, AssetsTable, Figure } from './types';
import { normalizeLabel } from './normalizeText';
import { measureFromText, type MetaResult } from './readTableMeta';
import { readHeader } from './readHeader';
import type { SheetView } from './sheetView';
import { readFigure, tableBase, textCell } from './tableBase';
import type { TableExtent } from './tableExtent';

/** Row of the assets table a label names; 办公用房 is checked before 房屋. */
export function assetRow(label: string): AssetRow | undefined {
  const name = normalizeLabel(label);
  if (name.includes('资产总额') || name === '合计') return 'total';
  if (name.includes('办公用房')) return 'officeBuilding';
  if (name.includes('房屋')) return 'building';
  if (name.includes('车辆')) return 'vehicle';
  if (name.includes('设备')) return 'equipment';
  if (name.includes('其他固定资产')) return 'other';
  return undefined;
}

/**
 * Read the 部门固定资产占用情况表. 数量 and 价值 are read separately: 数量 mixes units (平方米, 辆, 台) and is
 * not an amount to sum, so only 价值 figures count for the table's amounts.
 */
export function readAssets(view: SheetView, extent: TableExtent, meta: MetaResult): AssetsTable | undefined {
  const header = readHeader(view, meta.nextRow, extent.range.bottom, {
    isDataRow: (r) => view.nonEmptyCols(r).some((c) => assetRow(view.text(r, c)) !== undefined),
  });
  if (!header) return undefined;
  const quantityCol = header.columns.find((h) => h.leaf.includes('数量'))?.col;
  const valueHeader = header.columns.find((h) => /价值|金额/.test(h.leaf));
  const labelCol = header.columns.find((h) => h.leaf === '项目' || h.leaf.includes('资产'))?.col;
  if (valueHeader === undefined) return undefined;
  const measure = measureFromText(valueHeader.leaf);
  const tableMeta: MetaResult =
    measure && !meta.meta.measure
      ? { ...meta, meta: { ...meta.meta, measure: { text: measure, cell: view.ref(header.top, valueHeader.col) } } }
      : meta;
  const rows: AssetsTable['rows'] = {};
  const values: Figure[] = [];
  const quantities: Figure[] = [];
  for (let r = header.dataStart; r <= extent.range.bottom; r++) {
    const col =
      labelCol !== undefined && !view.isEmpty(r, labelCol)
        ? labelCol
        : view.nonEmptyCols(r).find((c) => assetRow(view.text(r, c)) !== undefined);
    if (col === undefined) continue;
    const key = assetRow(view.text(r, col));
    if (!key || rows[key]) continue;
    const value = readFigure(view, r, valueHeader.col);
    const quantity = quantityCol === undefined ? undefined : readFigure(view, r, quantityCol);
    values.push(value);
    if (quantity) quantities.push(quantity);
    rows[key] = { label: textCell(view, r, col), quantity, value };
  }
  const base = tableBase('assets', view, extent, tableMeta, values);
  // Quantities that do not parse are still bad cells, though they are not amounts to sum.
  const badQuantities = tableBase('assets', view, extent, tableMeta, quantities).badAmounts;
  return { ...base, badAmounts: [...base.badAmounts, ...badQuantities], asOf: meta.asOf, rows };
}
