import type { Finding } from '../../findings';
import { TABLE_KIND_NAMES } from '../../tableKinds';
import type { Figure } from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { Rule } from '../rule';
import { FINAL_COLUMN_SUFFIX, finalSpendColumns, finalSummaries } from './finalSummaryTables';

/**
 * 决算 F3: 本年支出合计 = Σ 功能类 rows, on 表1 and on each column of 表4. The 24- and 26-row 功能类 lists are both
 * valid: the rows printed are summed, whatever their number.
 */
export const finalSummarySpendTotalRule: Rule = {
  id: 'final-summary-spend-total',
  family: 'summary',
  document: 'final',
  severity: 'error',
  title: '收入支出决算总表、财政拨款收入支出决算总表：本年支出合计等于各功能类支出之和（逐列）',
  check: (ctx) =>
    finalSummaries(ctx.workbook).flatMap((t): Finding[] => {
      const findings: Finding[] = [];
      for (const c of finalSpendColumns(t)) {
        const total = t.expenditureTotal?.values[c];
        const parts = t.expenditureRows.map((r) => r.values[c]).filter((f): f is Figure => f !== undefined);
        if (!total || parts.length === 0) continue;
        const f = partSumFinding({
          rule: finalSummarySpendTotalRule,
          ctx,
          table: t.kind,
          total,
          parts,
          describe: `${TABLE_KIND_NAMES[t.kind]}：“${t.expenditureTotal?.label ?? '本年支出合计'}”${FINAL_COLUMN_SUFFIX[c]}应等于 各功能类支出之和`,
        });
        if (f) findings.push(f);
      }
      return findings;
    }),
};
