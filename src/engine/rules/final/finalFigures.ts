import type { FinalIncomeLine, FinalIncomeRole, FinalSummaryBase } from '../../tables/finalTypes';
import type { CodedRow, CodedTable, Figure, SummaryLine } from '../../tables/types';
import type { TableKind } from '../../tableKinds';
import { normalizeCode } from '../codedTables';

/** The three 财政拨款 fund types: 表4's expenditure columns and its income / 年初 sub-rows by role. */
export const FUND_TYPES = ['general', 'fund', 'capital'] as const;
export type FundType = (typeof FUND_TYPES)[number];

export const FUND_TYPE_NAMES: Record<FundType, string> = {
  general: '一般公共预算财政拨款',
  fund: '政府性基金预算财政拨款',
  capital: '国有资本经营预算财政拨款',
};

/** The income line of a role (表1's eight, 表4's three or its 年初 sub-rows); absent when the table has no such row. */
export function lineOf(lines: readonly FinalIncomeLine[], role: FinalIncomeRole): FinalIncomeLine | undefined {
  return lines.find((l) => l.role === role);
}

/** The 'amount' of an income line of a role. */
export function incomeOf(lines: readonly FinalIncomeLine[], role: FinalIncomeRole): Figure | undefined {
  return lineOf(lines, role)?.values.amount;
}

/** A summary line's label as printed, or the fallback the template prints. */
export function labelOf(line: SummaryLine | undefined, fallback: string): string {
  return line?.label || fallback;
}

/** The 本年支出合计 figure of a column ('total' on 表1, 'total'/'general'/… on 表4). */
export function spendTotal(t: FinalSummaryBase, column: 'total' | FundType): Figure | undefined {
  return t.expenditureTotal?.values[column];
}

/** Rows of a coded table by normalised 科目编码 (the first row of a code when a table repeats one). */
export function rowsByCode<K extends TableKind, C extends string>(t: CodedTable<K, C>): Map<string, CodedRow<C>> {
  const byCode = new Map<string, CodedRow<C>>();
  for (const row of t.rows) {
    const code = normalizeCode(row.code);
    if (code !== '' && !byCode.has(code)) byCode.set(code, row);
  }
  return byCode;
}

/** A row's figure in a column the table has; undefined when the table lacks the column or the row. */
export function cellOf<C extends string>(row: CodedRow<C> | undefined, column: C): Figure | undefined {
  return row?.values[column];
}
