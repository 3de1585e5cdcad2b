import type { TemplateTextPattern } from './types';

/**
 * The blank Shanghai template's own placeholder wording (TEMPLATE-SHANGHAI.md "Unfilled template text"), matched on
 * normalised text (ASCII parentheses). Its X runs ('XXX万元', 'x,xxx万元', 'XX辆', 'XX（部门）') are template text
 * too, so narrative-placeholder leaves them to this vocabulary.
 */
export const SHANGHAI_TEMPLATE_TEXT: readonly TemplateTextPattern[] = [
  {
    what: '未填写的数字或名称',
    pattern: /(?<![A-Za-z])[Xx](?:,?[Xx])+(?![A-Za-z])|(?<![A-Za-z])[Xx](?=\s*(?:万元|元|辆|台|家|个|项))/g,
  },
  { what: '未删去的备选字样', pattern: /增加\s*\(\s*减少\s*\)|减少\s*\(\s*增加\s*\)|\(\s*持平\s*\)/g },
  { what: '未填写的原因或用途', pattern: /(?:主要原因是|主要用于)\s*:?\s*(?:…+|\.{3,}|(?=[。;]|$))/g },
  {
    what: '未删去的填写说明',
    pattern: /\((?:若无|无政府采购预算的部门|说明项目|列举具体|绩效目标管理工作情况)[^)]*\)/g,
  },
];
