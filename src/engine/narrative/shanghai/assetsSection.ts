import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { previousYearText, yearText } from '../wording';
import { paragraphsMatching } from './statedInText';
import { departmentName, FILL_PLACEHOLDER, paragraphed } from './wording';

const VEHICLE_KINDS = [
  '部级领导干部用车',
  '主要领导干部用车',
  '机要通信用车',
  '应急保障用车',
  '执法执勤用车',
  '特种专业技术用车',
  '离退休干部用车',
  '其他用车',
];

const VEHICLES = `车辆${FILL_PLACEHOLDER}辆，其中：${VEHICLE_KINDS.map((k) => `${k}${FILL_PLACEHOLDER}辆`).join('、')}`;
const EQUIPMENT = `单价100万元（含）以上设备（不含车辆）${FILL_PLACEHOLDER}台（套）`;

/**
 * 五、国有资产占有使用情况: vehicles held and to be bought, and equipment over 100万元. No table holds them: the
 * author's paragraphs are kept as written, else the template's sentences with placeholders.
 */
export function assetsSection(ctx: SectionContext): NarrativeSection {
  const notes: string[] = [];
  const title = '国有资产占有使用情况';
  const base = { id: 'assets', title, headings: [`五、${title}`], notes } as const;
  const wb = ctx.workbook;
  const held =
    paragraphsMatching(wb, /^\s*截至.*共有车辆\d+辆/)[0] ??
    `截至${previousYearText(ctx.year, undefined)}8月31日，${departmentName(wb.unitName)}共有${VEHICLES}；${EQUIPMENT}。`;
  const bought =
    paragraphsMatching(wb, /部门预算安排购置车辆\d+辆/)[0] ??
    `${yearText(ctx.year)}部门预算安排购置${VEHICLES}；部门预算安排购置${EQUIPMENT}。`;
  notes.push('车辆和设备数不在任何表中：取自情况说明原文，没有原文时请填写占位处');
  return { ...base, ...paragraphed([held.trim(), bought.trim()]) };
}
