import * as path from 'path';
import { readYearBudget } from '../engine/budgetVsFinal/readYearBudget';
import type { YearBudgetFigures } from '../engine/budgetVsFinal/types';
import { yearBudgetProblem } from '../engine/budgetVsFinal/yearBudgetProblem';
import { recognizeWorkbook } from '../engine/tables/recognizeWorkbook';
import { readWorkbookFile } from './readWorkbookFile';
import { WorkbookReadError } from './WorkbookReadError';

/**
 * `--budget FILE`: the same year's 部门预算 a 决算 is compared with. Every failure — unreadable, a 决算 given by
 * mistake, no 预算 tables — is a WorkbookReadError whose one line starts with '预算文件', so the user knows which
 * of the two files it is about.
 */
export async function readYearBudgetFile(file: string): Promise<YearBudgetFigures> {
  const name = path.basename(file);
  let loaded;
  try {
    loaded = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new WorkbookReadError(e.failure, `预算文件 ${e.message}`);
    throw e;
  }
  const workbook = recognizeWorkbook(loaded.grid);
  const figures = readYearBudget(workbook, name);
  const problem = yearBudgetProblem(workbook, figures, name);
  if (problem) throw new WorkbookReadError('no-budget-table', `预算文件 ${problem}`);
  return figures;
}
