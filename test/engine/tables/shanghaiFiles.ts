/** The real Shanghai documents and blank templates of ../shared, read once per test file into the engine's grid. */
import * as path from 'path';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import type { BudgetWorkbook, TableOfKind } from '../../../src/engine/tables/types';
import type { TableKind } from '../../../src/engine/tableKinds';

const SHARED = path.join(__dirname, '../../../../shared');

export const realBudget = (name: string): string => path.join(SHARED, 'real/budget', name);
export const shanghaiTemplate = (name: string): string => path.join(SHARED, 'templates/shanghai', name);

const cache = new Map<string, Promise<BudgetWorkbook>>();

/** The recognised workbook of a file (cached: several tests read the same file). */
export function recognizeFile(file: string): Promise<BudgetWorkbook> {
  let wb = cache.get(file);
  if (!wb) {
    wb = readWorkbookFile(file).then(({ grid }) => recognizeWorkbook(grid));
    cache.set(file, wb);
  }
  return wb;
}

/** The table of a kind on a sheet; fails the test when it is missing. */
export function tableOn<K extends TableKind>(wb: BudgetWorkbook, kind: K, sheet: string): TableOfKind<K> {
  const table = wb.tables.find((t) => t.kind === kind && t.sheet === sheet) as TableOfKind<K> | undefined;
  if (!table) throw new Error(`no ${kind} table on sheet ${sheet}: ${wb.tables.map((t) => `${t.sheet}:${t.kind}`)}`);
  return table;
}
