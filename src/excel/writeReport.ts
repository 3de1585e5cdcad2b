import type { CheckResult } from '../engine/checkWorkbook';
import { PAYLOAD_SAFETY, type ResolvedAdapterOptions } from './adapterOptions';
import { REPORT_SHEET_NAME, reportRows } from './reportRows';
import { SyncBudget } from './syncBudget';
import type { ExcelRunner } from './types';

const ROWS_PER_WRITE = 500;

/**
 * Writes the 校验报告 sheet, replacing the contents of an earlier one. Every cell is formatted as text
 * ('@') before its value is written, so a message starting with = + - @ can never become a formula.
 */
export function writeReport(run: ExcelRunner, options: ResolvedAdapterOptions, result: CheckResult): Promise<void> {
  const rows = reportRows(result);
  const width = rows[0].length;
  return run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET_NAME);
    existing.load('name');
    await context.sync();
    let sheet: Excel.Worksheet;
    if (existing.isNullObject) sheet = context.workbook.worksheets.add(REPORT_SHEET_NAME);
    else {
      sheet = existing;
      sheet.getRange().clear();
    }
    const budget = new SyncBudget(context, options.maxPayloadBytes * PAYLOAD_SAFETY);
    for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
      const block = rows.slice(start, start + ROWS_PER_WRITE);
      const range = sheet.getRangeByIndexes(start, 0, block.length, width);
      range.numberFormat = block.map((r) => r.map(() => '@'));
      range.values = block;
      await budget.reserve(JSON.stringify(block).length * 2 + block.length * width * 6);
    }
    sheet.activate();
    await context.sync();
  });
}
