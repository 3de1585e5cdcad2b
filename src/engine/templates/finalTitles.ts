import type { TableKind } from '../tableKinds';

/**
 * Titles of the nine 决算 tables (JUESUAN.md §3.1, §6.2), most specific first: recognised by their words, never by
 * their number, since provinces number and order them differently. Matched against the bare title (see titleKind).
 */
export const FINAL_TITLES: ReadonlyArray<readonly [TableKind, RegExp]> = [
  ['final_fiscal_summary', /财政拨款收入支出决算总表$/],
  ['final_income_expenditure_summary', /收入支出决算总表$/],
  // '一般公共预算财政拨款三公经费支出决算表', '…三公经费及会议费、培训费支出决算表'.
  ['final_three_public', /三公经费.*决算表$/],
  ['final_basic_expenditure', /一般公共预算财政拨款基本支出决算(明细)?表$/],
  ['final_general_budget_expenditure', /一般公共预算财政拨款支出决算表$/],
  ['final_gov_fund', /政府性基金预算财政拨款(收入)?支出决算表$/],
  ['final_state_capital', /国有资本经营预算财政拨款(收入)?支出决算表$/],
  // 陕西 2020: 收入决算总表 / 支出决算总表. Sichuan's extra 项目支出决算表 and 明细表 are not 表2/表3.
  ['final_income', /收入决算(总)?表$/],
  ['final_expenditure', /(?<!项目|财政拨款)支出决算(总)?表$/],
  ['narrative', /决算.*说明$|决算单位构成$/],
];
