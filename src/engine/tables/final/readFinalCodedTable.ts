import type { CodedRow, CodedTable, Figure } from '../types';
import { CodeReader, findCodeColumns } from '../codeColumns';
import { codeLevel } from '../codes';
import { matchColumns } from '../readHeader';
import type { MetaResult } from '../readTableMeta';
import type { SheetView } from '../sheetView';
import { readFigure, tableBase } from '../tableBase';
import type { TableExtent } from '../tableExtent';
import { FINAL_COLUMN_SPECS, type FinalCodedKind } from './finalColumns';
import { withFinalEmptyNote } from './finalEmptyNote';
import { readFinalHeader } from './finalHeader';

const TOTAL_LABELS = ['合计', '总计'];

/**
 * Read a 决算 table keyed by 科目编码 (表2 收入, 表3 支出, 表5 一般公共预算, 表8/表9 基金/国资) in any of its layouts:
 * one code column or 类/款/项 columns (parts, or the whole code in the first), 合计 at the top, at the bottom or on
 * the header's own row, an extra 决算数 header row, a 栏次 row (skipped), 行次 columns (never an amount). Every amount
 * column gets a Figure on every data row, blank cells included, so rules can name the cell.
 */
export function readFinalCodedTable(
  kind: FinalCodedKind,
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
): CodedTable<FinalCodedKind, string> | undefined {
  const header = readFinalHeader(view, meta.nextRow, extent.range.bottom);
  if (!header) return undefined;
  const codeColumns = findCodeColumns(header);
  const nameColumn = header.columns.find((h) => h.leaf.includes('名称'))?.col;
  const keyColumns = new Set([...codeColumns, ...(nameColumn === undefined ? [] : [nameColumn])]);
  const amountColumns = matchColumns(
    { ...header, columns: header.columns.filter((h) => !keyColumns.has(h.col)) },
    FINAL_COLUMN_SPECS[kind],
  );
  if (nameColumn === undefined || amountColumns.length === 0) return undefined;

  const codes = new CodeReader(view, codeColumns);
  const figures: Figure[] = [];
  const rows: Array<CodedRow<string>> = [];
  let total: CodedRow<string> | undefined;
  const readRow = (
    r: number,
    values: Partial<Record<string, Figure>>,
    code: string,
    level: CodedRow['level'],
  ): CodedRow<string> => {
    const totalCol = [...codeColumns, nameColumn].find((c) => TOTAL_LABELS.includes(view.label(r, c)));
    return {
      row: r,
      code,
      name: level === 0 ? '合计' : view.text(r, nameColumn),
      level,
      nameCell: view.ref(r, level === 0 ? (totalCol ?? nameColumn) : nameColumn),
      values,
    };
  };

  if (header.totalRow !== undefined) {
    // The total sharing the header row: its header texts (合计, 基本支出, a header merged from above) are no figures.
    const values: Partial<Record<string, Figure>> = {};
    for (const { key, col } of amountColumns) {
      const figure = readFigure(view, header.totalRow, col);
      const mergedFromAbove = (view.mergeAt(header.totalRow, col)?.top ?? header.totalRow) < header.totalRow;
      if (mergedFromAbove || (figure.amount.kind !== 'number' && figure.amount.kind !== 'blank')) continue;
      values[key] = figure;
      figures.push(figure);
    }
    total = readRow(header.totalRow, values, '', 0);
  }
  for (let r = header.dataStart; r <= extent.range.bottom; r++) {
    const rowCode = codes.read(r);
    const isTotalRow = [nameColumn, ...codeColumns].some((c) => TOTAL_LABELS.includes(view.label(r, c)));
    const level = isTotalRow ? 0 : codeLevel(rowCode?.code ?? '');
    if (level === undefined) continue;
    const values: Partial<Record<string, Figure>> = {};
    for (const { key, col } of amountColumns) {
      const figure = readFigure(view, r, col);
      values[key] = figure;
      figures.push(figure);
    }
    const row = readRow(r, values, isTotalRow ? '' : (rowCode?.code ?? ''), level);
    if (isTotalRow) {
      // A 合计 row below the header's own 合计 (生态环境局's blank table) is the one with the figures.
      if (!total || Object.keys(total.values).length === 0) total = row;
    } else rows.push({ ...row, codeCell: rowCode?.cell });
  }
  const table = {
    ...tableBase(kind, view, extent, meta, figures),
    columns: amountColumns.map((c) => c.key),
    total,
    rows,
  };
  return withFinalEmptyNote(table, view);
}
