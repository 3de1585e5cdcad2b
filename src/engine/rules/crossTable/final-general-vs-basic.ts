import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tableOf } from '../../tables/types';
import { relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';

/** 决算 F4: 表5 合计行基本支出 = 表6 人员经费合计 + 公用经费合计 (a sum of two rounded figures). */
export const finalGeneralVsBasicRule: Rule = {
  id: 'final-general-vs-basic',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '一般公共预算财政拨款支出决算表基本支出合计等于基本支出决算表人员经费合计与公用经费合计之和',
  check: (ctx): Finding[] => {
    const general = tableOf(ctx.workbook, 'final_general_budget_expenditure');
    const basic = tableOf(ctx.workbook, 'final_basic_expenditure');
    const stated = general?.total?.values.basic;
    if (!general || !basic || !stated) return [];
    const parts = [basic.personnelTotal, basic.publicTotal].filter((p) => p !== undefined);
    if (parts.length === 0) return [];
    const f = relateFigures({
      rule: finalGeneralVsBasicRule,
      ctx,
      table: general.kind,
      left: [stated],
      right: parts.map((p) => p.figure),
      describe: `${TABLE_KIND_NAMES[general.kind]}合计行“基本支出”应等于 ${TABLE_KIND_NAMES[basic.kind]}${parts.map((p) => `“${p.label.text.trim()}”`).join(' + ')}`,
    });
    return f ? [f] : [];
  },
};
