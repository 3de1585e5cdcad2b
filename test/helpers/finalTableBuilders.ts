import { columnLetters } from '../../src/engine/grid';
import type {
  FinalBasicExpenditureTable,
  FinalExpenditureColumn,
  FinalExpenditureTable,
  FinalFiscalSummaryTable,
  FinalFundColumn,
  FinalGeneralBudgetTable,
  FinalGovFundTable,
  FinalIncomeColumn,
  FinalIncomeLine,
  FinalIncomeRole,
  FinalIncomeTable,
  FinalStateCapitalTable,
  FinalSummaryTable,
  FinalThreePublicTable,
} from '../../src/engine/tables/finalTypes';
import type { Figure, FunctionalColumn, SummaryLine, ThreePublicRow } from '../../src/engine/tables/types';
import { cellRef, figure, textCell } from './figures';
import { tableBase } from './ruleContextBuilder';
import { codedTable, type Cell, type Placement } from './typedTableBuilders';

/*
 * Typed 决算 tables laid out like the Shanghai sheets, for rule tests: coded tables as typedTableBuilders.codedTable
 * (B code, C name, amounts from D), summaries with the income side in A/B and the expenditure side from C.
 */

type Rows = ReadonlyArray<readonly [string, string, ...Cell[]]>;

export const FINAL_INCOME_COLUMNS: FinalIncomeColumn[] = [
  'total',
  'fiscal',
  'superior',
  'business',
  'operating',
  'affiliated',
  'other',
];
export const FINAL_EXPENDITURE_COLUMNS: FinalExpenditureColumn[] = [
  'total',
  'basic',
  'project',
  'toSuperior',
  'operating',
  'toAffiliated',
];
export const FINAL_FUND_COLUMNS: FinalFundColumn[] = ['begin', 'income', 'spend', 'spendBasic', 'spendProject', 'end'];
const FUNCTIONAL: FunctionalColumn[] = ['total', 'basic', 'project'];

export const finalIncomeTable = (rows: Rows, p: Placement = { sheet: '表2' }): FinalIncomeTable =>
  codedTable('final_income', FINAL_INCOME_COLUMNS, rows, p);
export const finalExpenditureTable = (rows: Rows, p: Placement = { sheet: '表3' }): FinalExpenditureTable =>
  codedTable('final_expenditure', FINAL_EXPENDITURE_COLUMNS, rows, p);
export const finalGeneralBudgetTable = (rows: Rows, p: Placement = { sheet: '表5' }): FinalGeneralBudgetTable =>
  codedTable('final_general_budget_expenditure', FUNCTIONAL, rows, p);
export const finalGovFundTable = (rows: Rows, p: Placement = { sheet: '表8' }): FinalGovFundTable =>
  codedTable('final_gov_fund', FINAL_FUND_COLUMNS, rows, p);
export const finalStateCapitalTable = (rows: Rows, p: Placement = { sheet: '表9' }): FinalStateCapitalTable =>
  codedTable('final_state_capital', FINAL_FUND_COLUMNS, rows, p);

/** 表6: rows [code, name, 决算数] (no 合计 row), then 人员经费合计 and 公用经费合计 on the last row. */
export function finalBasicTable(
  rows: Rows,
  totals: { personnel?: Cell; public?: Cell },
  sheet = '表6',
): FinalBasicExpenditureTable {
  const t = codedTable('final_basic_expenditure', ['actual'] as const, rows, { sheet, firstRow: 5 });
  const last = 5 + rows.length;
  const total = (text: string, value: Cell | undefined, label: string, amount: string) =>
    value === undefined
      ? undefined
      : { label: textCell(text, `${label}${last}`, sheet), figure: figure(value, `${amount}${last}`, sheet) };
  return {
    ...t,
    columns: ['actual'],
    personnelTotal: total('人员经费合计', totals.personnel, 'A', 'D'),
    publicTotal: total('公用经费合计', totals.public, 'E', 'H'),
  };
}

export interface FinalSummarySpec {
  /** [role, label, amount] */
  incomeItems: ReadonlyArray<readonly [FinalIncomeRole, string, Cell]>;
  /** [label, 合计 (, 一般公共, 基金, 国资 on 表4)] */
  expenditureRows: ReadonlyArray<readonly [string, ...Cell[]]>;
  incomeTotal?: Cell;
  useNonfiscal?: Cell;
  begin?: Cell;
  beginItems?: ReadonlyArray<readonly [FinalIncomeRole, string, Cell]>;
  incomeGrand?: Cell;
  expenditureTotal?: readonly Cell[];
  distribution?: readonly Cell[];
  end?: readonly Cell[];
  expenditureGrand?: readonly Cell[];
}

const SPEND_KEYS = ['total', 'general', 'fund', 'capital'] as const;
const strip = (label: string) => label.replace(/^[一二三四五六七八九十]+、/, '');

