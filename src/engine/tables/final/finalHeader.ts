import { readHeader, type Header, type HeaderColumn, type HeaderOptions } from '../readHeader';
import { normalizeLabel } from '../normalizeText';
import type { SheetView } from '../sheetView';

/** The note under a table ('注：本表反映…', '说明：…故本表无数据。') is never a header row. */
export const NOTE_ROW = /^(注|说明)[:：]/;

const TOTAL_LABELS = ['合计', '总计'];
/** Header words of the code and name columns: a 合计 below one of them labels the total row, not a column. */
const KEY_COLUMN_WORDS = /编码|名称|^项目$|^类$|^款$|^项$/;

export interface FinalHeader extends Header {
  /**
   * The header's last row when it is also the 合计 row: 生态环境局's 表8/表9 print 合计 under the 科目编码 /
   * 科目名称 headers on the row that names 合计 | 基本支出 | 项目支出.
   */
  totalRow?: number;
}

/**
 * A 栏次 row printed without the word 栏次 (a 三公 table has no label column to hold it): only the column numbers
 * 1, 2, 3 … left to right. Its numbers are never amounts.
 */
export function isColumnNumberRow(view: SheetView, row: number): boolean {
  const cols = view.nonEmptyCols(row);
  return cols.length >= 2 && cols.every((c, i) => view.label(row, c) === String(i + 1));
}

function isNoteRow(view: SheetView, row: number): boolean {
  const first = view.nonEmptyCols(row)[0];
  return first !== undefined && NOTE_ROW.test(view.label(row, first));
}

/** Drop a trailing 合计 from a code or name column's header path (see FinalHeader.totalRow). */
function withoutTotal(column: HeaderColumn): HeaderColumn {
  const path = column.path.slice(0, -1);
  const leaf = path[path.length - 1];
  return { ...column, path, leaf, joined: path.join('/') };
}

/**
 * A 决算 table's header from `top`: as readHeader (a 栏次 row ends it and is skipped), up to options.maxRows (4) rows
 * without one, never into a note row. A 合计 under the code or name header marks that row as the total row as well.
 */
export function readFinalHeader(
  view: SheetView,
  top: number,
  bottom: number,
  options: HeaderOptions = {},
): FinalHeader | undefined {
  const header = readHeader(view, top, bottom, {
    maxRows: options.maxRows ?? 4,
    isDataRow: (r) => isNoteRow(view, r) || (options.isDataRow?.(r) ?? false),
  });
  if (!header) return undefined;
  let totalRow: number | undefined;
  const columns = header.columns.map((column) => {
    const above = column.path[column.path.length - 2];
    if (!TOTAL_LABELS.includes(column.leaf) || above === undefined || !KEY_COLUMN_WORDS.test(above)) return column;
    if (!TOTAL_LABELS.includes(normalizeLabel(view.mergedText(header.bottom, column.col)))) return column;
    totalRow = header.bottom;
    return withoutTotal(column);
  });
  return { ...header, columns, totalRow };
}
