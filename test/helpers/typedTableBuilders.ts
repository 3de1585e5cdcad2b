import { parseAmount } from '../../src/engine/amount';
import { columnLetters } from '../../src/engine/grid';
import type { TableKind } from '../../src/engine/tableKinds';
import type {
  BasicColumn,
  BasicExpenditureTable,
  CodedRow,
  CodedTable,
  ExpenditureColumn,
  ExpenditureTable,
  Figure,
  FiscalSummaryTable,
  FunctionalColumn,
  GeneralBudgetTable,
  GovFundTable,
  IncomeColumn,
  IncomeExpenditureSummaryTable,
  IncomeItemRole,
  IncomeTable,
  StateCapitalTable,
  SummaryLine,
  SummaryTableBase,
  TableBase,
  ThreePublicColumn,
  ThreePublicRow,
  ThreePublicTable,
} from '../../src/engine/tables/types';
import { cellRef, figure, textCell } from './figures';

/** An amount as the sheet shows it; null is a blank cell. */
export type Cell = string | null;

export interface Placement {
  sheet?: string;
  /** 1-based sheet row of the first data row (the 合计 row of coded tables). */
  firstRow?: number;
}

function base<K extends TableKind>(kind: K, sheet: string, lastRow: number): TableBase & { kind: K } {
  return {
    kind,
    sheet,
    range: { top: 0, left: 0, bottom: lastRow, right: 12 },
    title: textCell(kind, 'A1', sheet),
    meta: {},
    empty: false,
    badAmounts: [],
    allFigures: [],
  };
}

/** Column letter of the i-th amount column of a coded table (A 序号, B 编码, C 名称, amounts from D). */
export function codedAmountColumn(i: number): string {
  return columnLetters(3 + i);
}

function levelOf(code: string): CodedRow['level'] {
  if (code === '') return 0;
  if (code.length <= 3) return 1;
  if (code.length <= 5) return 2;
  return 3;
}

/**
 * A coded table from rows [code, name, ...amounts in `columns` order]; the row with code '' is 合计.
 * Cells are placed like the published sheets: B code, C name, amounts from D.
 */
export function codedTable<K extends TableKind, C extends string>(
  kind: K,
  columns: readonly C[],
  data: ReadonlyArray<readonly [string, string, ...Cell[]]>,
  { sheet = '表', firstRow = 6 }: Placement = {},
): CodedTable<K, C> {
  const rows: CodedRow<C>[] = data.map(([code, name, ...amounts], i) => {
    const r = firstRow + i;
    const values: Partial<Record<C, Figure>> = {};
    columns.forEach((c, j) => {
      values[c] = figure(amounts[j] ?? null, `${codedAmountColumn(j)}${r}`, sheet);
    });
    return {
      row: r - 1,
      code,
      name,
      level: levelOf(code),
      nameCell: cellRef(`C${r}`, sheet),
      codeCell: code === '' ? undefined : cellRef(`B${r}`, sheet),
      values,
    };
  });
  const total = rows.find((r) => r.level === 0);
  const t: CodedTable<K, C> = {
    ...base(kind, sheet, firstRow + data.length - 2),
    kind,
    columns: [...columns],
    total,
    rows: rows.filter((r) => r !== total),
  };
  t.empty = data.length === 0;
  return t;
}

type Rows = ReadonlyArray<readonly [string, string, ...Cell[]]>;

export const INCOME_COLUMNS: IncomeColumn[] = [
  'total',
  'subtotal',
  'fiscal',
  'specialAccount',
  'business',
  'operating',
  'superior',
  'subsidiary',
  'other',
  'carryover',
];
export const EXPENDITURE_COLUMNS: ExpenditureColumn[] = ['total', 'basic', 'project', 'operating', 'remit', 'subsidy'];
export const FUNCTIONAL_COLUMNS: FunctionalColumn[] = ['total', 'basic', 'project'];
export const BASIC_COLUMNS: BasicColumn[] = ['total', 'personnel', 'public'];

