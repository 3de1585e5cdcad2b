import { toHalfWidth } from '../../amount';
import { tableOf, type BudgetWorkbook, type CodedRow, type FunctionalColumn } from '../../tables/types';
import type { TableKind } from '../../tableKinds';

/** A 项 row of a 功能分类 table with the names of its 类 and 款, for matching the text's “类-款-项”. */
export interface SubjectRow {
  table: TableKind;
  title: string;
  row: CodedRow<FunctionalColumn>;
  /** 类, 款, 项 names along the code path. */
  names: string[];
}

const FUNCTIONAL: Array<'general_budget_expenditure' | 'gov_fund_expenditure' | 'state_capital_expenditure'> = [
  'general_budget_expenditure',
  'gov_fund_expenditure',
  'state_capital_expenditure',
];

/** A name for comparison: half-width, no spaces or quotes. */
export function subjectKey(name: string): string {
  return toHalfWidth(name).replace(/[\s"“”'‘’]/g, '');
}

/** Every 项 row of tables 5-7 (the 财政拨款 功能分类 tables), with its path of names. */
export function subjectRows(wb: BudgetWorkbook): SubjectRow[] {
  const found: SubjectRow[] = [];
  for (const kind of FUNCTIONAL) {
    const t = tableOf(wb, kind);
    if (!t) continue;
    const byCode = new Map(t.rows.map((r) => [r.code, r]));
    for (const row of t.rows) {
      if (row.level !== 3) continue;
      const names = [
        byCode.get(row.code.slice(0, 3))?.name ?? '',
        byCode.get(row.code.slice(0, 5))?.name ?? '',
        row.name,
      ];
      found.push({ table: kind, title: t.title.text, row, names });
    }
  }
  return found;
}

/**
 * The row the text's names mean: the 项 name must match; when several 项 share it ('行政运行'), the 款 and then the
 * 类 names decide. Undefined when no row or more than one fits.
 */
export function rowNamed(rows: readonly SubjectRow[], names: readonly string[]): SubjectRow | undefined {
  const wanted = names.map(subjectKey);
  let candidates = rows.filter((r) => subjectKey(r.names[2]) === wanted[wanted.length - 1]);
  for (const level of [1, 0]) {
    if (candidates.length <= 1 || wanted.length < 3) break;
    const narrowed = candidates.filter((r) => subjectKey(r.names[level]) === wanted[level]);
    if (narrowed.length) candidates = narrowed;
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}
