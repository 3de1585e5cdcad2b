import type Decimal from 'decimal.js';
import type { Amount } from '../amount';
import type { CellRange, CellRef } from '../grid';
import type { TableKind } from '../tableKinds';
import type { TemplateId } from '../templates/types';
import type { FinalTypedTable } from './finalTypes';
import type { FigureUnit } from '../units';

/** One amount of a table, with the cell it came from. */
export interface Figure {
  /** The amount in the figure's own unit, as the cell holds it. */
  value: Decimal;
  amount: Amount;
  cell: CellRef;
  /** Unit and rounding step; absent means 万元 rounded to 0.01 (WAN_CENTS). Set by recognizeWorkbook. */
  unit?: FigureUnit;
}

/** A text cell of a table, with its address. */
export interface TextCell {
  text: string;
  cell: CellRef;
}

/** What the meta row above a table says. */
export interface TableMeta {
  /** Unit (单位) name, e.g. '224网信办'. */
  unitName?: TextCell;
  /** 预算年度. */
  year?: { value: number; cell: CellRef };
  /** Unit of measure: '万元', '元', or what the sheet says. */
  measure?: TextCell;
}

/** What every recognised table carries. */
export interface TableBase {
  kind: TableKind;
  sheet: string;
  /** Title row to last data row, 0-based. */
  range: CellRange;
  title: TextCell;
  meta: TableMeta;
  /** True when the table has no data rows with an amount (often with a 空表列示 note). */
  empty: boolean;
  /** The '注：无…空表列示' note, when the table has one. */
  emptyNote?: TextCell;
  /** Amount cells that did not parse (text, errors, booleans): family 9 reports them. */
  badAmounts: Figure[];
  /** Every amount read from the table, for the hygiene checks (decimals, negatives). */
  allFigures: Figure[];
}

// ---- coded tables (科目编码 rows) -------------------------------------------------------------

export type IncomeColumn =
  | 'total'
  | 'subtotal'
  | 'fiscal'
  | 'specialAccount'
  | 'business'
  | 'operating'
  | 'superior'
  | 'subsidiary'
  | 'other'
  | 'carryover';
export type ExpenditureColumn = 'total' | 'basic' | 'project' | 'operating' | 'remit' | 'subsidy';
export type FunctionalColumn = 'total' | 'basic' | 'project';
export type BasicColumn = 'total' | 'personnel' | 'public';

/**
 * A row of a table keyed by 科目编码. level 0 is the 合计 row; 1/2/3 are 类/款/项
 * (3/5/7 digit codes for 功能分类, 3/5 digits for 经济分类).
 */
export interface CodedRow<C extends string = string> {
  row: number;
  code: string;
  name: string;
  level: 0 | 1 | 2 | 3;
  nameCell: CellRef;
  codeCell?: CellRef;
  values: Partial<Record<C, Figure>>;
}

export interface CodedTable<K extends TableKind, C extends string> extends TableBase {
  kind: K;
  /** Columns the table has, in sheet order. */
  columns: C[];
  total?: CodedRow<C>;
  /** Data rows other than 合计, in sheet order. */
  rows: CodedRow<C>[];
}

export type IncomeTable = CodedTable<'income', IncomeColumn>;
export type ExpenditureTable = CodedTable<'expenditure', ExpenditureColumn>;
export type GeneralBudgetTable = CodedTable<'general_budget_expenditure', FunctionalColumn>;
export type GovFundTable = CodedTable<'gov_fund_expenditure', FunctionalColumn>;
export type StateCapitalTable = CodedTable<'state_capital_expenditure', FunctionalColumn>;
export type BasicExpenditureTable = CodedTable<'basic_expenditure', BasicColumn>;

// ---- summary tables (收支总表, 财政拨款收支总表) ------------------------------------------------

/**
 * Which income item a summary line is. Shanghai adds 'fiscal' (一、财政拨款收入, the parent of its 1. 一般公共预算 /
 * 2. 政府性基金 / 3. 国有资本经营预算 items, which keep 'general'/'fund'/'capital'), 'business' (事业收入) and
 * 'operating' (事业单位经营收入).
 */