export const incomeTable = (rows: Rows, p?: Placement): IncomeTable => codedTable('income', INCOME_COLUMNS, rows, p);
export const expenditureTable = (rows: Rows, p?: Placement): ExpenditureTable =>
  codedTable('expenditure', EXPENDITURE_COLUMNS, rows, p);
export const generalBudgetTable = (rows: Rows, p?: Placement): GeneralBudgetTable =>
  codedTable('general_budget_expenditure', FUNCTIONAL_COLUMNS, rows, p);
export const govFundTable = (rows: Rows, p?: Placement): GovFundTable =>
  codedTable('gov_fund_expenditure', FUNCTIONAL_COLUMNS, rows, p);
export const stateCapitalTable = (rows: Rows, p?: Placement): StateCapitalTable =>
  codedTable('state_capital_expenditure', FUNCTIONAL_COLUMNS, rows, p);
export const basicExpenditureTable = (rows: Rows, p?: Placement): BasicExpenditureTable =>
  codedTable('basic_expenditure', BASIC_COLUMNS, rows, p);

// ---- summary tables -------------------------------------------------------------------------------

const SUMMARY_EXPENDITURE_COLUMNS = ['total', 'general', 'fund', 'capital'] as const;

export interface SummarySpec {
  /** [role, label, amount] */
  incomeItems: ReadonlyArray<readonly [IncomeItemRole, string, Cell]>;
  /** [label, total (, general, fund, capital on the fiscal summary)] */
  expenditureRows: ReadonlyArray<readonly [string, ...Cell[]]>;
  incomeTotal?: Cell;
  expenditureTotal?: readonly Cell[];
  carryIn?: Cell;
  carryInItems?: ReadonlyArray<readonly [IncomeItemRole, string, Cell]>;
  carryOut?: readonly Cell[];
  grandIncome?: Cell;
  grandExpenditure?: readonly Cell[];
}

const stripNumbering = (label: string) => label.replace(/^[一二三四五六七八九十]+、/, '');

function incomeLine(label: string, amount: Cell, r: number, sheet: string): SummaryLine {
  return {
    row: r - 1,
    label,
    name: stripNumbering(label),
    labelCell: cellRef(`B${r}`, sheet),
    values: { amount: figure(amount, `C${r}`, sheet) },
  };
}

function expenditureLine(
  label: string,
  amounts: readonly Cell[],
  r: number,
  sheet: string,
  fiscal: boolean,
): SummaryLine {
  const values: SummaryLine['values'] = {};
  const columns = fiscal ? SUMMARY_EXPENDITURE_COLUMNS : SUMMARY_EXPENDITURE_COLUMNS.slice(0, 1);
  columns.forEach((c, j) => {
    values[c] = figure(amounts[j] ?? null, `${columnLetters(4 + j)}${r}`, sheet);
  });
  return { row: r - 1, label, name: stripNumbering(label), labelCell: cellRef(`D${r}`, sheet), values };
}

/**
 * A 收支总表 or 财政拨款收支总表 laid out like the published sheets: income side B label / C amount,
 * expenditure side D label / E.. amounts; item and 功能类 rows from firstRow, then 合计, 结转, (sub-rows), 总计.
 */
