import ExcelJS from 'exceljs';
import { workbookToGrid } from '../../xlsx/workbookToGrid';
import { previousYearFigures, type PreviousYearFigures } from '../../engine/narrative';
import { recognizeWorkbook } from '../../engine/tables/recognizeWorkbook';
import { STRINGS } from '../../shared/strings';

/** Why last year's file gave no figures, in Chinese for the pane. */
export class PreviousYearFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreviousYearFileError';
  }
}

/**
 * Last year's budget workbook (.xlsx bytes) → its figures, read in the browser the way the command line
 * reads a workbook: ExcelJS, the grid, the recognizer. Loaded on demand: ExcelJS is large.
 */
export async function readPreviousYearFile(data: ArrayBuffer, fileName: string): Promise<PreviousYearFigures> {
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(data);
  } catch {
    throw new PreviousYearFileError(STRINGS.previousFileUnreadable(fileName));
  }
  const figures = previousYearFigures(recognizeWorkbook(workbookToGrid(excel, fileName)));
  // A 决算 workbook gives its 总计, 一般公共预算 spending, 三公 决算数 or 机关运行经费 instead.
  const final = figures.grandTotal || figures.fiscalGrandTotal || figures.general || figures.threePublicActual;
  if (!figures.total && !figures.basic && !figures.project && !figures.threePublic && !final) {
    throw new PreviousYearFileError(STRINGS.previousFileNoFigures(fileName));
  }
  return figures;
}
