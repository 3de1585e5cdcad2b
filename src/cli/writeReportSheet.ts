import type ExcelJS from 'exceljs';
import type { CheckResult } from '../engine/checkWorkbook';
import { cellParagraph } from '../engine/plainText';
import { freeSheetName, REPORT_NAME } from '../report/reportRecord';
import { REPORT_HEADER, REPORT_SHEET_NAME, reportRows } from '../report/reportRows';
import { parseReference, quoteSheetName } from './sheetReference';

/** Column widths in characters, one per REPORT_HEADER column: 说明 wide, the short codes narrow. */
const COLUMN_WIDTHS = [6, 10, 12, 26, 90, 30, 12, 12];

/** ExcelJS keeps a sheet's place in the tab order here; its typings leave it out. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

/**
 * The sheet REPORT_NAME points at (the report an earlier annotate or 导出报告 wrote), after removing that
 * name: the report about to be written takes it over. A name left pointing at a deleted sheet (#REF!) is
 * dropped by ExcelJS on load, so a user's sheet that later took the report's name is never taken for ours.
 */
function takeOurReport(excel: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const names = excel.definedNames.model;
  const ours = names.find((n) => n.name === REPORT_NAME)?.ranges[0];
  excel.definedNames.model = names.filter((n) => n.name !== REPORT_NAME);
  const sheetName = ours === undefined ? undefined : parseReference(ours)?.sheet.toLowerCase();
  return excel.worksheets.find((ws) => ws.name.toLowerCase() === sheetName);
}

/**
 * Writes the 校验报告 sheet from src/report's rows, the rows the add-in's 导出报告 writes, as text.
 * The report an earlier annotate or 导出报告 wrote is replaced in its place under its own name; any other
 * sheet is never touched, so a user's own 校验报告 stays and the report goes to 校验报告 (2), (3) ….
 * Returns the report sheet's name.
 */
export function writeReportSheet(excel: ExcelJS.Workbook, result: CheckResult): string {
  const rows = reportRows(result);
  const previous = takeOurReport(excel) as OrderedWorksheet | undefined;
  let name: string;
  if (previous) {
    name = previous.name;
    excel.removeWorksheet(previous.id);
  } else {
    name = freeSheetName(
      REPORT_SHEET_NAME,
      excel.worksheets.map((ws) => ws.name),
    );
  }
  const ws = excel.addWorksheet(name) as OrderedWorksheet;
  if (previous) ws.orderNo = previous.orderNo;
  excel.definedNames.add(`${quoteSheetName(name)}!$A$1`, REPORT_NAME);

  COLUMN_WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const header = REPORT_HEADER.join('\t');
  rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      // Text format, as 导出报告 formats its cells; a copy of the style, which ExcelJS may share among cells.
      cell.style = { ...cell.style, numFmt: '@' };
      const clean = cellParagraph(text);
      if (clean) cell.value = clean;
    });
    if (r === 0 || values.join('\t') === header) row.font = { bold: true };
  });
  return name;
}
