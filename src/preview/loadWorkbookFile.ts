import ExcelJS from 'exceljs';
import { workbookToGrid } from '../xlsx/workbookToGrid';
import { toA1 } from '../engine/grid';
import { MemoryWorkbook } from './memoryExcel';

/** A workbook opened in the preview: the in-memory document plus what only the view needs. */
export interface PreviewDocument {
  fileName: string;
  workbook: MemoryWorkbook;
  /** Column widths in pixels per sheet name, from the file's column widths (Excel character units). */
  columnWidths: Map<string, number[]>;
}

/** ExcelJS 'FFRRGGBB' of a solid pattern fill → '#RRGGBB'; theme colours and gradients are left out. */
function solidFill(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

/** Excel's column width (characters of the default font) → pixels, roughly as Excel draws it. */
const widthInPixels = (width: number | undefined): number => Math.round((width ?? 8.43) * 7 + 5);

/**
 * An .xlsx file → the in-memory workbook the task pane runs against: the same grid the command line
 * checks, plus each cell's own solid fill, so clearing the marks visibly restores the original fills.
 */
export async function loadWorkbookFile(data: ArrayBuffer, fileName: string): Promise<PreviewDocument> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(data);
  const workbook = MemoryWorkbook.fromGrid(workbookToGrid(excel, fileName));
  const columnWidths = new Map<string, number[]>();
  for (const ws of excel.worksheets) {
    const sheet = workbook.sheet(ws.name);
    // includeEmpty: a blank cell can still have its own fill.
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const fill = solidFill(cell);
        if (fill) sheet.setFill(toA1(rowNumber - 1, colNumber - 1), fill);
      });
    });
    columnWidths.set(
      ws.name,
      Array.from({ length: ws.columnCount }, (_, i) => widthInPixels(ws.getColumn(i + 1).width)),
    );
  }
  return { fileName, workbook, columnWidths };
}
