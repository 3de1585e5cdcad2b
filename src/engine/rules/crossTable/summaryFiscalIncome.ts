import type { Finding } from '../../findings';
import { tableOf, type IncomeItem, type IncomeItemRole } from '../../tables/types';
import type { Rule } from '../rule';
import { crossFinding, presentFigures } from './crossFinding';

const FUNDS: ReadonlyArray<{ role: IncomeItemRole; name: string }> = [
  { role: 'general', name: '一般公共预算' },
  { role: 'fund', name: '政府性基金' },
  { role: 'capital', name: '国有资本经营预算' },
];

const amounts = (items: readonly IncomeItem[]) => presentFigures(items.map((i) => i.values.amount));

/**
 * Family 4: the 收支总表's 财政拨款 income ↔ the 财政拨款收支总表 income side: each of 一般公共预算 / 政府性基金 /
 * 国有资本经营预算 (a numbered part under 一、财政拨款收入 in Shanghai, an item of its own in Hebei) equals the fiscal
 * summary's item of that fund, and 一、财政拨款收入 (where the summary has it) their sum. Runs on the items both
 * tables have. The 收支总表 is the more derived table and is named first.
 */
export const crossSummaryFiscalIncome: Rule = {
  id: 'cross-summary-fiscal-income',
  family: 'cross-table',
  document: 'budget',
  severity: 'error',
  title: '收支总表财政拨款收入（及一般公共预算、政府性基金、国有资本经营预算）与财政拨款收支总表收入一致',
  check: (ctx) => {
    const summary = tableOf(ctx.workbook, 'income_expenditure_summary');
    const fiscal = tableOf(ctx.workbook, 'fiscal_summary');
    if (!summary || !fiscal) return [];
    const fiscalItems = fiscal.incomeItems.filter((i) => (i.level ?? 1) === 1);
    const findings: Finding[] = [];
    const push = (f: Finding | null) => {
      if (f) findings.push(f);
    };
    for (const { role, name } of FUNDS) {
      const stated = amounts(summary.incomeItems.filter((i) => i.role === role));
      const reference = amounts(fiscalItems.filter((i) => i.role === role));
      if (stated.length === 0 || reference.length === 0) continue;
      push(
        crossFinding({
          rule: crossSummaryFiscalIncome,
          ctx,
          table: summary.kind,
          stated,
          reference,
          describe: `收支总表“${name}”收入 应等于 财政拨款收支总表“${name}”收入`,
        }),
      );
    }
    const parent = amounts(summary.incomeItems.filter((i) => i.role === 'fiscal' && (i.level ?? 1) === 1));
    const funds = amounts(fiscalItems.filter((i) => FUNDS.some((f) => f.role === i.role)));
    if (parent.length > 0 && funds.length > 0) {
      push(
        crossFinding({
          rule: crossSummaryFiscalIncome,
          ctx,
          table: summary.kind,
          stated: parent,
          reference: funds,
          describe: '收支总表“财政拨款收入” 应等于 财政拨款收支总表 各项财政拨款收入之和',
        }),
      );
    }
    return findings;
  },
};
