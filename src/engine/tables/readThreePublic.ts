import type { Figure, ThreePublicColumn, ThreePublicRow, ThreePublicTable } from './types';
import { normalizeLabel } from './normalizeText';
import { matchColumns, readHeader, type ColumnSpec } from './readHeader';
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

/** Read the 财政拨款“三公”经费支出表: rows found by label, columns by header. */
export function readThreePublic(view: SheetView, extent: TableExtent, meta: MetaResult): ThreePublicTable | undefined {
  const header = readHeader(view, meta.nextRow, extent.range.bottom);
  if (!header) return undefined;
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