export function summaryTable<K extends 'income_expenditure_summary' | 'fiscal_summary'>(
  kind: K,
  spec: SummarySpec,
  { sheet = '表', firstRow = 5 }: Placement = {},
): SummaryTableBase & { kind: K } {
  const fiscal = kind === 'fiscal_summary';
  const totalRow = firstRow + Math.max(spec.incomeItems.length, spec.expenditureRows.length);
  const carryRow = totalRow + 1;
  const carryItems = spec.carryInItems ?? [];
  const grandRow = carryRow + 1 + carryItems.length;
  const table = {
    ...base(kind, sheet, grandRow - 1),
    kind,
    incomeItems: spec.incomeItems.map(([role, label, amount], i) => ({
      ...incomeLine(label, amount, firstRow + i, sheet),
      role,
    })),
    expenditureRows: spec.expenditureRows.map(([label, ...amounts], i) =>
      expenditureLine(label, amounts, firstRow + i, sheet, fiscal),
    ),
    incomeTotal:
      spec.incomeTotal === undefined ? undefined : incomeLine('本年收入合计', spec.incomeTotal, totalRow, sheet),
    expenditureTotal:
      spec.expenditureTotal && expenditureLine('本年支出合计', spec.expenditureTotal, totalRow, sheet, fiscal),
    carryIn:
      spec.carryIn === undefined
        ? undefined
        : incomeLine(fiscal ? '年初财政拨款结转和结余' : '上年结转结余', spec.carryIn, carryRow, sheet),
    carryInItems: carryItems.map(([role, label, amount], i) => ({
      ...incomeLine(label, amount, carryRow + 1 + i, sheet),
      role,
    })),
    carryOut:
      spec.carryOut &&
      expenditureLine(fiscal ? '年末财政拨款结转和结余' : '年终结转结余', spec.carryOut, carryRow, sheet, fiscal),
    grandIncome: spec.grandIncome === undefined ? undefined : incomeLine('收入总计', spec.grandIncome, grandRow, sheet),
    grandExpenditure:
      spec.grandExpenditure && expenditureLine('支出总计', spec.grandExpenditure, grandRow, sheet, fiscal),
  };
  return table;
}

export const incomeExpenditureSummary = (spec: SummarySpec, p?: Placement): IncomeExpenditureSummaryTable =>
  summaryTable('income_expenditure_summary', spec, p);
export const fiscalSummary = (spec: SummarySpec, p?: Placement): FiscalSummaryTable =>
  summaryTable('fiscal_summary', spec, p);

// ---- 三公 --------------------------------------------------------------------------------------------

const THREE_PUBLIC_ORDER: ThreePublicRow[] = [
  'total',
  'outbound',
  'vehicle',
  'vehiclePurchase',
  'vehicleOps',
  'reception',
];
const THREE_PUBLIC_COLUMNS: ThreePublicColumn[] = ['total', 'general', 'fund', 'capital'];

/** 三公 table: rows by role, each [label, 合计, 一般公共, 基金, 国资]; B label, amounts from C. */
export function threePublicTable(
  rows: Partial<Record<ThreePublicRow, readonly [string, ...Cell[]]>>,
  { sheet = '表', firstRow = 6 }: Placement = {},
): ThreePublicTable {
  const t: ThreePublicTable = { ...base('three_public', sheet, firstRow + 5), kind: 'three_public', rows: {} };
  THREE_PUBLIC_ORDER.forEach((role, i) => {
    const spec = rows[role];
    if (!spec) return;
    const r = firstRow + i;
    const [label, ...amounts] = spec;
    const values: Partial<Record<ThreePublicColumn, Figure>> = {};
    THREE_PUBLIC_COLUMNS.forEach((c, j) => {
      values[c] = figure(amounts[j] ?? null, `${columnLetters(2 + j)}${r}`, sheet);
    });
    t.rows[role] = { label: textCell(label, `B${r}`, sheet), values };
  });
  return t;
}

// ---- editing a built table -------------------------------------------------------------------------

/** Replace a figure's value in place (tests change one cell of a fresh fixture). */
export function setFigure(f: Figure | undefined, value: Cell): void {
  if (!f) throw new Error('no such figure');
  const amount = parseAmount(value === null ? undefined : { value });
  f.amount = amount;
  f.value = amount.value;
}

/** The row of a coded table with this code ('' for 合计). */
export function rowByCode<K extends TableKind, C extends string>(
  t: CodedTable<K, C> | undefined,
  code: string,
): CodedRow<C> {
  const row = code === '' ? t?.total : t?.rows.find((r) => r.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
}
