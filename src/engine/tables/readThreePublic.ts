import type { Figure, ThreePublicColumn, ThreePublicRow, ThreePublicTable } from './types';
import { normalizeLabel } from './normalizeText';
import { matchColumns, readHeader, type ColumnSpec, type Header, type HeaderColumn } from './readHeader';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import { readFigure, tableBase, textCell } from './tableBase';
import type { TableExtent } from './tableExtent';

const COLUMNS: Array<ColumnSpec<ThreePublicColumn>> = [
  ['total', (h) => h.leaf === '合计'],
  ['general', (h) => h.leaf.includes('一般公共预算')],
  ['fund', (h) => h.leaf.includes('政府性基金')],
  ['capital', (h) => h.leaf.includes('国有资本')],
];

/** Row of the 三公 table a label names; '公务用车购置及运维费' is checked before its two parts. */
export function threePublicRow(label: string): ThreePublicRow | undefined {
  const name = normalizeLabel(label);
  if (name === '合计' || name === '总计') return 'total';
  if (name.includes('因公出国')) return 'outbound';
  if (/公务用车购置及运[行维]/.test(name)) return 'vehicle';
  if (name.includes('公务用车购置')) return 'vehiclePurchase';
  if (/公务用车运[行维]/.test(name)) return 'vehicleOps';
  if (name.includes('公务接待')) return 'reception';
  return undefined;
}

/**
 * The 三公 item a header column holds in the one-row layout: its own text names it, or it is a part of the
 * 公务用车购置及运行费 column above it (小计, 购置费, 运行费).
 */
function itemOfColumn(h: HeaderColumn): ThreePublicRow | undefined {
  const underVehicle = h.path.slice(0, -1).some((text) => threePublicRow(text) === 'vehicle');
  if (underVehicle) {
    if (h.leaf === '小计' || h.leaf === '合计') return 'vehicle';
    if (h.leaf.includes('购置')) return 'vehiclePurchase';
    if (/运[行维]/.test(h.leaf)) return 'vehicleOps';
  }
  return threePublicRow(h.leaf);
}

const isOperatingCosts = (h: HeaderColumn): boolean => h.leaf.includes('机关运行经费');

/**
 * The header cell that names a column's item: the lowest header text of the column, except under 公务用车购置及运行费
 * where its 小计 is named by the parent cell. Merged header cells give their top-left cell.
 */
function itemLabel(view: SheetView, header: Header, column: HeaderColumn, key: ThreePublicRow) {
  const text =
    key === 'vehicle' ? (column.path.find((p) => threePublicRow(p) === 'vehicle') ?? column.leaf) : column.leaf;
  for (let r = header.bottom; r >= header.top; r--) {
    if (normalizeLabel(view.mergedText(r, column.col)) !== text) continue;
    const m = view.mergeAt(r, column.col);
    return m ? textCell(view, m.top, m.left) : textCell(view, r, column.col);
  }
  return textCell(view, header.bottom, column.col);
}

/**
 * Shanghai's 三公经费和机关运行经费预算表: the items are header columns (合计 | 因公出国(境)费 | 公务接待费 |
 * 公务用车购置及运行费 小计, 购置费, 运行费 | 机关运行经费预算数) over one data row. Every column the header has
 * gives a figure (a blank cell is a present zero); a column it does not have gives none.
 */
function readItemColumns(
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
  header: Header,
  items: Array<{ key: ThreePublicRow; column: HeaderColumn }>,
): ThreePublicTable {
  let dataRow = header.dataStart;
  while (dataRow < extent.range.bottom && view.rowIsEmpty(dataRow)) dataRow++;
  if (view.rowIsEmpty(dataRow)) dataRow = header.dataStart;
  const figures: Figure[] = [];
  const rows: ThreePublicTable['rows'] = {};
  for (const { key, column } of items) {
    if (rows[key]) continue;
    const figure = readFigure(view, dataRow, column.col);
    figures.push(figure);
    rows[key] = { label: itemLabel(view, header, column, key), values: { total: figure } };
  }
  const costsColumn = header.columns.find(isOperatingCosts);
  const operatingCosts = costsColumn && readFigure(view, dataRow, costsColumn.col);
  if (operatingCosts) figures.push(operatingCosts);
  return { ...tableBase('three_public', view, extent, meta, figures), rows, ...(operatingCosts && { operatingCosts }) };
}

/** Read the 财政拨款“三公”经费支出表: items as rows found by label (Hebei) or as columns of one row (Shanghai). */
export function readThreePublic(view: SheetView, extent: TableExtent, meta: MetaResult): ThreePublicTable | undefined {
  const header = readHeader(view, meta.nextRow, extent.range.bottom);
  if (!header) return undefined;
  const items = header.columns.flatMap((column) => {
    const key = itemOfColumn(column);
    return key ? [{ key, column }] : [];
  });
  // Two or more item columns besides 合计 mean the items are columns, not rows.
  if (items.filter((i) => i.key !== 'total').length >= 2) return readItemColumns(view, extent, meta, header, items);
  const columns = matchColumns(header, COLUMNS);
  if (columns.length === 0) return undefined;
  const firstAmount = Math.min(...columns.map((c) => c.col));
  const rows: ThreePublicTable['rows'] = {};
  const figures: Figure[] = [];
  for (let r = header.dataStart; r <= extent.range.bottom; r++) {
    // The label is the text cell left of the amounts that names a 三公 row (序号 sits further left).
    const labelCol = view.nonEmptyCols(r).find((c) => c < firstAmount && threePublicRow(view.text(r, c)) !== undefined);
    if (labelCol === undefined) continue;
    const key = threePublicRow(view.text(r, labelCol));
    if (!key || rows[key]) continue;
    const values: Partial<Record<ThreePublicColumn, Figure>> = {};
    for (const { key: column, col } of columns) {
      const figure = readFigure(view, r, col);
      values[column] = figure;
      figures.push(figure);
    }
    rows[key] = { label: textCell(view, r, labelCol), values };
  }
  return { ...tableBase('three_public', view, extent, meta, figures), rows };
}
