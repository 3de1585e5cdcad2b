import { FINAL_TABLE_KINDS } from '../tableKinds';
import { FINAL_TEMPLATE_TEXT } from './finalTemplateText';
import { FINAL_TITLES } from './finalTitles';
import type { BudgetTemplate } from './types';

/**
 * The national 部门决算公开表 (财政部 公开01表 … 公开09表, JUESUAN.md §3.2, §6): the same nine tables, with a
 * '公开NN表' tag, a '部门：' / '金额单位：万元' row, 行次 columns and a 栏次 row. Its titles read as Shanghai's; the
 * layout marks tell them apart.
 */
export const NATIONAL_FINAL: BudgetTemplate = {
  id: 'national-final',
  name: '部门决算公开表（公开01–09表）',
  document: 'final',
  titles: FINAL_TITLES,
  tables: FINAL_TABLE_KINDS,
  measure: '万元',
  textMeasure: '万元',
  performanceCoversAllProjects: false,
  templateText: FINAL_TEMPLATE_TEXT,
  emptyNoteExample: '注：本表为空表。',
  layoutMarks: [/^公开\d{2}表$/, /^栏次$/, /^行次$/],
};
