import { checkWorkbook, type CheckResult } from '../../src/engine/checkWorkbook';
import type { WorkbookGrid } from '../../src/engine/grid';
import { generateNarrative, type PreviousYearFigures } from '../../src/engine/narrative';
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

/**
 * The sample with a generated block already below its 情况说明, one blank row after the last paragraph;
 * generated with `previous` when given. `rows` is the block as written.
 */
export function sampleWithBlock(previous?: PreviousYearFigures): {
  grid: WorkbookGrid;
  firstRow: number;
  rows: string[];
} {
  const grid = sampleGrid();
  const sheet = grid.sheets.find((s) => s.name === NARRATIVE_SHEET_NAME);
  if (!sheet) throw new Error('the sample has no 情况说明 sheet');
  const firstRow = sheet.rows.length + 1;
  const rows = narrativeBlockRows(generateNarrative(checkWorkbook(grid).workbook, { previous }));
  rows.forEach((text, i) => {
    sheet.rows[firstRow + i] = [{ value: text, text }];
  });
  return { grid, firstRow, rows };
}

/** The sample whose 情况说明 states no change on last year: nothing to take last year's figures from. */
export function sampleWithoutStatements(): WorkbookGrid {
  const grid = sampleGrid();
  const sheet = grid.sheets.find((s) => s.name === NARRATIVE_SHEET_NAME);
  const cell = sheet?.rows.flatMap((row) => row ?? []).find((c) => String(c?.value ?? '').includes('较2023年'));
  if (!cell) throw new Error('the sample states no change on 2023');
  cell.value = cell.text = '2024年预算收支安排384.34万元，主要是项目减少。';
  return grid;
}
