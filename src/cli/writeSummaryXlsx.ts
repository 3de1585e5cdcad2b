import ExcelJS from 'exceljs';
import { FINDING_COLUMNS, SUMMARY_COLUMNS, type BatchSummary } from './batchSummaryRows';
import { displayWidth } from './displayWidth';

export const SUMMARY_SHEET = '汇总';
export const FINDINGS_SHEET = '全部问题';

/** Widest column, in Excel character units: long messages wrap to this rather than run off the screen. */
const MAX_WIDTH = 60;

type Value = string | number | null;

/**
 * A sheet with a bold header row that stays in view while scrolling, an autofilter over the data, and columns
 * as wide as their content (CJK counted double) up to MAX_WIDTH. Values are plain strings and numbers, never formulas.
 */
function addTableSheet<K extends string>(
  excel: ExcelJS.Workbook,
  name: string,
  columns: ReadonlyArray<readonly [K, string]>,
  rows: ReadonlyArray<Record<K, Value>>,
): void {
  const ws = excel.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.addRow(columns.map(([, header]) => header)).font = { bold: true };
  // Nothing to say is a blank cell, not an empty string: the filter lists it as (空白).
  for (const row of rows) ws.addRow(columns.map(([key]) => (row[key] === '' ? null : row[key])));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  columns.forEach(([key, header], i) => {
    const widest = Math.max(displayWidth(header), ...rows.map((r) => displayWidth(String(r[key] ?? ''))));
    const column = ws.getColumn(i + 1);
    // +2 leaves room for the autofilter's drop-down button.
    column.width = Math.min(MAX_WIDTH, widest + 2);
    if (widest > MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** The batch summary workbook: 汇总 (one row per file) and 全部问题 (every finding of every file). */
export async function writeSummaryXlsx(file: string, summary: BatchSummary): Promise<void> {
  const excel = new ExcelJS.Workbook();
  addTableSheet(excel, SUMMARY_SHEET, SUMMARY_COLUMNS, summary.files);
  addTableSheet(excel, FINDINGS_SHEET, FINDING_COLUMNS, summary.findings);
  await excel.xlsx.writeFile(file);
}
