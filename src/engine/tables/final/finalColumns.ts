import type { FunctionalColumn } from '../types';
import type { FinalExpenditureColumn, FinalFundColumn, FinalIncomeColumn } from '../finalTypes';
import type { ColumnSpec, HeaderColumn } from '../readHeader';

/** The 决算 tables keyed by 科目编码 (表2, 表3, 表5, 表8, 表9); 表6 has its own blocks. */
export type FinalCodedKind =
  'final_income' | 'final_expenditure' | 'final_general_budget_expenditure' | 'final_gov_fund' | 'final_state_capital';

/*
 * Tests on the whole header path, not the leaf: 生态环境局 adds a '决算数' row under every amount column, so the
 * leaf says nothing and the word that names the column sits one row up.
 */
const pathHas =
  (word: string) =>
  (h: HeaderColumn): boolean =>
    h.path.some((p) => p.includes(word));
const pathIs =
  (...words: string[]) =>
  (h: HeaderColumn): boolean =>
    h.path.some((p) => words.includes(p));

const FINAL_INCOME_COLUMNS: Array<ColumnSpec<FinalIncomeColumn>> = [
  ['total', pathIs('本年收入合计', '收入合计', '合计', '总计')],
  ['fiscal', pathHas('财政拨款')],
  ['superior', pathHas('上级补助')],
  ['business', pathHas('事业收入')],
  ['operating', pathHas('经营收入')],
  ['affiliated', pathHas('附属单位')],
  ['other', pathHas('其他收入')],
];

const FINAL_EXPENDITURE_COLUMNS: Array<ColumnSpec<FinalExpenditureColumn>> = [
  ['total', pathIs('本年支出合计', '支出合计', '合计', '总计')],
  ['basic', pathHas('基本支出')],
  ['project', pathHas('项目支出')],
  ['toSuperior', pathHas('上缴上级')],
  ['operating', pathHas('经营支出')],
  ['toAffiliated', pathHas('附属单位')],
];

const FINAL_FUNCTIONAL_COLUMNS: Array<ColumnSpec<FunctionalColumn>> = [
  ['total', pathIs('合计', '本年支出合计', '小计')],
  ['basic', pathHas('基本支出')],
  ['project', pathHas('项目支出')],
];

/** 年初结转和结余 | 本年收入 | 本年支出 {合计 (财政局: 小计), 基本支出, 项目支出} | 年末结转和结余; 公开09表 spend only. */
const FINAL_FUND_COLUMNS: Array<ColumnSpec<FinalFundColumn>> = [
  ['begin', pathHas('年初结转')],
  ['end', pathHas('年末结转')],
  ['income', pathHas('本年收入')],
  ['spendBasic', pathHas('基本支出')],
  ['spendProject', pathHas('项目支出')],
  ['spend', (h) => ['合计', '小计', '本年支出合计'].includes(h.leaf) || h.leaf === '本年支出'],
];

export const FINAL_COLUMN_SPECS: Record<FinalCodedKind, Array<ColumnSpec<string>>> = {
  final_income: FINAL_INCOME_COLUMNS,
  final_expenditure: FINAL_EXPENDITURE_COLUMNS,
  final_general_budget_expenditure: FINAL_FUNCTIONAL_COLUMNS,
  final_gov_fund: FINAL_FUND_COLUMNS,
  final_state_capital: FINAL_FUND_COLUMNS,
};

export function isFinalCodedKind(kind: string): kind is FinalCodedKind {
  return kind in FINAL_COLUMN_SPECS;
}
