import { BUDGET_TABLE_KINDS } from '../tableKinds';
import {
  BASIC_EXPENDITURE_HEADER,
  FISCAL_SUMMARY_HEADER,
  functionalHeader,
  INCOME_HEADER,
  SUMMARY_HEADER,
} from './headerSignatures';
import type { BudgetTemplate } from './types';

/**
 * The Hebei 部门预算公开 template (BRIEF §2): thirteen tables in 万元, 科目编码 in one column, 合计 at the top,
 * 序号 and 栏次 columns, project performance / procurement / assets tables of their own.
 */
export const HEBEI: BudgetTemplate = {
  id: 'hebei',
  name: '河北省部门预算公开模板',
  document: 'budget',
  titles: [
    ['fiscal_summary', /财政拨款收支总表$/],
    ['income_expenditure_summary', /收支总表$/],
    ['income', /收入总表$/],
    ['expenditure', /支出总表$/],
    ['basic_expenditure', /基本支出(预算)?表$/],
    ['general_budget_expenditure', /一般公共预算(财政拨款)?支出(预算)?表$/],
    ['gov_fund_expenditure', /政府性基金预算(财政拨款)?支出(预算)?表$/],
    ['state_capital_expenditure', /国有资本经营预算(财政拨款)?支出(预算)?表$/],
    ['three_public', /三公经费(支出|预算)?(预算)?表$/],
    ['project_performance', /绩效目标表$/],
    ['procurement', /政府采购预算(表|明细表)?$/],
    ['assets', /固定资产占用(情况)?表$/],
    // A 决算情况说明 belongs to the 决算 templates: a 预算 template never reads a 决算 heading.
    ['narrative', /^(?!.*决算).*情况说明$/],
  ],
  headers: [
    FISCAL_SUMMARY_HEADER,
    SUMMARY_HEADER,
    INCOME_HEADER,
    functionalHeader('expenditure', /^(经营支出|上解上级支出|对附属单位补助支出)$/),
    BASIC_EXPENDITURE_HEADER,
    { kind: 'three_public', header: [/^项目$/, /^合计$/, /一般公共预算/], rows: [/因公出国/, /公务接待/] },
  ],
  // BRIEF §2's standard kinds are Hebei's tables; the 情况说明 is often kept in the Word document instead.
  tables: BUDGET_TABLE_KINDS.filter((k) => k !== 'narrative'),
  measure: '万元',
  textMeasure: '万元',
  performanceCoversAllProjects: true,
  // Hebei's placeholders (XX, 【请填写】) are narrative-placeholder's errors.
  templateText: [],
  emptyNoteExample: '注：无…，空表列示。',
};
