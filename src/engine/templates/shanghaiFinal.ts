import { FINAL_TABLE_KINDS } from '../tableKinds';
import { FINAL_TEMPLATE_TEXT } from './finalTemplateText';
import { FINAL_TITLES } from './finalTitles';
import type { BudgetTemplate } from './types';

/**
 * The Shanghai district 部门决算 (JUESUAN.md §3, the 2024 template and four real documents): nine tables in 万元 with
 * two decimals, no 行次 or 栏次, 类/款/项 columns or one code column, 合计 at the top of 表2/表3 and at the bottom of
 * 表5, 三公 columns grouped by item.
 */
export const SHANGHAI_FINAL: BudgetTemplate = {
  id: 'shanghai-final',
  name: '上海市区级部门决算模板',
  document: 'final',
  titles: FINAL_TITLES,
  tables: FINAL_TABLE_KINDS,
  measure: '万元',
  textMeasure: '万元',
  performanceCoversAllProjects: false,
  templateText: FINAL_TEMPLATE_TEXT,
  emptyNoteExample: '说明：…本年度没有…，故本表无数据。',
};
