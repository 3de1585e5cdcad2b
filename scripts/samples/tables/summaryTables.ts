/** 部门预算收支总表 and 部门预算财政拨款收支总表: income items beside the 31 功能类 rows, then the totals. */
import {
  FISCAL_COLUMNS,
  FISCAL_INCOME_LABELS,
  FUNCTIONAL_CLASSES,
  SUMMARY_INCOME_LABELS,
  functionalClassLabel,
  type BudgetData,
  type FiscalColumnKey,
  type Money,
  type RowAmounts,
} from '../budgetData';
import type { HeaderCell, TableContext } from '../tableWriter';

const SUMMARY_HEADERS: HeaderCell[][] = [
  [
    { text: '序号', rowSpan: 2 },
    { text: '收入', colSpan: 2 },
    { text: '支出', colSpan: 2 },
  ],
  [{ text: '项  目' }, { text: '预算数' }, { text: '项  目' }, { text: '预算数' }],
];

const FISCAL_HEADERS: HeaderCell[][] = [
  [
    { text: '序号', rowSpan: 2 },
    { text: '收入', colSpan: 2 },
    { text: '支出', colSpan: 5 },
  ],
  [
    { text: '项  目' },
    { text: '金额' },
    { text: '项  目' },
    { text: '合计' },
    { text: '一般公共预算财政拨款' },
    { text: '政府性基金预算财政    拨款' },
    { text: '国有资本经营预算财政拨款' },
  ],
];

function cellsAt(rows: number[], col: number) {
  return rows.map((row) => ({ row, col }));
}

/** Writes one line: 序号, income label and amount, expenditure label and amounts. */
function line(
  ctx: TableContext,
  row: number,
  left: number,
  n: number,
  income: { label: string; amount: Money; parts?: number[] },
  expense: { label: string; amounts: Money[]; parts?: number[] },
): void {
  ctx.serial(row, left, n);
  ctx.body(row, left + 1, income.label);
  ctx.amount(row, left + 2, income.amount, income.parts && cellsAt(income.parts, left + 2));
  ctx.body(row, left + 3, expense.label);
  expense.amounts.forEach((amount, j) =>
    ctx.amount(row, left + 4 + j, amount, expense.parts && cellsAt(expense.parts, left + 4 + j)),
  );
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

export function layoutSummary(ctx: TableContext, top: number, left: number, data: BudgetData): number {
  const s = data.summary;
  const width = 5;
  ctx.title(top, left, width, '部门预算收支总表');
  ctx.meta(top + 1, left, width, { unit: data.unitName, middle: `预算年度：${data.year}`, right: '单位：万元' });
  let row = top + 2;
  row += ctx.header(row, left, width, SUMMARY_HEADERS);
  ctx.columnNumbers(row, left, 4);
  row++;
  const first = row;
  FUNCTIONAL_CLASSES.forEach((_, i) => {
    const income = i < SUMMARY_INCOME_LABELS.length ? SUMMARY_INCOME_LABELS[i] : '';
    line(
      ctx,
      row,
      left,
      i + 1,
      { label: income, amount: i < s.incomeItems.length ? s.incomeItems[i] : null },
      { label: functionalClassLabel(i), amounts: [s.expenditureRows[i]] },
    );
    row++;
  });
  const totals = row;
  line(
    ctx,
    row++,
    left,
    32,
    { label: '本年收入合计', amount: s.incomeTotal, parts: range(first, SUMMARY_INCOME_LABELS.length) },
    { label: '本年支出合计', amounts: [s.expenditureTotal], parts: range(first, FUNCTIONAL_CLASSES.length) },
  );
  line(
    ctx,
    row++,
    left,
    33,
    { label: '上年结转结余', amount: s.carryIn },
    { label: '年终结转结余', amounts: [s.carryOut] },
  );
  line(
    ctx,
    row++,
    left,
    34,
    { label: '收入总计', amount: s.grandIncome, parts: [totals, totals + 1] },
    { label: '支出总计', amounts: [s.grandExpenditure], parts: [totals, totals + 1] },
  );
  return row;
}

function fiscalAmounts(a: RowAmounts<FiscalColumnKey>): Money[] {
  return FISCAL_COLUMNS.map((k) => a[k] ?? null);
}

export function layoutFiscalSummary(ctx: TableContext, top: number, left: number, data: BudgetData): number {
  const f = data.fiscalSummary;
  const width = 8;
  ctx.title(top, left, width, '部门预算财政拨款收支总表');
  ctx.meta(top + 1, left, width, { unit: data.unitName, middle: `预算年度：${data.year}`, right: '单位：万元' });
  let row = top + 2;
  row += ctx.header(row, left, width, FISCAL_HEADERS);
  ctx.columnNumbers(row, left, 7);
  row++;
  const first = row;
  FUNCTIONAL_CLASSES.forEach((_, i) => {
    const income = i < FISCAL_INCOME_LABELS.length ? FISCAL_INCOME_LABELS[i] : '';
    line(
      ctx,
      row,
      left,
      i + 1,
      { label: income, amount: i < f.incomeItems.length ? f.incomeItems[i] : null },
      { label: functionalClassLabel(i), amounts: fiscalAmounts(f.expenditureRows[i] ?? {}) },
    );
    row++;
  });
  const totals = row;
  line(
    ctx,
    row++,
    left,
    32,
    { label: '本年收入合计', amount: f.incomeTotal, parts: range(first, FISCAL_INCOME_LABELS.length) },
    {
      label: '本年支出合计',
      amounts: fiscalAmounts(f.expenditureTotal),
      parts: range(first, FUNCTIONAL_CLASSES.length),
    },
  );
  const carry = row;
  line(
    ctx,
    row++,
    left,
    33,
    { label: '年初财政拨款结转和结余', amount: f.carryIn, parts: range(carry + 1, FISCAL_INCOME_LABELS.length) },
    { label: '年末财政拨款结转和结余', amounts: fiscalAmounts(f.carryOut) },
  );
  FISCAL_INCOME_LABELS.forEach((label, i) => {
    line(
      ctx,
      row++,
      left,
      34 + i,
      { label, amount: f.carryInItems[i] ?? null },
      { label: '', amounts: [null, null, null, null] },
    );
  });
  line(
    ctx,
    row++,
    left,
    34 + FISCAL_INCOME_LABELS.length,
    { label: '收入总计', amount: f.grandIncome, parts: [totals, carry] },
    { label: '支出总计', amounts: fiscalAmounts(f.grandExpenditure), parts: [totals, carry] },
  );
  return row;
}
