import type { TemplateTextPattern } from './types';

/**
 * The 部门决算 template's own wording that must not survive into a published text (JUESUAN.md §4 F9), matched on
 * normalised text (ASCII parentheses).
 */
export const FINAL_TEMPLATE_TEXT: readonly TemplateTextPattern[] = [
  {
    what: '未填写的数字或名称',
    pattern: /(?<![A-Za-z])[Xx](?:,?[Xx])+(?![A-Za-z])|(?<![A-Za-z])[Xx](?=\s*(?:万元|元|辆|台|个|项|%|人次|批次))/g,
  },
  { what: '未删去的备选字样', pattern: /\((?:增长|减少|下降|增加)\)|\(如持平作持平表述\)|\(不涉及的不列\)/g },
  { what: '未删去的填写说明', pattern: /列明|无[^。]{0,40}的,?仍保留该表格式,?并在本表下方作下述说明:?/g },
];
