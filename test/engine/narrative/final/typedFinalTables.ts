import type {
  FinalBasicExpenditureTable,
  FinalExpenditureColumn,
  FinalExpenditureTable,
  FinalFiscalSummaryTable,
  FinalFundColumn,
  FinalGeneralBudgetTable,
  FinalGovFundTable,
  FinalIncomeColumn,
  FinalIncomeRole,
  FinalIncomeTable,
  FinalStateCapitalTable,
  FinalSummaryTable,
  FinalThreePublicTable,
} from '../../../../src/engine/tables/finalTypes';
import type {
  Figure,
  NarrativeTable,
  SummaryLine,
  TableBase,
  ThreePublicRow,
} from '../../../../src/engine/tables/types';
import type { TableKind } from '../../../../src/engine/tableKinds';
import { cellRef, figure, textCell } from '../../../helpers/figures';
import { codedTable, type Cell, type Placement } from '../../../helpers/typedTableBuilders';

/*
 * Typed 决算 tables (JUESUAN.md §3) for the narrative tests, laid out like the Shanghai sheets: summary tables
 * with the income side in A/B and the expenditure side from C; coded tables as typedTableBuilders places them.
 */

type Rows = ReadonlyArray<readonly [string, string, ...Cell[]]>;

function base<K extends TableKind>(kind: K, sheet: string, bottom: number): TableBase & { kind: K } {
  return {
    kind,
    sheet,
    range: { top: 0, left: 0, bottom, right: 12 },
    title: textCell(kind, 'A1', sheet),
    meta: {},
    empty: false,
    badAmounts: [],
    allFigures: [],
  };
}

const INCOME: FinalIncomeColumn[] = ['total', 'fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'];
const EXPENDITURE: FinalExpenditureColumn[] = ['total', 'basic', 'project', 'toSuperior', 'operating', 'toAffiliated'];
const FUND: FinalFundColumn[] = ['begin', 'income', 'spend', 'spendBasic', 'spendProject', 'end'];

export const incomeT2 = (rows: Rows, p: Placement = { sheet: '2收入决算表' }): FinalIncomeTable =>
  codedTable('final_income', INCOME, rows, p);
export const expenditureT3 = (rows: Rows, p: Placement = { sheet: '3支出决算表' }): FinalExpenditureTable =>
  codedTable('final_expenditure', EXPENDITURE, rows, p);
export const generalBudgetT5 = (rows: Rows, p: Placement = { sheet: '5一般公共预算' }): FinalGeneralBudgetTable =>
  codedTable('final_general_budget_expenditure', ['total', 'basic', 'project'], rows, p);
export const govFundT8 = (rows: Rows, p: Placement = { sheet: '8政府性基金' }): FinalGovFundTable =>
  codedTable('final_gov_fund', FUND, rows, p);
export const stateCapitalT9 = (rows: Rows, p: Placement = { sheet: '9国有资本经营' }): FinalStateCapitalTable =>
  codedTable('final_state_capital', FUND, rows, p);

/** 表6 from [code, name, 决算数] rows and its two 合计 figures. */
export function basicT6(
  rows: Rows,
  personnel: Cell,
  publicCosts: Cell,
  sheet = '6基本支出',
): FinalBasicExpenditureTable {
  const t = codedTable('final_basic_expenditure', ['actual'], rows, { sheet });
  const last = rows.length + 6;
  return {
    ...t,
    personnelTotal: {
      label: textCell('人员经费合计', `A${last}`, sheet),
      figure: figure(personnel, `D${last}`, sheet),
    },
    publicTotal: { label: textCell('公用经费合计', `E${last}`, sheet), figure: figure(publicCosts, `H${last}`, sheet) },
  };
}

function line(label: string, values: SummaryLine['values'], r: number, col: string, sheet: string): SummaryLine {
  return {
    row: r - 1,
    label,
    name: label.replace(/^[一二三四五六七八九十]+、/, ''),
    labelCell: cellRef(`${col}${r}`, sheet),
    values,
  };
}