export type IncomeItemRole =
  'general' | 'fund' | 'capital' | 'specialAccount' | 'unitFunds' | 'fiscal' | 'business' | 'operating' | 'other';

export interface SummaryLine {
  row: number;
  /** Label as written, e.g. '一、一般公共预算拨款收入'. */
  label: string;
  /** Label without its 一、 numbering, e.g. '一般公共服务支出'. */
  name: string;
  labelCell: CellRef;
  /**
   * income side: 'amount'; expenditure side: 'total' (and 'general','fund','capital' on the fiscal summary; and on
   * Shanghai's unit 收支总表 that splits 支出: 'basic' (基本支出, when it has its own column), 'personnel' (人员经费),
   * 'public' (公用经费), 'project' (项目支出)). A key is present only when the table has that column.
   */
  values: Partial<Record<SummaryValueKey, Figure>>;
}

export type SummaryValueKey =
  'amount' | 'total' | 'general' | 'fund' | 'capital' | 'basic' | 'personnel' | 'public' | 'project';

/** An income item of a summary table. */
export interface IncomeItem extends SummaryLine {
  role: IncomeItemRole;
  /**
   * 1 for a top item (一、…), 2 for a numbered part of the item above it (Shanghai's '1. 一般公共预算资金' under
   * '一、财政拨款收入'). Set by the reader; absent (built tables) means 1. Sum level-1 items only, or a parent's parts
   * only: adding both counts the parts twice.
   */
  level?: 1 | 2;
  /** Sheet row of the level-1 item a level-2 item is part of. */
  parentRow?: number;
}

export interface SummaryTableBase extends TableBase {
  /** 一、… 五、 income items (fiscal summary: 一、… 三、), with their role. */
  incomeItems: IncomeItem[];
  /** 功能类 spending rows (一、一般公共服务支出 …). */
  expenditureRows: SummaryLine[];
  /** 本年收入合计 (income side) */
  incomeTotal?: SummaryLine;
  /** 本年支出合计 (expenditure side) */
  expenditureTotal?: SummaryLine;
  /** 上年结转结余 / 年初财政拨款结转和结余 (income side) */
  carryIn?: SummaryLine;
  /** Sub-rows of carryIn on the fiscal summary (一般公共预算拨款 …). */
  carryInItems: Array<SummaryLine & { role: IncomeItemRole }>;
  /** 年终结转结余 / 年末财政拨款结转和结余 (expenditure side) */
  carryOut?: SummaryLine;
  /** 收入总计 */
  grandIncome?: SummaryLine;
  /** 支出总计 */
  grandExpenditure?: SummaryLine;
}

export interface IncomeExpenditureSummaryTable extends SummaryTableBase {
  kind: 'income_expenditure_summary';
}
export interface FiscalSummaryTable extends SummaryTableBase {
  kind: 'fiscal_summary';
}

// ---- 三公 ------------------------------------------------------------------------------------

export type ThreePublicRow = 'total' | 'outbound' | 'vehicle' | 'vehiclePurchase' | 'vehicleOps' | 'reception';
export type ThreePublicColumn = 'total' | 'general' | 'fund' | 'capital';

export interface ThreePublicTable extends TableBase {
  kind: 'three_public';
  /**
   * One entry per 三公 item. Hebei lists the items as rows with 合计 / 一般公共预算 / … columns; Shanghai writes one
   * data row of item columns, read as rows whose only value is 'total' (the item's cell) and whose label is the
   * item's header cell. An item the table has no row or column for is absent.
   */
  rows: Partial<Record<ThreePublicRow, { label: TextCell; values: Partial<Record<ThreePublicColumn, Figure>> }>>;
  /** 机关运行经费预算数 (Shanghai's column beside the 三公 items); absent when the table has no such column. */
  operatingCosts?: Figure;
}

// ---- projects ----------------------------------------------------------------------------------

export interface Indicator {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  /** 指标值 as written, e.g. '≤0.8万'. */
  value: TextCell;
}

