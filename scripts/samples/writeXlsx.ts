/** Write a SampleWorkbook to .xlsx with ExcelJS: values, formulas with cached results, merges, styles, widths. */
import ExcelJS from 'exceljs';
import { toA1, type GridCell } from '../../src/engine/grid';
import type { CellStyle, SampleWorkbook } from './sheetBuilder';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

function cellValue(cell: GridCell): ExcelJS.CellValue {
  if (cell.formula) {
    const result = typeof cell.value === 'number' || typeof cell.value === 'string' ? cell.value : undefined;
    return { formula: cell.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
  }
  return cell.value;
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.fontSize) target.font = { bold: style.bold, size: style.fontSize ?? 11 };
  if (style.border) target.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.align || style.wrap) {
    target.alignment = { horizontal: style.align, vertical: 'middle', wrapText: style.wrap };
  }
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
}

/** Build the ExcelJS workbook (for tests that read it back without touching the disk). */
export function toExcelWorkbook(sample: SampleWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算公开审核 sample builder';
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const sheet of sample.grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cellValue(cell);
        if (cell.numberFormat && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
      });
    });
    for (const [address, style] of Object.entries(sample.styles[sheet.name] ?? {})) {
      applyStyle(ws.getCell(address), style);
    }
    for (const m of sheet.merges) ws.mergeCells(`${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
    (sample.columnWidths[sheet.name] ?? []).forEach((width, c) => {
      ws.getColumn(c + 1).width = width;
    });
  }
  return wb;
}

/** Write the sample to a file. */
export async function writeXlsx(sample: SampleWorkbook, file: string): Promise<void> {
  await toExcelWorkbook(sample).xlsx.writeFile(file);
}

/** Write the sample to a buffer (tests). */
export async function writeXlsxBuffer(sample: SampleWorkbook): Promise<Buffer> {
  return Buffer.from(await toExcelWorkbook(sample).xlsx.writeBuffer());
}
