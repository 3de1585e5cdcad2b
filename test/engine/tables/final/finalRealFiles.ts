/** The two real Shanghai 决算 documents beside the repository (../shared/real/final), recognised once per test file. */
import * as path from 'path';
import { readWorkbookFile } from '../../../../src/cli/readWorkbookFile';
import type { Figure } from '../../../../src/engine/tables/types';
import { recognizeWorkbook } from '../../../../src/engine/tables/recognizeWorkbook';
import type { BudgetWorkbook } from '../../../../src/engine/tables/types';

const FINAL = path.resolve(__dirname, '../../../../../shared/real/final');

export const CZJ = 'sh-putuo-czj-2024.xlsx';
export const STHJ = 'sh-putuo-sthj-2025.xlsx';

const workbooks = new Map<string, Promise<BudgetWorkbook>>();

export function recognizeFinal(name: string): Promise<BudgetWorkbook> {
  let workbook = workbooks.get(name);
  if (!workbook) {
    workbook = readWorkbookFile(path.join(FINAL, name)).then(({ grid }) => recognizeWorkbook(grid));
    workbooks.set(name, workbook);
  }
  return workbook;
}

/** A figure as 'value@address', the way the tests state what a cell holds. */
export function at(figure: Figure | undefined): string | undefined {
  return figure && `${figure.value.toString()}@${figure.cell.address}`;
}
