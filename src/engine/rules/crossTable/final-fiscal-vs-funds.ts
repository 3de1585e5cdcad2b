import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { FinalFundColumn, FinalFundTable } from '../../tables/finalTypes';
import { tableOf, type Figure } from '../../tables/types';
import { columnName } from '../codedTables';
import { FUND_TYPE_NAMES, incomeOf } from '../final/finalFigures';
import { findingList, relateFigures } from '../final/finalRelation';
import type { Rule } from '../rule';

/**
 * 决算 F4, 表4 政府性基金 / 国有资本经营 columns ↔ 表8 / 表9 合计 row: 本年支出合计, 本年收入, 年初 and 年末结转和结余
 * each the same figure. An empty 表8/表9 (no amount in any cell; its 合计 may be only a header label) has all its
 * totals zero; a table with data whose 合计 row lacks a figure is not compared on it.
 */
export const finalFiscalVsFundsRule: Rule = {
  id: 'final-fiscal-vs-funds',
  family: 'cross-table',
  document: 'final',
  severity: 'error',
  title: '财政拨款收入支出决算总表政府性基金、国有资本经营预算财政拨款与对应收入支出决算表合计一致',
  check: (ctx): Finding[] => {
    const fiscal = tableOf(ctx.workbook, 'final_fiscal_summary');
    if (!fiscal) return [];
    const { findings, push } = findingList();
    const pairs: Array<['fund' | 'capital', FinalFundTable | undefined]> = [
      ['fund', tableOf(ctx.workbook, 'final_gov_fund')],
      ['capital', tableOf(ctx.workbook, 'final_state_capital')],
    ];
    for (const [k, table] of pairs) {
      if (!table) continue;
      const figures: Array<[Figure | undefined, FinalFundColumn, string]> = [
        [fiscal.expenditureTotal?.values[k], 'spend', fiscal.expenditureTotal?.label ?? '本年支出合计'],
        [incomeOf(fiscal.incomeItems, k), 'income', '本年收入'],
        [incomeOf(fiscal.beginItems, k), 'begin', fiscal.begin?.label ?? '年初财政拨款结转和结余'],
        [fiscal.end?.values[k], 'end', fiscal.end?.label ?? '年末财政拨款结转和结余'],
      ];
      for (const [stated, column, label] of figures) {
        if (!stated || !table.columns.includes(column)) continue;
        const reference = table.total?.values[column];
        if (!reference && !table.empty) continue;
        push(
          relateFigures({
            rule: finalFiscalVsFundsRule,
            ctx,
            table: fiscal.kind,
            left: [stated],
            right: reference ? [reference] : [],
            describe: `${TABLE_KIND_NAMES[fiscal.kind]}“${label}”（${FUND_TYPE_NAMES[k]}）应等于 ${TABLE_KIND_NAMES[table.kind]}合计行“${columnName(table.kind, column)}”`,
          }),
        );
      }
    }
    return findings;
  },
};
