import type { CodedTable, Figure, FunctionalColumn, SummaryLine, TableBase, TextCell, ThreePublicRow } from './types';

/*
 * The nine 部门决算 tables (JUESUAN.md §3) in their typed form. Named figures of JUESUAN.md map as:
 * t1 → FinalSummaryTable, t2 → FinalIncomeTable, t3 → FinalExpenditureTable, t4 → FinalFiscalSummaryTable,
 * t5 → FinalGeneralBudgetTable, t6 → FinalBasicExpenditureTable, t7 → FinalThreePublicTable,
 * t8/t9 → FinalFundTable. A row or column the workbook does not print is absent, never a zero Figure.
 */

// ---- 表2 收入决算表, 表3 支出决算表, 表5 一般公共预算财政拨款支出决算表 -------------------------------------------

/** 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入. */
export type FinalIncomeColumn = 'total' | 'fiscal' | 'superior' | 'business' | 'operating' | 'affiliated' | 'other';
/** 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出. */
export type FinalExpenditureColumn = 'total' | 'basic' | 'project' | 'toSuperior' | 'operating' | 'toAffiliated';

export type FinalIncomeTable = CodedTable<'final_income', FinalIncomeColumn>;
export type FinalExpenditureTable = CodedTable<'final_expenditure', FinalExpenditureColumn>;
/** 合计 = 基本支出 + 项目支出 per row; Shanghai prints its 合计 row at the bottom. */
export type FinalGeneralBudgetTable = CodedTable<'final_general_budget_expenditure', FunctionalColumn>;

// ---- 表8 政府性基金 / 表9 国有资本经营 收入支出决算表 ----------------------------------------------------------

/** 年初结转和结余, 本年收入, 本年支出 {合计/小计, 基本支出, 项目支出}, 年末结转和结余. The spend-only 公开09表 has only the spend columns. */
export type FinalFundColumn = 'begin' | 'income' | 'spend' | 'spendBasic' | 'spendProject' | 'end';

export type FinalGovFundTable = CodedTable<'final_gov_fund', FinalFundColumn>;
export type FinalStateCapitalTable = CodedTable<'final_state_capital', FinalFundColumn>;
export type FinalFundTable = FinalGovFundTable | FinalStateCapitalTable;

// ---- 表6 一般公共预算财政拨款基本支出决算表 -------------------------------------------------------------------

/**
 * The 经济分类 rows of every block (Shanghai prints two side by side, the national 公开06表 three), level 1 for a
 * 3-digit 类 (301), 2 for a 5-digit 款 (30101), each with its one 决算数 as 'actual'. No 合计 row: the last row's
 * 人员经费合计 / 公用经费合计 are their own figures.
 */
export interface FinalBasicExpenditureTable extends CodedTable<'final_basic_expenditure', 'actual'> {
  personnelTotal?: { label: TextCell; figure: Figure };
  publicTotal?: { label: TextCell; figure: Figure };
}

// ---- 表1 收入支出决算总表, 表4 财政拨款收入支出决算总表 --------------------------------------------------------

/** Income sources of 表1 (eight since 2020; 2019 had no 国有资本经营) and of 表4 (the first three). */
export type FinalIncomeRole =
  'general' | 'fund' | 'capital' | 'superior' | 'business' | 'operating' | 'affiliated' | 'other';

export interface FinalIncomeLine extends SummaryLine {
  role: FinalIncomeRole;
}

/**
 * The lines both 决算 summary tables share. Income-side lines carry 'amount'; expenditure-side lines 'total'
 * (表1's 决算数, 表4's 合计) and on 表4 'general' / 'fund' / 'capital'.
 */
export interface FinalSummaryBase extends TableBase {
  incomeItems: FinalIncomeLine[];
  /** The 功能类 rows (24 or 26), by name; 表1 has no codes. */
  expenditureRows: SummaryLine[];
  /** 本年收入合计 */
  incomeTotal?: SummaryLine;
  /** 年初结转和结余 (表4: 年初财政拨款结转和结余) */
  begin?: SummaryLine;
  /** 总计 (income side) */
  incomeGrand?: SummaryLine;
  /** 本年支出合计 */
  expenditureTotal?: SummaryLine;
  /** 年末结转和结余 (表4: 年末财政拨款结转和结余) */
  end?: SummaryLine;
  /** 总计 (expenditure side) */
  expenditureGrand?: SummaryLine;
}

export interface FinalSummaryTable extends FinalSummaryBase {
  kind: 'final_income_expenditure_summary';
  /** 使用非财政拨款结余（含专用结余） */
  useNonfiscal?: SummaryLine;
  /** 结余分配 */
  distribution?: SummaryLine;
}

export interface FinalFiscalSummaryTable extends FinalSummaryBase {
  kind: 'final_fiscal_summary';
  /** The 一、二、三、 sub-rows under 年初财政拨款结转和结余 (income side), by fund type. */
  beginItems: FinalIncomeLine[];
  /** Sub-rows under 年末 on the expenditure side, where a template splits it by fund type. */
  endItems: FinalIncomeLine[];
}

// ---- 表7 财政拨款“三公”经费支出决算表 -------------------------------------------------------------------------

/**
 * 预算数 and 决算数 of each 三公 item (Shanghai groups the columns by item, the national 公开07表 by 预算/决算). An
 * item the table has no column for is absent. `labels` holds each item's header cell, for messages.
 */
export interface FinalThreePublicTable extends TableBase {
  kind: 'final_three_public';
  budget: Partial<Record<ThreePublicRow, Figure>>;
  actual: Partial<Record<ThreePublicRow, Figure>>;
  labels: Partial<Record<ThreePublicRow, TextCell>>;
}

export type FinalTypedTable =
  | FinalSummaryTable
  | FinalIncomeTable
  | FinalExpenditureTable
  | FinalFiscalSummaryTable
  | FinalGeneralBudgetTable
  | FinalBasicExpenditureTable
  | FinalThreePublicTable
  | FinalGovFundTable
  | FinalStateCapitalTable;
