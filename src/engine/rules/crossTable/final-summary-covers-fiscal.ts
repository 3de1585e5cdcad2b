import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tableOf, type Figure } from '../../tables/types';
import { findingList, relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';

/**
 * 决算 F4 (new): 财政拨款 money is part of all the unit's money, so 表4's 年初结转和结余, 年末结转和结余 and 本年支出合计
 * (合计 column) are no larger than 表1's — part ≤ whole, not equality (a unit with 事业收入 has more in 表1).
 */
export const finalSummaryCoversFiscalRule: Rule = {
  id: 'final-summary-covers-fiscal',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '财政拨款收入支出决算总表年初、年末结转和结余及本年支出合计不大于收入支出决算总表',
  check: (ctx): Finding[] => {
    const summary = tableOf(ctx.workbook, 'final_income_expenditure_summary');
    const fiscal = tableOf(ctx.workbook, 'final_fiscal_summary');
    if (!summary || !fiscal) return [];
    const { findings, push } = findingList();
    const s = TABLE_KIND_NAMES[summary.kind];
    const f = TABLE_KIND_NAMES[fiscal.kind];
    const pairs: Array<[Figure | undefined, Figure | undefined, string, string]> = [
      [
        fiscal.begin?.values.amount,
        summary.begin?.values.amount,
        fiscal.begin?.label ?? '',
        summary.begin?.label ?? '',
      ],
      [fiscal.end?.values.total, summary.end?.values.total, fiscal.end?.label ?? '', summary.end?.label ?? ''],
      [
        fiscal.expenditureTotal?.values.total,
        summary.expenditureTotal?.values.total,
        fiscal.expenditureTotal?.label ?? '',
        summary.expenditureTotal?.label ?? '',
      ],
    ];
    for (const [part, whole, partLabel, wholeLabel] of pairs) {
      if (!part || !whole) continue;
      push(
        relateFigures({
          rule: finalSummaryCoversFiscalRule,
          ctx,
          table: fiscal.kind,
          left: [part],
          right: [whole],
          operator: 'le',
          describe: `${f}“${partLabel}”不应大于 ${s}“${wholeLabel}”`,
        }),
      );
    }
    return findings;
  },
};
