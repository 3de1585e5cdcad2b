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
  if (!figures.total && !figures.basic && !figures.project && !figures.threePublic) {
    throw new PreviousYearFileError(STRINGS.previousFileNoFigures(fileName));
  }
  return figures;
}
