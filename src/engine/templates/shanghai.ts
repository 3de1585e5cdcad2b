import { SHANGHAI_TEMPLATE_TEXT } from './shanghaiTemplateText';
import {
  BASIC_EXPENDITURE_HEADER,
  FISCAL_SUMMARY_HEADER,
  functionalHeader,
  INCOME_HEADER,
  SUMMARY_HEADER,
} from './headerSignatures';
import type { BudgetTemplate } from './types';

/**
 * The Shanghai district 部门预算 / 单位预算 template (TEMPLATE-SHANGHAI.md): nine tables in 元 (the 三公 table in
 * 万元), 类/款/项 codes in separate columns, 合计 at the bottom, no 序号 or 栏次. Projects, procurement and assets
 * are text in 其他相关情况说明, not tables; the 财政项目支出绩效目标填报表 forms, where published, are
 * project_performance.
 */
export const SHANGHAI: BudgetTemplate = {
  id: 'shanghai',
  name: '上海市区级部门预算模板',
  document: 'budget',
  titles: [
    ['fiscal_summary', /财政拨款收支(预算)?总表$/],
    ['income_expenditure_summary', /收支(预算)?总表$/],
    ['income', /收入(预算)?总表$/],
    ['expenditure', /支出(预算)?总表$/],
    ['basic_expenditure', /基本支出.*(经济分类预算表|明细表)$/],
    ['general_budget_expenditure', /一般公共预算(拨款)?支出功能分类预算表$/],
    ['gov_fund_expenditure', /政府性基金预算(拨款)?支出功能分类预算表$/],
    ['state_capital_expenditure', /国有资本经营预算(拨款)?支出功能分类预算表$/],
    ['three_public', /三公经费和机关运行(经)?费(预算)?表$/],
    ['project_performance', /项目支出绩效目标(填报)?表$/],
    ['narrative', /^(?!.*决算).*(编制说明|情况说明|主要职能|机构设置|名词解释)$/],
  ],
  headers: [
    FISCAL_SUMMARY_HEADER,
    SUMMARY_HEADER,
    INCOME_HEADER,
    functionalHeader('expenditure', /^支出预算$/),
    functionalHeader('general_budget_expenditure', /^一般公共预算支出$/),
    functionalHeader('gov_fund_expenditure', /^政府性基金预算支出$/),
    functionalHeader('state_capital_expenditure', /^国有资本经营预算支出$/),
    BASIC_EXPENDITURE_HEADER,
    { kind: 'three_public', header: [/因公出国/, /公务接待/, /购置/, /运行/] },
  ],
  tables: [
    'income_expenditure_summary',
    'income',
    'expenditure',
    'fiscal_summary',
    'general_budget_expenditure',
    'gov_fund_expenditure',
    'state_capital_expenditure',
    'basic_expenditure',
    'three_public',
  ],
  measure: '元',
  tableMeasures: { three_public: '万元' },
  textMeasure: '万元',
  performanceCoversAllProjects: false,
  templateText: SHANGHAI_TEMPLATE_TEXT,
  emptyNoteExample: '注：无…，故本表为空表。',
  columnNames: { income: { operating: '事业单位经营收入' } },
};
