/** The real Shanghai budgets and blank templates beside the repository (../shared), read into recognised workbooks. */
import * as path from 'path';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import type { WorkbookGrid } from '../../../src/engine/grid';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';

const SHARED = path.resolve(__dirname, '../../..', '../shared');

export const REAL_BUDGETS = [
  'sh-putuo-swh-2025.xlsx',
  'sh-putuo-swh-unit-2025.xlsx',
  'sh-putuo-wanli-2023.xlsx',
  'sh-putuo-zfb-2025.xlsx',
] as const;
export const TEMPLATES = ['department_budget_template.xlsx', 'unit_budget_template.xlsx'] as const;

export function realBudgetPath(name: string): string {
  return path.join(SHARED, 'real/budget', name);
}

export function templatePath(name: string): string {
  return path.join(SHARED, 'templates/shanghai', name);
}

const grids = new Map<string, Promise<WorkbookGrid>>();

/** A file's grid, read once per test file. */
export function gridOf(file: string): Promise<WorkbookGrid> {
  let grid = grids.get(file);
  if (!grid) {
    grid = readWorkbookFile(file).then((loaded) => loaded.grid);
    grids.set(file, grid);
  }
  return grid;
}

export async function recognizeFile(file: string): Promise<BudgetWorkbook> {
  return recognizeWorkbook(await gridOf(file));
}
