import type { Figure, ProcurementColumn, ProcurementRow, ProcurementTable, TextCell } from './types';
import { normalizeLabel } from './normalizeText';
import { matchColumns, readHeader, type ColumnSpec, type Header, type HeaderColumn } from './readHeader';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import { readFigure, tableBase, textCell } from './tableBase';
import type { TableExtent } from './tableExtent';

interface AmountColumn {
  key: ProcurementColumn;
  col: number;
}

const isTotal = (h: HeaderColumn): boolean => h.leaf === '合计' || h.leaf === '总计';
const has =
  (word: string) =>
  (h: HeaderColumn): boolean =>
    h.leaf.includes(word);

/** The 政府采购金额 合计 column, best match first: 金额/合计, any 合计, else a lone 金额 column. */
const TOTAL_TESTS: Array<(h: HeaderColumn) => boolean> = [
  (h) => h.joined.includes('金额') && isTotal(h),
  isTotal,
  (h) => h.leaf.includes('金额') && !/单价|份额/.test(h.leaf) && !h.joined.includes('项目来源'),
];

/** The other amount columns; 预算资金 is the project's budget under 政府采购项目来源. */
const OTHER_COLUMNS: Array<ColumnSpec<Exclude<ProcurementColumn, 'total'>>> = [
  ['unitPrice', has('单价')],
  ['smeShare', (h) => /份额|中小/.test(h.leaf)],
  ['budgetFunds', (h) => h.leaf.includes('预算资金') || (h.joined.includes('项目来源') && h.leaf.includes('金额'))],
  ['general', has('一般公共预算')],
  ['fund', has('基金')],
  ['capital', has('国有资本')],
  ['specialAccount', has('财政专户')],
  ['unitFunds', has('单位资金')],
  ['carryover', has('上年结转')],
];

/** Amount columns found from the header text, in sheet order. */
function amountColumns(header: Header): AmountColumn[] {
  const total = TOTAL_TESTS.map((test) => header.columns.find(test)).find((h) => h !== undefined);
  const rest = header.columns.filter((h) => h.col !== total?.col);
  const others: AmountColumn[] = matchColumns({ ...header, columns: rest }, OTHER_COLUMNS);
  const all = total ? [{ key: 'total' as const, col: total.col }, ...others] : others;
  return all.sort((a, b) => a.col - b.col);
}

/**
 * Read the 部门政府采购预算 table: a label per row (项目名称 or 采购物品名称) and a Figure for every amount
 * column, blank cells included. The main amount is 政府采购金额 合计, else 预算资金.
 */
export function readProcurement(view: SheetView, extent: TableExtent, meta: MetaResult): ProcurementTable | undefined {
  const header = readHeader(view, meta.nextRow, extent.range.bottom);
  if (!header) return undefined;
  const columns = amountColumns(header);
  const main = columns.find((c) => c.key === 'total') ?? columns.find((c) => c.key === 'budgetFunds');
  if (!main) return undefined;
  const amountCols = new Set(columns.map((c) => c.col));
  const projectCol = header.columns.find((h) => h.leaf.includes('项目名称') && !amountCols.has(h.col))?.col;
  const labelCols = header.columns
    .filter((h) => /项目名称|物品名称|采购项目|品目/.test(h.leaf) && !amountCols.has(h.col))
    .map((h) => h.col);
  const rows: ProcurementRow[] = [];
  let total: ProcurementRow | undefined;
  const figures: Figure[] = [];
  for (let r = header.dataStart; r <= extent.range.bottom; r++) {
    const amount = readFigure(view, r, main.col);
    const values: ProcurementRow['values'] = {};
    const rowFigures: Figure[] = [];
    for (const { key, col } of columns) {
      const figure = col === main.col ? amount : readFigure(view, r, col);
      values[key] = figure;
      rowFigures.push(figure);
    }
    // A 合计 may sit in a 序号 column left of the amounts when the label columns are blank.
    const fallbackCols = view.nonEmptyCols(r).filter((c) => c < main.col && !amountCols.has(c));
    const labelCol = [...labelCols, ...fallbackCols].find((c) => !view.isEmpty(r, c));
    if (labelCol === undefined && rowFigures.every((f) => f.amount.kind === 'blank')) continue;
    const label: TextCell = labelCol === undefined ? { text: '', cell: amount.cell } : textCell(view, r, labelCol);
    if (/^注/.test(normalizeLabel(label.text))) continue;
    figures.push(...rowFigures);
    const row: ProcurementRow = { label, amount, values };
    if (projectCol !== undefined) row.project = textCell(view, r, projectCol);
    if (['合计', '总计'].includes(normalizeLabel(label.text))) total = row;
    else rows.push(row);
  }
  return { ...tableBase('procurement', view, extent, meta, figures), rows, total };
}
