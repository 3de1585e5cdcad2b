import type { CheckResult } from '../engine/checkWorkbook';
import { PAYLOAD_SAFETY, type ResolvedAdapterOptions } from './adapterOptions';
import { literalCellValue } from './literalText';
import { REPORT_SHEET_NAME, reportRows } from './reportRows';
import { SyncBudget } from './syncBudget';
import type { ExcelRunner } from './types';

const ROWS_PER_WRITE = 500;

/** Why the report was not written, in Chinese for the pane; nothing in the workbook was changed. */
export class ReportWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportWriteError';
  }
}

/**
 * Writes the 校验报告 sheet, replacing the contents of an earlier one. Every cell is formatted as text
 * ('@') before its value is written, and every value goes through literalCellValue, so a message
 * starting with = + - @ can never become a formula or a link.
 */
export function writeReport(run: ExcelRunner, options: ResolvedAdapterOptions, result: CheckResult): Promise<void> {
  const rows = reportRows(result);
  const width = rows[0].length;
  return run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET_NAME);
    existing.load('name,protection/protected');
    const structure = options.isSetSupported('ExcelApi', '1.7') ? context.workbook.protection : undefined;
    structure?.load('protected');
    await context.sync();
    // Protection is reported, not fought: nothing is written.
    if (!existing.isNullObject && existing.protection.protected) {
      throw new ReportWriteError(
        `“${REPORT_SHEET_NAME}”工作表受保护，未写入校验报告。请先撤销该工作表的保护（审阅 → 撤销工作表保护）后重试。`,
      );
    }
    if (existing.isNullObject && structure?.protected) {
      throw new ReportWriteError(
        `工作簿结构受保护，无法新建“${REPORT_SHEET_NAME}”工作表，未写入校验报告。请先撤销工作簿保护（审阅 → 保护工作簿）后重试。`,
      );
    }
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
      range.values = block.map((r) => r.map(literalCellValue));
      await budget.reserve(JSON.stringify(block).length * 2 + block.length * width * 6);
    }
    sheet.activate();
    await context.sync();
  });
}
