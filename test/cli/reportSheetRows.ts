import type ExcelJS from 'exceljs';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import { cellParagraph } from '../../src/engine/plainText';
import { REPORT_HEADER, reportRows } from '../../src/report/reportRows';

/** A 校验报告 sheet read back as text: every row and column that holds anything, an empty cell as ''. */
export function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const width = Math.max(ws.columnCount, REPORT_HEADER.length);
  return Array.from({ length: ws.rowCount }, (_, r) =>
    Array.from({ length: width }, (__, c) => {
      const value = ws.getRow(r + 1).getCell(c + 1).value;
      return value === null || value === undefined ? '' : String(value);
    }),
  );
}

/** What src/report lays out for a result, each cell as the one paragraph a cell can hold. */
export function reportModuleRows(result: CheckResult): string[][] {
  return reportRows(result).map((row) => row.map(cellParagraph));
}

/** Index of the header row (序号 级别 …) in a report's rows. */
export function headerIndex(rows: readonly string[][]): number {
  return rows.findIndex((r) => r.slice(0, REPORT_HEADER.length).join('\t') === REPORT_HEADER.join('\t'));
}
