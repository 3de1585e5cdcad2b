import { checkWorkbook, type CheckResult } from '../../src/engine/checkWorkbook';
import type { WorkbookGrid } from '../../src/engine/grid';
import { generateNarrative } from '../../src/engine/narrative';
import { NARRATIVE_SHEET_NAME, narrativeBlockRows } from '../../src/engine/narrative/narrativeBlock';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { SEED_000 } from '../../scripts/samples/seed000';

/** The seed-000 sample as the add-in reads it (same figures as assets/samples/sample-2024.xlsx). */
export function sampleGrid(): WorkbookGrid {
  return layoutWorkbook(SEED_000).grid;
}

/** A real check of the sample: the tab writes from its workbook. */
export function sampleResult(grid: WorkbookGrid = sampleGrid()): CheckResult {
  return checkWorkbook(grid);
}

/** The sample with a generated block already below its 情况说明, one blank row after the last paragraph. */
export function sampleWithBlock(): { grid: WorkbookGrid; firstRow: number } {
  const grid = sampleGrid();
  const sheet = grid.sheets.find((s) => s.name === NARRATIVE_SHEET_NAME);
  if (!sheet) throw new Error('the sample has no 情况说明 sheet');
  const firstRow = sheet.rows.length + 1;
  const rows = narrativeBlockRows(generateNarrative(checkWorkbook(grid).workbook));
  rows.forEach((text, i) => {
    sheet.rows[firstRow + i] = [{ value: text, text }];
  });
  return { grid, firstRow };
}
