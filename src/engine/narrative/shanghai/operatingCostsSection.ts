import { tableOf, type BudgetWorkbook } from '../../tables/types';
import { expenditureFigures } from '../expenditureFigures';
import type { SectionContext } from '../sectionContext';
import { valueOf } from '../tableTotal';
import type { NarrativeSection } from '../types';
import { wan, yearText } from '../wording';
import { statedInText } from './statedInText';
import { departmentName, FILL_PLACEHOLDER } from './wording';

/** '下属1家机关和1家事业单位': the counts are in no table; the author's text gives them, else placeholders. */
function unitsClause(wb: BudgetWorkbook): string {
  const m = statedInText(wb, /下属(\d+)家机关和(\d+)家(参公事业单位|事业单位)/);
  if (m) return `下属${m[1]}家机关和${m[2]}家${m[3]}`;
  return `下属${FILL_PLACEHOLDER}家机关和${FILL_PLACEHOLDER}家参公事业单位`;
}

/**
 * 二、机关运行经费预算: '2025年上海市普陀区人民政府办公室下属1家机关和1家事业单位财政拨款的机关运行经费预算为
 * 213.28万元。' from the 三公 table's 机关运行经费预算数 (else the 基本支出表's 公用经费); none is the template's
 * '本部门无机关运行经费。'.
 */
export function operatingCostsSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const title = '机关运行经费预算';
  const base = { id: 'operating_costs', title, headings: [`二、${title}`], notes } as const;
  // The 机关运行经费预算数 column beside the 三公 items.
  const cell = tableOf(ctx.workbook, 'three_public')?.operatingCosts;
  let total = cell && valueOf(cell);
  if (!total) {
    total = expenditureFigures(ctx.workbook, []).public;
    if (total) notes.push('“三公”经费和机关运行经费预算表中没有机关运行经费预算数，说明中采用基本支出表的公用经费');
  }
  if (!total) {
    notes.push('工作簿中没有机关运行经费预算数（“三公”经费和机关运行经费预算表或基本支出表）');
    return { ...base, text: '（缺少机关运行经费预算数，无法说明机关运行经费。）' };
  }
  if (total.isZero()) return { ...base, text: '本部门无机关运行经费。' };
  const dept = departmentName(ctx.workbook.unitName);
  const text = `${yearText(ctx.year)}${dept}${unitsClause(ctx.workbook)}财政拨款的机关运行经费预算为${wan(total)}。`;
  return { ...base, text };
}
