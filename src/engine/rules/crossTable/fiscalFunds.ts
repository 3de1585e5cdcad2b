import type { Finding } from '../../findings';
import { tableOf, type Figure, type GovFundTable, type StateCapitalTable } from '../../tables/types';
import type { Rule } from '../rule';
import { expenditureSum } from './expenditureSum';
import { crossFinding } from './crossFinding';

/**
 * The 合计 of a fund table; an empty table (空表列示) counts as zero. undefined when rows exist but the
 * 合计 row could not be read (nothing reliable to compare).
 */
function fundTotal(t: GovFundTable | StateCapitalTable): Figure[] | undefined {
  const total = t.total?.values.total;
  if (total) return [total];
  return t.rows.length === 0 ? [] : undefined;
}

/**
 * Family 4: 财政拨款收支总表 本年支出合计 “政府性基金” column ↔ 政府性基金预算财政拨款支出表 合计, and
 * “国有资本经营” column ↔ 国有资本经营预算财政拨款支出表 合计. The fiscal summary's cell is named first.
 */
export const crossFiscalFunds: Rule = {
  id: 'cross-fiscal-funds',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '财政拨款收支总表政府性基金、国有资本经营预算列与对应支出表合计一致',
  check: (ctx) => {
    const fiscal = tableOf(ctx.workbook, 'fiscal_summary');
    if (!fiscal) return [];
    const findings: Finding[] = [];
    const pairs = [
      { column: 'fund', table: tableOf(ctx.workbook, 'gov_fund_expenditure'), name: '政府性基金预算' },
      { column: 'capital', table: tableOf(ctx.workbook, 'state_capital_expenditure'), name: '国有资本经营预算' },
    ] as const;
    for (const p of pairs) {
      const stated = expenditureSum(fiscal)?.values[p.column];
      if (!stated || !p.table) continue;
      const reference = fundTotal(p.table);
      if (!reference) continue;
      const f = crossFinding({
        rule: crossFiscalFunds,
        ctx,
        table: fiscal.kind,
        stated: [stated],
        reference,
        describe: `财政拨款收支总表 ${fiscal.expenditureTotal ? '本年支出合计' : '支出总计'}（${p.name}财政拨款） 应等于 ${p.name}财政拨款支出表 合计`,
      });
      if (f) findings.push(f);
    }
    return findings;
  },
};
