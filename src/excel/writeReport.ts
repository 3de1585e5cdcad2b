import type { CheckResult } from '../engine/checkWorkbook';
import { PAYLOAD_SAFETY, type ResolvedAdapterOptions } from './adapterOptions';
import { literalCellValue } from './literalText';
import { splitQualifiedAddress } from './cellAddress';
import { freeSheetName, REPORT_NAME, REPORT_NAME_COMMENT } from '../report/reportRecord';
import { REPORT_SHEET_NAME, reportRows } from '../report/reportRows';
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
 * Writes the 校验报告 sheet, replacing the contents of the one an earlier 导出报告 created (marked by a
 * workbook-scoped name on its A1, so a renamed report is still ours). A sheet the add-in did not create
 * is never touched: when the user has a 校验报告 sheet of their own, the report goes to a new sheet,
 * 校验报告 (2), 校验报告 (3) …. Every cell is formatted as text ('@') before its value is written, and
 * every value goes through literalCellValue, so a message starting with = + - @ can never become a
 * formula or a link.
 */
export function writeReport(run: ExcelRunner, options: ResolvedAdapterOptions, result: CheckResult): Promise<void> {
  const rows = reportRows(result);
  const width = rows[0].length;
  return run(async (context) => {
    const workbook = context.workbook;
    // Sync 1: the report's name, the sheets and which are protected, the structure's protection.
    const named = workbook.names.getItemOrNullObject(REPORT_NAME);
    named.load('name');
    const worksheets = workbook.worksheets;
    worksheets.load('items/name,items/protection/protected');
    const structure = options.isSetSupported('ExcelApi', '1.7') ? workbook.protection : undefined;
    structure?.load('protected');
    await context.sync();

    // Sync 2: the sheet the name points at (none when it was deleted: the name reads #REF!).
    let ownSheetName: string | undefined;
    if (!named.isNullObject) {
      const marked = named.getRangeOrNullObject();
      marked.load('address');
      await context.sync();
      if (!marked.isNullObject) ownSheetName = splitQualifiedAddress(marked.address).sheet.toLowerCase();
    }
    const existing = worksheets.items.find((ws) => ws.name.toLowerCase() === ownSheetName);
    // Protection is reported, not fought: nothing is written.
    if (existing?.protection.protected) {
      throw new ReportWriteError(
        `“${existing.name}”工作表受保护，未写入校验报告。请先撤销该工作表的保护（审阅 → 撤销工作表保护）后重试。`,
      );
    }
    const newName = freeSheetName(
      REPORT_SHEET_NAME,
      worksheets.items.map((ws) => ws.name),
    );
    if (!existing && structure?.protected) {
      throw new ReportWriteError(
        `工作簿结构受保护，无法新建“${newName}”工作表，未写入校验报告。请先撤销工作簿保护（审阅 → 保护工作簿）后重试。`,
      );
    }
    let sheet: Excel.Worksheet;
    if (existing) {
      sheet = existing;
      sheet.getRange().clear();
    } else {
      sheet = worksheets.add(newName);
      if (!named.isNullObject) named.delete();
      workbook.names.add(REPORT_NAME, sheet.getRange('A1'), REPORT_NAME_COMMENT);
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
