import { normalizeParagraph } from './findAmounts';

/** Template text left unfilled: 'XX万元', '×××', '【请填写】', '【请填写原因】'. */
export interface Placeholder {
  raw: string;
  start: number;
  end: number;
}

const PLACEHOLDER = new RegExp(
  [
    // XX, xx, ××, ＸＸ (normalised to XX), not inside a Latin word such as 'XXL'
    '(?<![A-Za-z])(?:[Xx]{2,}|×{2,}|\\*{2,}|□{2,}|○{2,})(?![A-Za-z])',
    // 【请填写】 and similar bracketed instructions
    '【[^】]{0,30}?(?:填写|填报|补充|待定|待填|输入|XX|xx|原因)[^】]{0,30}?】',
    '【\\s*】',
    '\\[(?:请填写|请补充|请输入)[^\\]]{0,30}\\]',
  ].join('|'),
  'g',
);

export function findPlaceholders(text: string): Placeholder[] {
  const s = normalizeParagraph(text);
  const found: Placeholder[] = [];
  for (const m of s.matchAll(PLACEHOLDER)) {
    const start = m.index ?? 0;
    found.push({ raw: text.slice(start, start + m[0].length), start, end: start + m[0].length });
  }
  return found;
}