export interface SummarySpec {
  income: ReadonlyArray<readonly [FinalIncomeRole, string, Cell]>;
  /** [label, 决算数] (表4: [label, 合计, 一般公共预算, 政府性基金, 国有资本经营]) */
  spending: ReadonlyArray<readonly [string, ...Cell[]]>;
  incomeTotal: Cell;
  spendingTotal: readonly Cell[];
  begin: Cell;
  end: readonly Cell[];
  grand: Cell;
}

function summary(spec: SummarySpec, sheet: string, fiscal: boolean) {
  const keys = fiscal ? (['total', 'general', 'fund', 'capital'] as const) : (['total'] as const);
  const cols = ['D', 'E', 'F', 'G'];
  const spend = (cells: readonly Cell[], r: number): SummaryLine['values'] =>
    Object.fromEntries(keys.map((k, i) => [k, figure(cells[i] ?? null, `${cols[i]}${r}`, sheet)]));
  const first = 6;
  const totalRow = first + Math.max(spec.income.length, spec.spending.length);
  const amount = (v: Cell, r: number) => ({ amount: figure(v, `B${r}`, sheet) });
  return {
    incomeItems: spec.income.map(([role, label, v], i) => ({
      ...line(label, amount(v, first + i), first + i, 'A', sheet),
      role,
    })),
    expenditureRows: spec.spending.map(([label, ...v], i) => line(label, spend(v, first + i), first + i, 'C', sheet)),
    incomeTotal: line('本年收入合计', amount(spec.incomeTotal, totalRow), totalRow, 'A', sheet),
    expenditureTotal: line('本年支出合计', spend(spec.spendingTotal, totalRow), totalRow, 'C', sheet),
    begin: line('年初结转和结余', amount(spec.begin, totalRow + 1), totalRow + 1, 'A', sheet),
    end: line('年末结转和结余', spend(spec.end, totalRow + 1), totalRow + 1, 'C', sheet),
    incomeGrand: line('总计', amount(spec.grand, totalRow + 2), totalRow + 2, 'A', sheet),
    expenditureGrand: line('总计', spend([spec.grand], totalRow + 2), totalRow + 2, 'C', sheet),
    bottom: totalRow + 2,
  };
}

export function summaryT1(spec: SummarySpec, sheet = '1收入支出决算总表'): FinalSummaryTable {
  const { bottom, ...lines } = summary(spec, sheet, false);
  return {
    ...base('final_income_expenditure_summary', sheet, bottom),
    kind: 'final_income_expenditure_summary',
    ...lines,
  };
}

export function fiscalSummaryT4(spec: SummarySpec, sheet = '4财政拨款收入支出决算总表'): FinalFiscalSummaryTable {
  const { bottom, ...lines } = summary(spec, sheet, true);
  return {
    ...base('final_fiscal_summary', sheet, bottom),
    kind: 'final_fiscal_summary',
    ...lines,
    beginItems: [],
    endItems: [],
  };
}

/** 表7 from its 预算数 and 决算数 per item (absent: a blank cell). */
export function threePublicT7(
  budget: Partial<Record<ThreePublicRow, Cell>>,
  actual: Partial<Record<ThreePublicRow, Cell>>,
  sheet = '7三公',
): FinalThreePublicTable {
  const order: ThreePublicRow[] = ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'];
  const cells = (values: Partial<Record<ThreePublicRow, Cell>>, offset: number) => {
    const out: Partial<Record<ThreePublicRow, Figure>> = {};
    order.forEach((row, i) => {
      out[row] = figure(values[row] ?? null, `${String.fromCharCode(65 + 2 * i + offset)}7`, sheet);
    });
    return out;
  };
  const t: FinalThreePublicTable = {
    ...base('final_three_public', sheet, 6),
    kind: 'final_three_public',
    budget: cells(budget, 0),
    actual: cells(actual, 1),
    labels: {},
  };
  t.empty = Object.keys(budget).length === 0 && Object.keys(actual).length === 0;
  return t;
}

/** A 情况说明 sheet holding `paragraphs`, one per row. */
export function narrativeSheet(paragraphs: readonly string[], sheet = '情况说明'): NarrativeTable {
  return {
    ...base('narrative', sheet, paragraphs.length),
    kind: 'narrative',
    paragraphs: paragraphs.map((text, i) => textCell(text, `A${i + 1}`, sheet)),
  };
}