function incomeLine(label: string, amount: Cell, r: number, sheet: string): SummaryLine {
  return {
    row: r - 1,
    label,
    name: strip(label),
    labelCell: cellRef(`A${r}`, sheet),
    values: { amount: figure(amount, `B${r}`, sheet) },
  };
}

function spendLine(label: string, amounts: readonly Cell[], r: number, sheet: string): SummaryLine {
  const values: SummaryLine['values'] = {};
  amounts.forEach((a, j) => {
    values[SPEND_KEYS[j]] = figure(a, `${columnLetters(3 + j)}${r}`, sheet);
  });
  return { row: r - 1, label, name: strip(label), labelCell: cellRef(`C${r}`, sheet), values };
}

const role = (roleOf: FinalIncomeRole, line: SummaryLine): FinalIncomeLine => ({ ...line, role: roleOf });

/** The lines both summaries share, placed row after row from row 6 like the Shanghai sheets. */
function summaryLines(spec: FinalSummarySpec, sheet: string, fiscal: boolean) {
  const first = 6;
  let r = first + Math.max(spec.incomeItems.length, spec.expenditureRows.length);
  const totalRow = r++;
  const useRow = fiscal ? -1 : r++;
  const beginRow = r++;
  const beginItemRows = (spec.beginItems ?? []).map(() => r++);
  const grandRow = r;
  const opt = <T>(v: T | undefined, f: (v: T) => SummaryLine) => (v === undefined ? undefined : f(v));
  return {
    incomeItems: spec.incomeItems.map(([k, label, a], i) => role(k, incomeLine(label, a, first + i, sheet))),
    expenditureRows: spec.expenditureRows.map(([label, ...a], i) => spendLine(label, a, first + i, sheet)),
    incomeTotal: opt(spec.incomeTotal, (a) => incomeLine('本年收入合计', a, totalRow, sheet)),
    expenditureTotal: opt(spec.expenditureTotal, (a) => spendLine('本年支出合计', a, totalRow, sheet)),
    useNonfiscal: opt(spec.useNonfiscal, (a) => incomeLine('使用非财政拨款结余', a, useRow, sheet)),
    distribution: opt(spec.distribution, (a) => spendLine('结余分配', a, useRow, sheet)),
    begin: opt(spec.begin, (a) => incomeLine(fiscal ? '年初财政拨款结转和结余' : '年初结转和结余', a, beginRow, sheet)),
    end: opt(spec.end, (a) => spendLine(fiscal ? '年末财政拨款结转和结余' : '年末结转和结余', a, beginRow, sheet)),
    beginItems: (spec.beginItems ?? []).map(([k, label, a], i) =>
      role(k, incomeLine(label, a, beginItemRows[i], sheet)),
    ),
    incomeGrand: opt(spec.incomeGrand, (a) => incomeLine('总计', a, grandRow, sheet)),
    expenditureGrand: opt(spec.expenditureGrand, (a) => spendLine('总计', a, grandRow, sheet)),
  };
}

export function finalSummaryTable(spec: FinalSummarySpec, sheet = '表1'): FinalSummaryTable {
  const { beginItems: _unused, ...lines } = summaryLines(spec, sheet, false);
  void _unused;
  return { ...tableBase('final_income_expenditure_summary', sheet), ...lines };
}

export function finalFiscalSummaryTable(spec: FinalSummarySpec, sheet = '表4'): FinalFiscalSummaryTable {
  const { useNonfiscal: _u, distribution: _d, ...lines } = summaryLines(spec, sheet, true);
  void _u;
  void _d;
  return { ...tableBase('final_fiscal_summary', sheet), ...lines, endItems: [] };
}

const THREE_PUBLIC_ORDER: ThreePublicRow[] = [
  'total',
  'outbound',
  'vehicle',
  'vehiclePurchase',
  'vehicleOps',
  'reception',
];

/** 表7: one data row (row 7), 预算数 and 决算数 of each item side by side (A/B 合计, C/D 出国, …). */
export function finalThreePublicTable(
  budget: Partial<Record<ThreePublicRow, Cell>>,
  actual: Partial<Record<ThreePublicRow, Cell>>,
  sheet = '表7',
): FinalThreePublicTable {
  const t: FinalThreePublicTable = {
    ...tableBase('final_three_public', sheet),
    budget: {},
    actual: {},
    labels: {},
  };
  THREE_PUBLIC_ORDER.forEach((item, i) => {
    const b = budget[item];
    const a = actual[item];
    if (b !== undefined) t.budget[item] = figure(b, `${columnLetters(2 * i)}7`, sheet);
    if (a !== undefined) t.actual[item] = figure(a, `${columnLetters(2 * i + 1)}7`, sheet);
  });
  return t;
}

/** The figure a test changes, failing loudly when the fixture lacks it. */
export function need(f: Figure | undefined): Figure {
  if (!f) throw new Error('no such figure');
  return f;
}
