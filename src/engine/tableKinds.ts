/** The 预算 kind ids of BRIEF §2, used in code and in the JSON contract. */
export const BUDGET_TABLE_KINDS = [
  'income_expenditure_summary',
  'income',
  'expenditure',
  'fiscal_summary',
  'general_budget_expenditure',
  'basic_expenditure',
  'gov_fund_expenditure',
  'state_capital_expenditure',
  'three_public',
  'project_performance',
  'procurement',
  'assets',
  'narrative',
] as const;

/**
 * The nine 部门决算 tables of JUESUAN.md §3 (公开01–09表, Shanghai 一 to 九). The 情况说明 is 'narrative' in both
 * documents: the template, not the kind, says which sentences it holds.
 */
export const FINAL_TABLE_KINDS = [
  'final_income_expenditure_summary',
  'final_income',
  'final_expenditure',
  'final_fiscal_summary',
  'final_general_budget_expenditure',
  'final_basic_expenditure',
  'final_three_public',
  'final_gov_fund',
  'final_state_capital',
] as const;

/** Every kind id, 预算 first. */
export const TABLE_KINDS = [...BUDGET_TABLE_KINDS, ...FINAL_TABLE_KINDS] as const;

export type BudgetTableKind = (typeof BUDGET_TABLE_KINDS)[number];
export type FinalTableKind = (typeof FINAL_TABLE_KINDS)[number];
export type TableKind = BudgetTableKind | FinalTableKind;

/** Chinese names for reports and the task pane. */
export const TABLE_KIND_NAMES: Record<TableKind, string> = {
  income_expenditure_summary: '部门预算收支总表',
  income: '部门预算收入总表',
  expenditure: '部门预算支出总表',
  fiscal_summary: '财政拨款收支总表',
  general_budget_expenditure: '一般公共预算财政拨款支出表',
  basic_expenditure: '一般公共预算财政拨款基本支出表',
  gov_fund_expenditure: '政府性基金预算财政拨款支出表',
  state_capital_expenditure: '国有资本经营预算财政拨款支出表',
  three_public: '财政拨款“三公”经费支出表',
  project_performance: '项目支出绩效目标表',
  procurement: '部门政府采购预算表',
  assets: '部门固定资产占用情况表',
  narrative: '情况说明',
  final_income_expenditure_summary: '收入支出决算总表',
  final_income: '收入决算表',
  final_expenditure: '支出决算表',
  final_fiscal_summary: '财政拨款收入支出决算总表',
  final_general_budget_expenditure: '一般公共预算财政拨款支出决算表',
  final_basic_expenditure: '一般公共预算财政拨款基本支出决算表',
  final_three_public: '财政拨款“三公”经费支出决算表',
  final_gov_fund: '政府性基金预算财政拨款收入支出决算表',
  final_state_capital: '国有资本经营预算财政拨款收入支出决算表',
};
