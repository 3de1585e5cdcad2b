import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { FinalIncomeColumn, FinalIncomeRole } from '../../tables/finalTypes';
import { tableOf } from '../../tables/types';
import { columnName } from '../codedTables';
import { incomeOf, lineOf } from '../final/finalFigures';
import { findingList, relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';

/** 表1 income items that 表2 has a column of its own for. */
const SAME_SOURCE: Array<[FinalIncomeRole, FinalIncomeColumn]> = [
  ['superior', 'superior'],
  ['business', 'business'],
  ['operating', 'operating'],
  ['affiliated', 'affiliated'],
  ['other', 'other'],
];

/**
 * 决算 F4, 表1 ↔ 表2 合计 row: 本年收入合计 = 本年收入合计; 一般公共 + 基金 + 国资 财政拨款收入 = 财政拨款收入 (a sum);
 * 上级补助, 事业, 经营, 附属单位上缴, 其他收入 each the same figure. 表1 is named first: it is filled from 表2.
 */
export const finalSummaryVsIncomeRule: Rule = {
  id: 'final-summary-vs-income',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '收入支出决算总表各项收入与收入决算表合计行一致',
  check: (ctx): Finding[] => {
    const summary = tableOf(ctx.workbook, 'final_income_expenditure_summary');
    const income = tableOf(ctx.workbook, 'final_income');
    const total = income?.total;
    if (!summary || !income || !total) return [];
    const { findings, push } = findingList();
    const s = TABLE_KIND_NAMES[summary.kind];
    const i = TABLE_KIND_NAMES[income.kind];
    const column = (c: FinalIncomeColumn) => `${i}合计行“${columnName(income.kind, c)}”`;
    const base = { rule: finalSummaryVsIncomeRule, ctx, table: summary.kind };
    const stated = summary.incomeTotal?.values.amount;
    if (stated && total.values.total) {
      push(
        relateFigures({
          ...base,
          left: [stated],
          right: [total.values.total],
          describe: `${s}“${summary.incomeTotal?.label}”应等于 ${column('total')}`,
        }),
      );
    }
    const fiscalItems = (['general', 'fund', 'capital'] as const).map((r) => lineOf(summary.incomeItems, r));
    const present = fiscalItems.filter((l) => l?.values.amount !== undefined);
    if (present.length > 0 && total.values.fiscal) {
      push(
        relateFigures({
          ...base,
          left: present.map((l) => l?.values.amount),
          right: [total.values.fiscal],
          describe: `${s}${present.map((l) => `“${l?.label}”`).join(' + ')} 应等于 ${column('fiscal')}`,
        }),
      );
    }
    for (const [role, c] of SAME_SOURCE) {
      const item = incomeOf(summary.incomeItems, role);
      const reference = total.values[c];
      if (!item || !reference) continue;
      push(
        relateFigures({
          ...base,
          left: [item],
          right: [reference],
          describe: `${s}“${lineOf(summary.incomeItems, role)?.label}”应等于 ${column(c)}`,
        }),
      );
    }
    return findings;
  },
};
