import { normalizeParagraph } from './findAmounts';

/** A year a paragraph mentions: '2021年', '2023-12-31', '2023.12.31'. */
export interface YearMention {
  year: number;
  /** The text as written, e.g. '2021年'. */
  raw: string;
  start: number;
  end: number;
  /** Inside a title in 《…》 or a document number 〔…〕/[…] (law names, 文号): not a statement about the budget. */
  inTitle: boolean;
  /** When the year opens or closes a span ('2021-2025年'), the span's other end. */
  rangeWith?: number;
}

/** A four-digit year 19xx/20xx followed by 年 or by a month (-MM, .MM, /MM). */
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?=年|[-./](?:0?[1-9]|1[0-2])(?![\d.]*(?:万|元|亿|%))(?:\D|$))/g;
/** 'YYYY-YYYY年', 'YYYY年至YYYY年', 'YYYY—YYYY年'. */
const RANGE = /(?<!\d)((?:19|20)\d{2})年?\s*(?:-|—|–|~|至|到)\s*((?:19|20)\d{2})(?=年)/g;

function insideTitles(s: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of s.matchAll(/《[^》]*》|〔[^〕]*〕|\[[^\]]*\]|【[^】]*】/g)) {
    const start = m.index ?? 0;
    spans.push([start, start + m[0].length]);
  }
  return spans;
}

export function findYears(text: string): YearMention[] {
  const s = normalizeParagraph(text);
  const titles = insideTitles(s);
  const ranges = new Map<number, number>();
  for (const m of s.matchAll(RANGE)) {
    const start = m.index ?? 0;
    const a = Number(m[1]);
    const b = Number(m[2]);
    ranges.set(start, b);
    ranges.set(start + m[0].length - m[2].length, a);
  }
  const years: YearMention[] = [];
  for (const m of s.matchAll(YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[1].length;
    const inTitle = titles.some(([a, b]) => start >= a && end <= b);
    const rangeWith = ranges.get(start);
    years.push({
      year: Number(m[1]),
      raw: text.slice(start, s[end] === '年' ? end + 1 : end),
      start,
      end,
      inTitle,
      ...(rangeWith !== undefined ? { rangeWith } : {}),
    });
  }
  return years;
}
