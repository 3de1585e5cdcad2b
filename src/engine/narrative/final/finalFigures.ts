import type Decimal from 'decimal.js';
import type { CodedRow, Figure, SummaryLine, SummaryValueKey } from '../../tables/types';
import { tableOf, type BudgetWorkbook } from '../../tables/types';
import { sum, valueOf } from '../tableTotal';

/** A figure in 万元, undefined when the cell is absent (a blank cell is zero, as the tables mean it). */
export function amountOf(figure: Figure | undefined): Decimal | undefined {
  return figure ? valueOf(figure) : undefined;
}

/** The first of `keys` a summary line has: 'amount' on the income side, 'total' on the expenditure side. */
export function lineAmount(line: SummaryLine | undefined, ...keys: SummaryValueKey[]): Decimal | undefined {
  for (const key of keys) {
    const f = line?.values[key];
    if (f) return valueOf(f);
  }
  return undefined;
}

/** 表1 收入支出总计: the income-side 总计, else the expenditure side's (the two are one figure). */
export function grandTotal(wb: BudgetWorkbook): Decimal | undefined {
  const t1 = tableOf(wb, 'final_income_expenditure_summary');
  return lineAmount(t1?.incomeGrand, 'amount', 'total') ?? lineAmount(t1?.expenditureGrand, 'total', 'amount');
}

/** 表4 财政拨款收入支出总计, likewise. */
export function fiscalGrandTotal(wb: BudgetWorkbook): Decimal | undefined {
  const t4 = tableOf(wb, 'final_fiscal_summary');
  return lineAmount(t4?.incomeGrand, 'amount', 'total') ?? lineAmount(t4?.expenditureGrand, 'total', 'amount');
}

/** 本年支出合计: 表3 合计, else 表1's. */
export function spendingTotal(wb: BudgetWorkbook): Decimal | undefined {
  const t3 = tableOf(wb, 'final_expenditure');
  return (
    amountOf(t3?.total?.values.total) ??
    lineAmount(tableOf(wb, 'final_income_expenditure_summary')?.expenditureTotal, 'total', 'amount')
  );
}

/** 一般公共预算财政拨款支出: 表5 合计 (its column), else the sum of its 类 rows. */
export function generalBudgetTotal(wb: BudgetWorkbook, column: 'total' | 'basic' | 'project' = 'total') {
  const t5 = tableOf(wb, 'final_general_budget_expenditure');
  if (!t5) return undefined;
  return (
    amountOf(t5.total?.values[column]) ??
    sum(t5.rows.filter((r) => r.level === 1).map((r) => valueOf(r.values[column])))
  );
}

/** 表6 人员经费 (301, 303) and 公用经费 (302, 307, 309, 310, 399) classes. */
const PERSONNEL = ['301', '303'];
const PUBLIC = ['302', '307', '309', '310', '399'];

export type BasicPart = 'personnel' | 'public';

function partOf(code: string): BasicPart | undefined {
  const head = code.slice(0, 3);
  if (PERSONNEL.includes(head)) return 'personnel';
  if (PUBLIC.includes(head)) return 'public';
  return undefined;
}

/** The non-zero 款 rows of 表6 of one part, in sheet order. */
export function basicItems(wb: BudgetWorkbook, part: BasicPart): Array<CodedRow<'actual'>> {
  const t6 = tableOf(wb, 'final_basic_expenditure');
  return (t6?.rows ?? []).filter((r) => r.level === 2 && partOf(r.code) === part && !valueOf(r.values.actual).isZero());
}

/** 人员经费合计 / 公用经费合计 of 表6: its own figure, else the sum of its classes (or 款 when no class rows). */
export function basicPartTotal(wb: BudgetWorkbook, part: BasicPart): Decimal | undefined {
  const t6 = tableOf(wb, 'final_basic_expenditure');
  if (!t6) return undefined;
  const own = part === 'personnel' ? t6.personnelTotal : t6.publicTotal;
  if (own) return valueOf(own.figure);
  const rows = t6.rows.filter((r) => partOf(r.code) === part);
  const classes = rows.filter((r) => r.level === 1);
  return sum((classes.length ? classes : rows.filter((r) => r.level === 2)).map((r) => valueOf(r.values.actual)));
}

/** A name as the text states it: the table's name without spaces. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, '');
}
