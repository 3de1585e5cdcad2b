import { toHalfWidth } from '../amount';

/** Any character normalizeLabel changes or removes (a bookmark starts with '['). */
const CHANGED_BY_NORMALIZING = /[\uFF01-\uFF5E\s\u00a0\u3000"'“”‘’「」『』（）：[]/;

/**
 * Text as the recognizer compares it: half-width, no spaces (templates pad labels like '项  目'),
 * Chinese and straight quotes dropped (“三公” / "三公" / 三公), and Word bookmarks left by conversions removed.
 */
export function normalizeLabel(text: string): string {
  // Most labels hold none of the characters below: skip the replacing (it runs for every cell read).
  if (!CHANGED_BY_NORMALIZING.test(text)) return text;
  return toHalfWidth(text)
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/[\s\u00a0\u3000]/g, '')
    .replace(/["'“”‘’「」『』]/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/：/g, ':');
}

/** Chinese or Arabic list numbering at the start of a label: '一、', '（二）', '3、', '1.'. */
const NUMBERING = /^(\(?[一二三四五六七八九十百]+\)?[、.]?|\(?\d+\)?[、.]|其中:)/;

/** Label without its list numbering: '一、一般公共服务支出' → '一般公共服务支出'. */
export function stripNumbering(label: string): string {
  return normalizeLabel(label).replace(NUMBERING, '');
}
