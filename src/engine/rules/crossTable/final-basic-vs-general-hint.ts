import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tableOf } from '../../tables/types';
import { rowsByCode } from '../final/finalFigures';
import { findingList, relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';

/** 经济分类 款 of 表6 and the 功能分类 row of 表5 that usually pays exactly it out of 基本支出. */
const PAIRS: Array<[economic: string, functional: string]> = [
  ['30108', '2080505'], // 机关事业单位基本养老保险缴费
  ['30109', '2080506'], // 职业年金缴费
  ['30110', '21011'], // 职工基本医疗保险缴费 ↔ 行政事业单位医疗
  ['30113', '2210201'], // 住房公积金
];

/**
 * 决算 F4, 提示性: these 款 of 表6 normally equal the 基本支出 of one 表5 row; they may differ for a reason (a unit
 * paying part from another 功能 code), so a difference is a warning. Only pairs whose rows both tables print.
 */
export const finalBasicVsGeneralHintRule: Rule = {
  id: 'final-basic-vs-general-hint',
  family: 'cross-table',
  document: 'final',
  severity: 'warning',
  title: '基本支出决算表养老、年金、医疗、公积金缴费与一般公共预算财政拨款支出决算表对应科目基本支出一致（提示性）',
  check: (ctx): Finding[] => {
    const basic = tableOf(ctx.workbook, 'final_basic_expenditure');
    const general = tableOf(ctx.workbook, 'final_general_budget_expenditure');
    if (!basic || !general) return [];
    const { findings, push } = findingList();
    const economic = rowsByCode(basic);
    const functional = rowsByCode(general);
    for (const [e, f] of PAIRS) {
      const eRow = economic.get(e);
      const fRow = functional.get(f);
      const stated = eRow?.values.actual;
      const reference = fRow?.values.basic;
      if (!stated || !reference) continue;
      push(
        relateFigures({
          rule: finalBasicVsGeneralHintRule,
          ctx,
          table: basic.kind,
          left: [stated],
          right: [reference],
          describe: `${TABLE_KIND_NAMES[basic.kind]}“${e} ${eRow?.name}”通常等于 ${TABLE_KIND_NAMES[general.kind]}“${f} ${fRow?.name}”的基本支出`,
        }),
      );
    }
    return findings;
  },
};
