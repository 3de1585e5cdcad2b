import { templateById } from '../templates';
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

/** Every piece of the template's unfilled wording (its `templateText` vocabulary) in a paragraph, in reading order, overlaps merged. */
export function findTemplateText(text: string, template: TemplateId): TemplateText[] {
  const s = normalizeParagraph(text);
  const found: TemplateText[] = [];
  for (const { what, pattern } of templateById(template).templateText) {
    for (const m of s.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (end > start) found.push({ raw: text.slice(start, end), what, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
