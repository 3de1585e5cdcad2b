import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tableOf } from '../../tables/types';
import { FUND_TYPES, incomeOf, lineOf } from '../final/finalFigures';
import { findingList, relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';

/** 决算 F4, 表1 ↔ 表4: each 财政拨款 income (一般公共预算, 政府性基金, 国有资本经营预算) is the same figure in both. */
export const finalSummaryVsFiscalRule: Rule = {
  id: 'final-summary-vs-fiscal',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '收入支出决算总表各项财政拨款收入与财政拨款收入支出决算总表一致',
  check: (ctx): Finding[] => {
    const summary = tableOf(ctx.workbook, 'final_income_expenditure_summary');
    const fiscal = tableOf(ctx.workbook, 'final_fiscal_summary');
    if (!summary || !fiscal) return [];
    const { findings, push } = findingList();
    for (const k of FUND_TYPES) {
      const stated = incomeOf(summary.incomeItems, k);
      const reference = incomeOf(fiscal.incomeItems, k);
      if (!stated || !reference) continue;
      push(
        relateFigures({
          rule: finalSummaryVsFiscalRule,
          ctx,
          table: summary.kind,
          left: [stated],
          right: [reference],
          describe: `${TABLE_KIND_NAMES[summary.kind]}“${lineOf(summary.incomeItems, k)?.label}”应等于 ${TABLE_KIND_NAMES[fiscal.kind]}“${lineOf(fiscal.incomeItems, k)?.label}”`,
        }),
      );
    }
    return findings;
  },
};
