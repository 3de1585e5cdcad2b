import type { TableKind } from '../../tableKinds';
import type { IncomeItem, SummaryTableBase, SummaryValueKey } from '../../tables/types';

const FISCAL_COLUMN_NAMES: Partial<Record<SummaryValueKey, string>> = {
  total: '合计',
  general: '一般公共预算财政拨款',
  fund: '政府性基金预算财政拨款',
  capital: '国有资本经营预算财政拨款',
};

const SUMMARY_COLUMN_NAMES: Partial<Record<SummaryValueKey, string>> = {
  total: '合计',
  basic: '基本支出',
  personnel: '人员经费',
  public: '公用经费',
  project: '项目支出',
};

/** An expenditure column's name as the table prints it. */
export function summaryColumnName(kind: TableKind, column: SummaryValueKey): string {
  const names = kind === 'fiscal_summary' ? FISCAL_COLUMN_NAMES : SUMMARY_COLUMN_NAMES;
  return names[column] ?? column;
}

const EXPENDITURE_KEYS: readonly SummaryValueKey[] = [
  'total',
  'general',
  'fund',
  'capital',
  'basic',
  'personnel',
  'public',
  'project',
];

/** The expenditure columns the table has: those its 支出总计 (or 本年支出合计, or any row) carries a figure for. */
export function expenditureColumns(t: SummaryTableBase): SummaryValueKey[] {
  const lines = [t.grandExpenditure, t.expenditureTotal, ...t.expenditureRows];
  return EXPENDITURE_KEYS.filter((k) => lines.some((l) => l?.values[k] !== undefined));
}

/** The 一、二、… income items; the numbered parts of an item (level 2) are inside it and not added again. */
export function topIncomeItems(t: SummaryTableBase): IncomeItem[] {
  return t.incomeItems.filter((i) => (i.level ?? 1) === 1);
}

/** The level-2 parts of a level-1 item (Shanghai's 1. 一般公共预算 … under 一、财政拨款收入). */
export function partsOf(t: SummaryTableBase, item: IncomeItem): IncomeItem[] {
  return t.incomeItems.filter((i) => i.level === 2 && i.parentRow === item.row);
}
