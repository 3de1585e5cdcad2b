import type { Finding } from '../../findings';
import type { Figure, ProcurementRow } from '../../tables/types';
import { tablesOf } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { sumFinding } from '../sumFinding';
import { PROCUREMENT_COLUMN_NAMES, SUMMED_COLUMNS } from './procurementColumns';
import { projectBudgets } from './projectBudgets';

/**
 * 预算资金 合计 = Σ the distinct source projects' budgets (each repeated on its item rows). A blank 合计 states
 * nothing and is not read as 0.
 */
function budgetFundsFinding(
  ctx: CheckContext,
  kind: 'procurement',
  stated: Figure,
  rows: readonly ProcurementRow[],
): Finding | null {
  if (stated.amount.kind === 'blank') return null;
  const { budgets, repeats } = projectBudgets(rows);
  return sumFinding({
    rule: procurementTotalRule,
    ctx,
    table: kind,
    total: stated,
    parts: budgets,
    describe: `政府采购预算合计行“${PROCUREMENT_COLUMN_NAMES.budgetFunds}”应等于 ${budgets.length} 个来源项目的预算资金之和`,
    extraCells: repeats.map((f) => f.cell),
  });
}

/**
 * 政府采购 合计 row = Σ 采购项目 rows, in every amount column but 单价 (one finding per column; 预算资金 per
 * source project, see budgetFundsFinding);
 * a wrong total misstates the published 政府采购预算: error.
 */
export const procurementTotalRule: Rule = {
  id: 'procurement-total',
  family: 'assets-procurement',
  document: 'budget',
  severity: 'error',
  title: '政府采购预算表：合计行各金额栏应等于各采购项目之和',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'procurement')) {
      if (!table.total) continue;
      for (const column of SUMMED_COLUMNS) {
        const stated = table.total.values[column];
        if (!stated) continue;
        const finding =
          column === 'budgetFunds'
            ? budgetFundsFinding(ctx, table.kind, stated, table.rows)
            : sumFinding({
                rule: procurementTotalRule,
                ctx,
                table: table.kind,
                total: stated,
                parts: table.rows.map((r) => r.values[column]).filter((f): f is Figure => f !== undefined),
                describe: `政府采购预算合计行“${PROCUREMENT_COLUMN_NAMES[column]}”应等于 ${table.rows.length} 个采购项目之和`,
              });
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
