import type { SectionContext } from '../sectionContext';
import type { NarrativeSection } from '../types';
import { departmentName, FILL_PLACEHOLDER } from './finalWording';

export const ASSETS_TITLE = '（三）国有资产占有使用情况说明';

const VEHICLES = [
  '部级领导干部用车',
  '主要领导干部用车',
  '机要通信用车',
  '应急保障用车',
  '执法执勤用车',
  '特种专业技术用车',
  '离退休干部用车',
  '其他用车',
];

/** 十一（三）车辆 and 大型设备 counts as of 12月31日; in no 决算 table: placeholders. */
export function assetsSection(ctx: SectionContext): NarrativeSection {
  const n = FILL_PLACEHOLDER;
  const asOf = ctx.year ? `${ctx.year}年12月31日` : `${n}年12月31日`;
  const text =
    `截至${asOf}，${departmentName(ctx.workbook.unitName)}共有车辆${n}辆，其中：` +
    `${VEHICLES.map((v) => `${v}${n}辆`).join('、')}。单价100万元（含）以上设备（不含车辆）${n}台（套）。`;
  return {
    id: 'assets',
    title: ASSETS_TITLE,
    headings: [ASSETS_TITLE],
    text,
    notes: ['车辆和大型设备数量不在决算表中，请填写占位处（车辆总数应等于各类之和）'],
  };
}
