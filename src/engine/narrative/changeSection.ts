import { formatWan } from '../amount';
import { expenditureFigures } from './expenditureFigures';
import { incomeFigures } from './incomeFigures';
import type { SectionContext } from './sectionContext';
import type { NarrativeSection } from './types';
import { changeText, previousYearText, wan, yearText } from './wording';

/** What the author completes: the checks flag it (narrative-placeholder) until it is replaced. */
export const REASON_PLACEHOLDER = '【请填写原因】';

/**
 * 比上年增减情况: '2024年预算收支安排384.34万元，较2023年预算减少130.40万元，其中：基本支出增加11.33万元，
 * 项目支出减少141.73万元。主要原因是【请填写原因】。' Without last year's figures it says what is missing and
 * states no change.
 */
export function changeSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const base = { id: 'change', title: '比上年增减情况', notes } as const;
  // Figures of this year; their notes belong to the 收入 and 支出 sections.
  const income = incomeFigures(ctx.workbook, []);
  const spending = expenditureFigures(ctx.workbook, []);
  const total = income?.total ?? spending.total;
  const prev = ctx.previous;
  const py = previousYearText(ctx.year, prev?.year);
  if (!total) {
    notes.push('工作簿中没有收支总表，本年预算总额无从取数');
    return { ...base, text: '（缺少部门预算收支总表，无法说明比上年增减情况。）' };
  }
  if (prev?.year && ctx.year && prev.year !== ctx.year - 1) {
    notes.push(`上年数取自${prev.year}年预算，与预算年度${ctx.year}年不相邻，请核实`);
  }
  let text = `${yearText(ctx.year)}预算收支安排${wan(total)}`;
  if (!prev?.total) {
    notes.push('没有上年预算数：请提供上年预算工作簿（命令行用 --previous），或填写上年数');
    return { ...base, text: `${text}。（缺少${py}预算数，无法计算增减。请提供上年预算工作簿或填写上年数。）` };
  }
  const diff = total.minus(prev.total);
  text += diff.isZero() ? `，与${py}预算持平` : `，较${py}预算${diff.isNegative() ? '减少' : '增加'}${wan(diff.abs())}`;
  let changed = !diff.isZero();
  const { basic, project } = spending;
  if (basic && project && prev.basic && prev.project) {
    text += `，其中：基本支出${changeText(basic, prev.basic)}，项目支出${changeText(project, prev.project)}`;
    changed = changed || !basic.equals(prev.basic) || !project.equals(prev.project);
    const parts = basic.minus(prev.basic).plus(project.minus(prev.project));
    if (!parts.equals(diff)) {
      notes.push(
        `基本支出与项目支出增减之和 ${formatWan(parts)} 不等于预算总额增减 ${formatWan(diff)}（本年或上年的总额不等于基本支出与项目支出之和），请核实`,
      );
    }
  } else {
    text += `。（缺少${py}或本年的基本支出、项目支出预算数，无法计算其增减。）`;
    notes.push('基本支出、项目支出的增减需要本年支出总表和上年的基本支出、项目支出预算数');
  }
  if (!text.endsWith('）')) text += '。';
  if (changed) text += `主要原因是${REASON_PLACEHOLDER}。`;
  return { ...base, text };
}
