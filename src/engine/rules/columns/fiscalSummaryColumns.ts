import type { Finding } from '../../findings';
import { tablesOf, type Figure, type SummaryLine } from '../../tables/types';
import { partSumFinding } from '../partSum';
import type { Rule } from '../rule';

/** Family 2, 财政拨款收支总表 expenditure side: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营, on every line. */
export const fiscalSummaryColumns: Rule = {
  id: 'column-fiscal-summary',
  family: 'columns',
  document: 'budget',
  severity: 'error',
  title: '财政拨款收支总表列间：支出合计等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和',
  check: (ctx) =>
    tablesOf(ctx.workbook, 'fiscal_summary').flatMap((t) => {
      const lines: SummaryLine[] = [
        ...t.expenditureRows,
        ...[t.expenditureTotal, t.carryOut, t.grandExpenditure].filter((l): l is SummaryLine => l !== undefined),
      ];
      return lines
        .map((line): Finding | null => {
          const total = line.values.total;
          if (!total) return null;
          const parts = [line.values.general, line.values.fund, line.values.capital].filter(
            (f): f is Figure => f !== undefined,
          );
          if (parts.length === 0) return null;
          return partSumFinding({
            rule: fiscalSummaryColumns,
            ctx,
            table: t.kind,
            total,
            parts,
            describe: `财政拨款收支总表“${line.label}”行：合计 应等于 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款`,
          });
        })
        .filter((f): f is Finding => f !== null);
    }),
};
