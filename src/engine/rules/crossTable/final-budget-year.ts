import type { CellRef } from '../../grid';
import type { Finding } from '../../findings';
import type { TableKind } from '../../tableKinds';
import { templateById } from '../../templates';
import type { BudgetWorkbook } from '../../tables/types';
import type { Rule } from '../rule';

/** Where the 决算 says its year: a meta 年度 cell, else the first title naming the year; with its table. */
function yearCell(wb: BudgetWorkbook, year: number): { cell: CellRef; table: TableKind } | undefined {
  for (const t of wb.tables) if (t.meta.year?.value === year) return { cell: t.meta.year.cell, table: t.kind };
  const titled = wb.tables.find((t) => t.title.text.includes(String(year)));
  return titled && { cell: titled.title.cell, table: titled.kind };
}

/**
 * The 预算 given to compare a 决算 with must be of the 决算's own year (issue 13 point 5): another year's 年初预算 makes
 * every comparison meaningless, so the other budget-vs-final rules stay silent then and this one says why. A
 * warning, not an error: the 决算 itself is not wrong, the file chosen is.
 */
export const finalBudgetYear: Rule = {
  id: 'final-budget-year',
  family: 'cross-table',
  document: 'final',
  severity: 'warning',
  title: '同年预算文件的年度与决算年度一致',
  check: (ctx) => {
    const budget = ctx.options.budget;
    const year = ctx.workbook.year;
    if (!budget || budget.year === undefined || year === undefined || budget.year === year) return [];
    if (templateById(ctx.workbook.template).document !== 'final') return [];
    const where = yearCell(ctx.workbook, year);
    const finding: Finding = {
      ruleId: finalBudgetYear.id,
      family: finalBudgetYear.family,
      severity: finalBudgetYear.severity,
      message: `决算年度为 ${year} 年，所给预算文件 ${budget.source} 却是 ${budget.year} 年预算：预算数与年初预算未作比较，请改用 ${year} 年的部门预算`,
      cells: where ? [where.cell] : [],
      ...(where ? { table: where.table } : {}),
      expected: String(year),
      actual: String(budget.year),
    };
    return [finding];
  },
};
