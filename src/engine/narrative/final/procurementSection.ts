import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { departmentName, FILL_PLACEHOLDER, finalYear, paragraphed } from './finalWording';

export const PROCUREMENT_TITLE = '（二）政府采购支出情况';

/** 十一（二）政府采购 in the template's two paragraphs; no 决算 table holds these amounts: placeholders. */
export function procurementSection(ctx: SectionContext): NarrativeSection {
  const y = finalYear(ctx.year);
  const n = `${FILL_PLACEHOLDER}万元`;
  const paragraphs = [
    `${departmentName(ctx.workbook.unitName)}${y}政府采购金额（以合同签订为准）为${n}，其中：` +
      `货物采购金额${n}、工程采购金额${n}、服务采购金额${n}。`,
    `${y}本部门面向中小企业预留政府采购项目预算金额${n}，面向小微企业预留政府采购项目预算金额${n}。` +
      `在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${n}；` +
      `在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额${n}；` +
      `在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${n}。`,
  ];
  return {
    id: 'procurement',
    title: PROCUREMENT_TITLE,
    headings: [PROCUREMENT_TITLE],
    ...paragraphed(paragraphs),
    notes: ['政府采购金额不在决算表中，请填写占位处（总额应等于货物、工程、服务之和）'],
  };
}
