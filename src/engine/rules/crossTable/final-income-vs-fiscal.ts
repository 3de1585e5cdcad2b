import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tableOf } from '../../tables/types';
import { relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';

/** 决算 F4: 表4 本年收入合计 = 表2 合计行 财政拨款收入 (both are all 财政拨款 income of the year). */
export const finalIncomeVsFiscalRule: Rule = {
  id: 'final-income-vs-fiscal',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '财政拨款收入支出决算总表本年收入合计与收入决算表财政拨款收入一致',
  check: (ctx): Finding[] => {
    const income = tableOf(ctx.workbook, 'final_income');
    const fiscal = tableOf(ctx.workbook, 'final_fiscal_summary');
    const stated = fiscal?.incomeTotal?.values.amount;
    const reference = income?.total?.values.fiscal;
    if (!income || !fiscal || !stated || !reference) return [];
    const f = relateFigures({
      rule: finalIncomeVsFiscalRule,
      ctx,
      table: fiscal.kind,
      left: [stated],
      right: [reference],
      describe: `${TABLE_KIND_NAMES[fiscal.kind]}“${fiscal.incomeTotal?.label}”应等于 ${TABLE_KIND_NAMES[income.kind]}合计行“财政拨款收入”`,
    });
    return f ? [f] : [];
  },
};
