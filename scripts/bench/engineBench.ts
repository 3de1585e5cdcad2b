/**
 * Engine time: recognise the tables and run every rule (checkWorkbook) on the sample workbook as the
 * command line reads it, and on generated workbooks of 1×, 10× and 100× the sample's rows. Warm-up
 * runs first (JIT), then the median of several timed runs.
 */
import path from 'path';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import type { WorkbookGrid } from '../../src/engine/grid';
import { recognizeWorkbook } from '../../src/engine/tables/recognizeWorkbook';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import { layoutWorkbook } from '../samples/layoutWorkbook';
import { scaledBudget } from './scaledBudget';
import { median } from './stats';

export interface EngineRow {
  name: string;
  sheets: number;
  cells: number;
  tables: number;
  findings: number;
  recognizeMs: number;
  checkMs: number;
  msPer1000Cells: number;
  runs: number;
}

export function countCells(grid: WorkbookGrid): number {
  let n = 0;
  for (const s of grid.sheets) for (const row of s.rows) if (row) for (const c of row) if (c) n++;
  return n;
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median times of `runs` runs after `warmup` untimed ones; fewer runs for the big grids. */
export function measureEngine(name: string, grid: WorkbookGrid, runs: number, warmup = 3): EngineRow {
  for (let i = 0; i < warmup; i++) checkWorkbook(grid);
  const check: number[] = [];
  const recognize: number[] = [];
  for (let i = 0; i < runs; i++) {
    recognize.push(time(() => recognizeWorkbook(grid)));
    check.push(time(() => checkWorkbook(grid)));
  }
  const result = checkWorkbook(grid);
  const cells = countCells(grid);
  const checkMs = median(check);
  return {
    name,
    sheets: grid.sheets.length,
    cells,
    tables: result.tables.length,
    findings: result.findings.length,
    recognizeMs: median(recognize),
    checkMs,
    msPer1000Cells: (checkMs * 1000) / cells,
    runs,
  };
}

export const SCALES = [1, 10, 100] as const;

export async function engineBench(root: string, scales: readonly number[] = SCALES): Promise<EngineRow[]> {
  const rows: EngineRow[] = [];
  const sample = await readWorkbookFile(path.join(root, 'assets', 'samples', 'sample-2024.xlsx'));
  rows.push(measureEngine('sample-2024.xlsx', sample.grid, 21, 5));
  for (const scale of scales) {
    const grid = layoutWorkbook(scaledBudget(scale)).grid;
    rows.push(
      measureEngine(`generated ${scale}×`, grid, scale >= 100 ? 5 : scale >= 10 ? 9 : 21, scale >= 100 ? 1 : 3),
    );
  }
  return rows;
}
