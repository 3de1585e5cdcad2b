/** The fixed kind ids of BRIEF §2, used in code and in the JSON contract. */
export const TABLE_KINDS = [
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

export type TableKind = (typeof TABLE_KINDS)[number];

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
};
