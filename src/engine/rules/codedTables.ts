import type { TableKind } from '../tableKinds';
import type { BudgetTemplate } from '../templates';
import type {
  FinalBasicExpenditureTable,
  FinalExpenditureTable,
  FinalGeneralBudgetTable,
  FinalFundTable,
  FinalIncomeTable,
} from '../tables/finalTypes';
import type {
  BasicExpenditureTable,
  BudgetWorkbook,
  CodedRow,
  ExpenditureTable,
  GeneralBudgetTable,
  GovFundTable,
  IncomeTable,
  StateCapitalTable,
} from '../tables/types';

/** The tables keyed by 科目编码 (families 1 and 2 walk them alike), 预算 and 决算. */
export type AnyCodedTable =
  | IncomeTable
  | ExpenditureTable
  | GeneralBudgetTable
  | GovFundTable
  | StateCapitalTable
  | BasicExpenditureTable
  | FinalIncomeTable
  | FinalExpenditureTable
  | FinalGeneralBudgetTable
  | FinalFundTable
  | FinalBasicExpenditureTable;

export const CODED_KINDS = [
  'income',
  'expenditure',
  'general_budget_expenditure',
  'gov_fund_expenditure',
  'state_capital_expenditure',
  'basic_expenditure',
  'final_income',
  'final_expenditure',
  'final_general_budget_expenditure',
  'final_gov_fund',
  'final_state_capital',
  'final_basic_expenditure',
] as const satisfies readonly TableKind[];

export type CodedKind = (typeof CODED_KINDS)[number];

const FUNCTIONAL_COLUMN_NAMES = { total: '合计', basic: '基本支出', project: '项目支出' };

/** 表8/表9 of the 决算 (JUESUAN.md §3.9): 本年支出 is split into its own 合计, 基本支出 and 项目支出. */
const FINAL_FUND_COLUMN_NAMES = {
  begin: '年初结转和结余',
  income: '本年收入',
  spend: '本年支出合计',
  spendBasic: '基本支出',
  spendProject: '项目支出',
  end: '年末结转和结余',
};

/** Column headers as the tables print them, per table kind (经营 is 收入 in one, 支出 in another). */
const COLUMN_NAMES: Record<CodedKind, Record<string, string>> = {
  income: {
    total: '合计',
    subtotal: '本年收入小计',
    fiscal: '财政拨款收入',
    specialAccount: '财政专户收入',
    business: '事业收入',
    operating: '经营收入',
    superior: '上级补助收入',
    subsidiary: '附属单位上缴收入',
    other: '其他收入',
    carryover: '上年结转',
  },
  expenditure: {
    total: '合计',
    basic: '基本支出',
    project: '项目支出',
    operating: '经营支出',
    remit: '上解上级支出',
    subsidy: '对附属单位补助支出',
  },
  general_budget_expenditure: FUNCTIONAL_COLUMN_NAMES,
  gov_fund_expenditure: FUNCTIONAL_COLUMN_NAMES,
  state_capital_expenditure: FUNCTIONAL_COLUMN_NAMES,
  basic_expenditure: { total: '合计', personnel: '人员经费', public: '公用经费' },
  final_income: {
    total: '本年收入合计',
    fiscal: '财政拨款收入',
    superior: '上级补助收入',
    business: '事业收入',
    operating: '经营收入',
    affiliated: '附属单位上缴收入',
    other: '其他收入',
  },
  final_expenditure: {
    total: '本年支出合计',
    basic: '基本支出',
    project: '项目支出',
    toSuperior: '上缴上级支出',
    operating: '经营支出',
    toAffiliated: '对附属单位补助支出',
  },
  final_general_budget_expenditure: FUNCTIONAL_COLUMN_NAMES,
  final_gov_fund: FINAL_FUND_COLUMN_NAMES,
  final_state_capital: FINAL_FUND_COLUMN_NAMES,
  final_basic_expenditure: { actual: '决算数' },
};

/** A column's header as the template prints it ('事业单位经营收入' in Shanghai), else the common name. */
export function columnName(kind: CodedKind, column: string, template?: BudgetTemplate): string {
  return template?.columnNames?.[kind]?.[column] ?? COLUMN_NAMES[kind][column] ?? column;
}

/** Every coded table of the workbook, in workbook order. */
export function codedTables(wb: BudgetWorkbook): AnyCodedTable[] {
  const kinds: readonly string[] = CODED_KINDS;
  return wb.tables.filter((t): t is AnyCodedTable => kinds.includes(t.kind));
}

/** '20137 网信事务', or '合计' for the total row. */
export function rowLabel(row: CodedRow): string {
  if (row.level === 0) return '合计';
  return [row.code, row.name].filter((s) => s !== '').join(' ');
}

/** 科目编码 as compared across tables: digits only (codes arrive as numbers or text with spaces). */
export function normalizeCode(code: string): string {
  return code.replace(/\s/g, '');
}
