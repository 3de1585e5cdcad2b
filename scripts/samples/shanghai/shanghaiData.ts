/**
 * A Shanghai district 部门预算 (TEMPLATE-SHANGHAI.md) as data, the way it is published: the nine tables' figures as
 * printed (元 to the fen, '12029501.84'; the 三公 table in 万元, '867.50'; null for a blank cell) and the 情况说明
 * paragraphs. layoutShanghai writes it in the template's layout; the property tests generate consistent instances.
 */
import type { BasicColumnKey, CodedTableData, FiscalColumnKey, FunctionalColumnKey, Money } from '../budgetData';

export type { Money } from '../budgetData';

/** Table 2 (收入预算总表) amount columns, in sheet order. */
export const SH_INCOME_COLUMNS = ['total', 'fiscal', 'business', 'operating', 'other'] as const;
export type ShIncomeColumnKey = (typeof SH_INCOME_COLUMNS)[number];

/** Table 1's 支出 side: 预算数 alone, or 合计 / 人员经费 / 公用经费 / 项目支出 when 基本支出 is split. */
export const SH_SUMMARY_COLUMNS = ['total', 'personnel', 'public', 'project'] as const;
export type ShSummaryColumnKey = (typeof SH_SUMMARY_COLUMNS)[number];

/** Table 1's 收入 side, in sheet order. */
export const SH_SUMMARY_INCOME_KEYS = [
  'fiscal',
  'general',
  'fund',
  'capital',
  'business',
  'operating',
  'other',
] as const;
export type ShSummaryIncomeKey = (typeof SH_SUMMARY_INCOME_KEYS)[number];

/** Table 4's 收入 side, in sheet order. */
export const SH_FISCAL_INCOME_KEYS = ['general', 'fund', 'capital'] as const;
export type ShFiscalIncomeKey = (typeof SH_FISCAL_INCOME_KEYS)[number];

/** One 支出 row of table 1 or 4: the 功能分类 class name (numbered when laid out) and its amounts. */
export interface ShClassRow<C extends string> {
  name: string;
  amounts: Partial<Record<C, Money>>;
}

/** 部门财务收支预算总表. */
export interface ShSummaryData {
  income: Record<ShSummaryIncomeKey, Money>;
  incomeTotal: Money;
  expenditureRows: Array<ShClassRow<ShSummaryColumnKey>>;
  expenditureTotal: Partial<Record<ShSummaryColumnKey, Money>>;
  /** 基本支出 split into 人员经费 / 公用经费 (the 单位预算 layout, some 部门 too). */
  split: boolean;
}

/** 部门财政拨款收支预算总表. */
export interface ShFiscalSummaryData {
  income: Record<ShFiscalIncomeKey, Money>;
  incomeTotal: Money;
  expenditureRows: Array<ShClassRow<FiscalColumnKey>>;
  expenditureTotal: Partial<Record<FiscalColumnKey, Money>>;
}

export const SH_THREE_PUBLIC_KEYS = [
  'total',
  'outbound',
  'reception',
  'vehicle',
  'vehiclePurchase',
  'vehicleOps',
  'operatingCosts',
] as const;
export type ShThreePublicKey = (typeof SH_THREE_PUBLIC_KEYS)[number];

/** 部门“三公”经费和机关运行经费预算表: one row, in 万元. */
export type ShThreePublicData = Record<ShThreePublicKey, Money>;

export interface ShanghaiBudgetData {
  /** 编制部门, e.g. '上海市普陀区人民政府办公室'. */
  unitName: string;
  year: number;
  summary: ShSummaryData;
  income: CodedTableData<ShIncomeColumnKey>;
  expenditure: CodedTableData<FunctionalColumnKey>;
  fiscalSummary: ShFiscalSummaryData;
  generalBudget: CodedTableData<FunctionalColumnKey>;
  govFund: CodedTableData<FunctionalColumnKey>;
  stateCapital: CodedTableData<FunctionalColumnKey>;
  basic: CodedTableData<BasicColumnKey>;
  threePublic: ShThreePublicData;
  /** The 情况说明 sheet, one paragraph per row. */
  narrative: string[];
}
