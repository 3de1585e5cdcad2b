import { templateById } from '../templates';
import type { BudgetWorkbook } from '../tables/types';
import type { YearBudgetFigures } from './types';

/**
 * Why a workbook chosen as the year's 预算 cannot serve as one, in Chinese (CLI and pane say the same); undefined
 * when it can. A 决算 given by mistake is named as such: its tables would otherwise be read as "no 预算 tables".
 */
export function yearBudgetProblem(
  wb: BudgetWorkbook,
  figures: YearBudgetFigures,
  fileName: string,
): string | undefined {
  if (templateById(wb.template).document === 'final')
    return `${fileName}：这是部门决算，不是部门预算；请选择同一年度的部门预算工作簿`;
  if (!figures.general && !figures.threePublic)
    return `${fileName}：没有找到部门预算的一般公共预算支出表或“三公”经费表，无法作为同年预算`;
  return undefined;
}
