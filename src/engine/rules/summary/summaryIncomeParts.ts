import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import { tablesOf, type Figure } from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { Rule } from '../rule';
import { partsOf, topIncomeItems } from './summaryLines';

/**
 * Family 3: an income item with numbered parts (Shanghai: 一、财政拨款收入 = 1. 一般公共预算 + 2. 政府性基金 +
 * 3. 国有资本经营预算) equals their sum. Runs only where the table has such parts.
 */
export const summaryIncomeParts: Rule = {
  id: 'summary-income-parts',
  family: 'summary',
  document: 'budget',
  severity: 'error',
  title: '收支总表收入项目等于其下所列各项之和（如财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营预算）',
  check: (ctx) =>
    [...tablesOf(ctx.workbook, 'income_expenditure_summary'), ...tablesOf(ctx.workbook, 'fiscal_summary')].flatMap(
      (t) => {
        const findings: Finding[] = [];
        for (const item of topIncomeItems(t)) {
          const total = item.values.amount;
          const parts = partsOf(t, item)
            .map((p) => p.values.amount)
            .filter((f): f is Figure => f !== undefined);
          if (!total || parts.length === 0) continue;
          const f = partSumFinding({
            rule: summaryIncomeParts,
            ctx,
            table: t.kind,
            total,
            parts,
            describe: `${TABLE_KIND_NAMES[t.kind]}：“${item.label}” 应等于 其下各项之和`,
          });
          if (f) findings.push(f);
        }
        return findings;
      },
    ),
};
