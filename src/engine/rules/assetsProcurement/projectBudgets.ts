import type { Figure, ProcurementRow } from '../../tables/types';

export interface ProjectBudgets {
  /** One 预算资金 figure per source project (per distinct amount, should a project's rows disagree). */
  budgets: Figure[];
  /** The item rows' other 预算资金 cells: the same project's budget repeated. */
  repeats: Figure[];
}

/**
 * 预算资金 is the source project's whole budget, repeated on each item bought from it, so the 合计 row holds the
 * Σ of the distinct projects' budgets, not of the rows. An item row with a blank 项目名称 (under a merged project
 * cell) continues the project above; a table without a 项目名称 column has one project per row.
 */
export function projectBudgets(rows: readonly ProcurementRow[]): ProjectBudgets {
  const budgets: Figure[] = [];
  const repeats: Figure[] = [];
  const seen = new Set<string>();
  let project = '';
  rows.forEach((row, i) => {
    const figure = row.values.budgetFunds;
    if (row.project === undefined) project = `#${i}`;
    else if (row.project.text.trim() !== '') project = row.project.text.trim();
    if (!figure || figure.amount.kind === 'blank') return;
    const key = `${project}\u0000${figure.value.toString()}`;
    if (seen.has(key)) repeats.push(figure);
    else {
      seen.add(key);
      budgets.push(figure);
    }
  });
  return { budgets, repeats };
}
