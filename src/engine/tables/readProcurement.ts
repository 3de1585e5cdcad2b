import type { Figure, ProcurementTable, TextCell } from './types';
import { normalizeLabel } from './normalizeText';
import { readHeader, type HeaderColumn } from './readHeader';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import { readFigure, tableBase, textCell } from './tableBase';
import type { TableExtent } from './tableExtent';

/** The procurement amount: 政府采购金额 / 合计, else any 金额 column, else 预算资金. */
function amountColumn(columns: HeaderColumn[]): number | undefined {
  const tests: Array<(h: HeaderColumn) => boolean> = [
    (h) => h.joined.includes('金额') && h.leaf === '合计',
    (h) => h.leaf.includes('金额') && !h.leaf.includes('单价'),
    (h) => h.leaf.includes('预算资金') || h.leaf === '合计',
  ];
  for (const test of tests) {
    const found = columns.find(test);
    if (found) return found.col;
  }
  return undefined;
}

/** Read the 部门政府采购预算 table: a label per row (项目名称 or 采购物品名称) and its amount. */
export function readProcurement(view: SheetView, extent: TableExtent, meta: MetaResult): ProcurementTable | undefined {
  const header = readHeader(view, meta.nextRow, extent.range.bottom);
  if (!header) return undefined;
  const amountCol = amountColumn(header.columns);
  if (amountCol === undefined) return undefined;
  const labelCols = header.columns
    .filter((h) => /项目名称|物品名称|采购项目|品目/.test(h.leaf) && h.col !== amountCol)
    .map((h) => h.col);
  const rows: ProcurementTable['rows'] = [];
  let total: ProcurementTable['total'];
  const figures: Figure[] = [];
  for (let r = header.dataStart; r <= extent.range.bottom; r++) {
    const labelCol = [...labelCols, ...view.nonEmptyCols(r).filter((c) => c < amountCol)].find(
      (c) => !view.isEmpty(r, c),
    );
    const amount = readFigure(view, r, amountCol);
    if (labelCol === undefined && amount.amount.kind === 'blank') continue;
    const label: TextCell = labelCol === undefined ? { text: '', cell: amount.cell } : textCell(view, r, labelCol);
    if (/^注/.test(normalizeLabel(label.text))) continue;
    figures.push(amount);
    if (['合计', '总计'].includes(normalizeLabel(label.text))) total = { label, amount };
    else rows.push({ label, amount });
  }
  return { ...tableBase('procurement', view, extent, meta, figures), rows, total };
}
