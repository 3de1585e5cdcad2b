import type { TemplateId } from '../templates/types';
import { normalizeParagraph } from './findAmounts';

/** Text of a province's blank template left in place: '增加（减少）XXX万元（持平）', '主要原因是……', '（若无，则写…）'. */
export interface TemplateText {
  raw: string;
  /** What was left, in Chinese, e.g. '未填写的金额'. */
  what: string;
  start: number;
  end: number;
}

interface TemplateTextPattern {
  what: string;
  pattern: RegExp;
}

/**
 * The blank Shanghai template's own placeholder wording (TEMPLATE-SHANGHAI.md "Unfilled template text"), matched on
 * normalised text (ASCII parentheses). Its X runs ('XXX万元', 'x,xxx万元', 'XX辆', 'XX（部门）') are template text
 * too, so narrative-placeholder leaves them to this vocabulary.
 */
const SHANGHAI_TEMPLATE_TEXT: readonly TemplateTextPattern[] = [
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

/** Each template's vocabulary of unfilled text. Hebei's placeholders (XX, 【请填写】) are narrative-placeholder's. */
export const TEMPLATE_TEXT: Record<TemplateId, readonly TemplateTextPattern[]> = {
  hebei: [],
  shanghai: SHANGHAI_TEMPLATE_TEXT,
};

/** Every piece of the template's unfilled wording in a paragraph, in reading order, overlaps merged. */
export function findTemplateText(text: string, template: TemplateId): TemplateText[] {
  const s = normalizeParagraph(text);
  const found: TemplateText[] = [];
  for (const { what, pattern } of TEMPLATE_TEXT[template]) {
    for (const m of s.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (end > start) found.push({ raw: text.slice(start, end), what, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
