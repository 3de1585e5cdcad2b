import type { BudgetAmount, YearBudgetFigures } from '../../engine/budgetVsFinal/types';

/** The 同年预算 picker's texts (Chinese first, as the rest of the pane). */
export const YEAR_BUDGET_TEXT = {
  title: '同年预算',
  pick: '选择同年预算文件',
  hint: '校验或生成部门决算时，读取同一年度的部门预算（.xlsx），核对预算数和年初预算。',
  clear: '不使用预算文件',
  reading: (file: string) => `正在读取 ${file}…`,
  unreadable: (file: string) => `无法读取 ${file}：请选择 Excel 工作簿（.xlsx）文件。`,
};

const wan = (a: BudgetAmount | undefined) => (a ? `${a.value.toFixed(2)} 万元` : '未列示');

/** '已读取 2024 年预算：一般公共预算财政拨款支出 9101.68 万元，“三公”经费 867.50 万元'. */
export function yearBudgetLoaded(b: YearBudgetFigures): string {
  const year = b.year === undefined ? '' : ` ${b.year} 年`;
  return `已读取${year}预算：一般公共预算财政拨款支出 ${wan(b.general?.total)}，“三公”经费 ${wan(b.threePublic?.total)}`;
}