export interface ProjectBlock {
  range: CellRange;
  title: TextCell;
  code?: TextCell;
  name: TextCell;
  /** 预算数; the cell is known even when blank. */
  budget: Figure;
  fiscal?: Figure;
  other?: Figure;
  /** 资金支出计划 (3月底/6月底/10月底/12月底) as percentages; null where blank. */
  plan: Array<{ label: string; percent: Decimal | null; cell: CellRef }>;
  indicators: Indicator[];
  /** The 项目资金 panel of a 财政项目支出绩效目标填报表 (Shanghai); absent on Hebei's 绩效目标表. */
  funds?: ProjectFunds;
}

/**
 * 项目资金 of a 财政项目支出绩效目标填报表: the whole project's money and this year's application, each with the
 * 其中 parts the form prints. A part the form does not print is absent, never zero.
 */
export interface ProjectFunds {
  /** 项目资金总额, with 其中：财政资金 and 其他资金. */
  project?: { total: Figure; fiscal?: Figure; other?: Figure };
  /** 年度资金申请总额 (the block's budget), with 其中：当年财政拨款, 上年结转资金 and 其他资金. */
  annual: { total: Figure; appropriation?: Figure; carryover?: Figure; other?: Figure };
}

export interface ProjectPerformanceTable extends TableBase {
  kind: 'project_performance';
  projects: ProjectBlock[];
}

// ---- procurement and assets ---------------------------------------------------------------------

/** Amount columns of the 政府采购预算 table (数量 is a count, not an amount). */
export type ProcurementColumn =
  | 'budgetFunds'
  | 'total'
  | 'general'
  | 'fund'
  | 'capital'
  | 'specialAccount'
  | 'unitFunds'
  | 'carryover'
  | 'smeShare'
  | 'unitPrice';

export interface ProcurementRow {
  label: TextCell;
  /**
   * The source project (政府采购项目来源 项目名称) when the table has that column; blank on an item row under a
   * merged project cell, which continues the project above.
   */
  project?: TextCell;
  /** The main amount: 政府采购金额 合计 (预算资金 when the table has no 金额 column). */
  amount: Figure;
  /** Every amount column the header has, blank cells included so rules can name them. */
  values: Partial<Record<ProcurementColumn, Figure>>;
}

export interface ProcurementTable extends TableBase {
  kind: 'procurement';
  rows: ProcurementRow[];
  total?: ProcurementRow;
}

export type AssetRow = 'total' | 'building' | 'officeBuilding' | 'vehicle' | 'equipment' | 'other';

export interface AssetsTable extends TableBase {
  kind: 'assets';
  /** 截止时间 as written, e.g. '2023-12-31'. */
  asOf?: TextCell;
  rows: Partial<Record<AssetRow, { label: TextCell; quantity?: Figure; value?: Figure }>>;
}

// ---- narrative -----------------------------------------------------------------------------------

export interface NarrativeTable extends TableBase {
  kind: 'narrative';
  /** One paragraph per non-empty cell, in reading order. */
  paragraphs: TextCell[];
}

export type TypedTable =
  | IncomeExpenditureSummaryTable
  | IncomeTable
  | ExpenditureTable
  | FiscalSummaryTable
  | GeneralBudgetTable
  | BasicExpenditureTable
  | GovFundTable
  | StateCapitalTable
  | ThreePublicTable
  | ProjectPerformanceTable
  | ProcurementTable
  | AssetsTable
  | NarrativeTable
  | FinalTypedTable;

export type TableOfKind<K extends TableKind> = Extract<TypedTable, { kind: K }>;

/** The recognised workbook: all typed tables plus the unit/year/measure most tables agree on. */
export interface BudgetWorkbook {
  source?: string;
  /** The template the workbook's titles follow best; absent means the default (Hebei) template. */
  template?: TemplateId;
  tables: TypedTable[];
  unitName?: string;
  year?: number;
  measure?: string;
}

/** The first table of a kind, typed. */
export function tableOf<K extends TableKind>(wb: BudgetWorkbook, kind: K): TableOfKind<K> | undefined {
  return wb.tables.find((t) => t.kind === kind) as TableOfKind<K> | undefined;
}

/** All tables of a kind, typed (duplicates happen). */
export function tablesOf<K extends TableKind>(wb: BudgetWorkbook, kind: K): Array<TableOfKind<K>> {
  return wb.tables.filter((t) => t.kind === kind) as Array<TableOfKind<K>>;
}
