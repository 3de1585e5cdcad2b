import { normalizeParagraph } from '../findAmounts';

/** '人员经费2949.02万元，主要包括：基本工资、津贴补贴…；' — the names a figure is said to be made of. */
export interface NameList {
  /** The words the list belongs to, e.g. '人员经费'. */
  of: string;
  names: string[];
  start: number;
  end: number;
}

const LIST = /(人员经费|公用经费)[^;。]{0,30}?主要(?:包括|用于|有)\s*:?\s*([^;。]+)/g;

/** Every '<人员经费|公用经费>…主要包括：a、b、c' of a paragraph; a trailing '等' closes the list. */
export function readNameLists(text: string): NameList[] {
  const s = normalizeParagraph(text);
  const lists: NameList[] = [];
  for (const m of s.matchAll(LIST)) {
    const start = (m.index ?? 0) + m[0].length - m[2].length;
    const names = m[2]
      .replace(/等\s*$/, '')
      .split('、')
      .map((n) => n.trim())
      .filter(Boolean);
    lists.push({ of: m[1], names, start, end: start + m[2].length });
  }
  return lists;
}
