import type { TextCell } from '../../tables/types';
import { normalizeParagraph } from '../findAmounts';

/**
 * The sections of a 决算 情况说明 (JUESUAN.md §5), named by what their heading says rather than by number: other
 * provinces insert or drop sections, so '五、' is not always the 一般公共预算 section.
 */
export type FinalSectionId =
  | 'overall'
  | 'income'
  | 'expenditure'
  | 'fiscalOverall'
  | 'generalOverall'
  | 'generalStructure'
  | 'generalItems'
  | 'basic'
  | 'threePublicOverall'
  | 'threePublicDetail'
  | 'govFund'
  | 'stateCapital'
  | 'performance'
  | 'operatingCosts'
  | 'procurement'
  | 'assets';

export interface FinalSection {
  id: FinalSectionId;
  heading: TextCell;
  /** The paragraphs after the heading, up to the next heading. */
  paragraphs: TextCell[];
}

const TOP = /^\s*[一二三四五六七八九十]{1,3}\s*[、.]/;
const SUB = /^\s*\(\s*[一二三四五六七八九十]{1,2}\s*\)/;
/** A heading is short; a sentence starting '一、' inside a paragraph is not one. */
const MAX_HEADING = 40;

/** Top headings, most specific first ('一般公共预算财政拨款基本支出' before '一般公共预算财政拨款支出'). */
const TOP_HEADINGS: ReadonlyArray<[RegExp, FinalSectionId | 'general' | 'threePublic' | 'other']> = [
  [/财政拨款收入支出决算总体/, 'fiscalOverall'],
  [/收入支出决算总体/, 'overall'],
  [/基本支出决算/, 'basic'],
  [/一般公共预算财政拨款支出决算/, 'general'],
  [/三公/, 'threePublic'],
  [/政府性基金/, 'govFund'],
  [/国有资本经营/, 'stateCapital'],
  [/收入决算/, 'income'],
  [/支出决算/, 'expenditure'],
  [/绩效/, 'performance'],
  [/其他重要事项/, 'other'],
];

const SUB_HEADINGS: Record<'general' | 'threePublic' | 'other', ReadonlyArray<[RegExp, FinalSectionId]>> = {
  general: [
    [/总体/, 'generalOverall'],
    [/结构/, 'generalStructure'],
    [/具体/, 'generalItems'],
  ],
  threePublic: [
    [/总体/, 'threePublicOverall'],
    [/具体/, 'threePublicDetail'],
  ],
  other: [
    [/机关运行经费/, 'operatingCosts'],
    [/政府采购/, 'procurement'],
    [/国有资产|资产占有/, 'assets'],
  ],
};

type Parent = keyof typeof SUB_HEADINGS;
const isParent = (id: string): id is Parent => id in SUB_HEADINGS;

/** Where a parent's paragraphs go before its first （一）: the 三公 总体 sentence sometimes has no sub-heading. */
const FIRST_SUB: Partial<Record<Parent, FinalSectionId>> = {
  general: 'generalOverall',
  threePublic: 'threePublicOverall',
};

/** The sections of a 决算 情况说明, in reading order; paragraphs before the first heading belong to none. */
export function findFinalSections(paragraphs: readonly TextCell[]): FinalSection[] {
  const sections: FinalSection[] = [];
  let parent: { id: Parent; heading: TextCell } | undefined;
  let current: FinalSection | undefined;
  const open = (id: FinalSectionId, heading: TextCell): FinalSection => {
    const section = { id, heading, paragraphs: [] };
    sections.push(section);
    return section;
  };
  for (const p of paragraphs) {
    const s = normalizeParagraph(p.text).trim();
    const short = s.length <= MAX_HEADING;
    if (short && TOP.test(s)) {
      const found = TOP_HEADINGS.find(([re]) => re.test(s))?.[1];
      parent = found && isParent(found) ? { id: found, heading: p } : undefined;
      current = found && !isParent(found) ? open(found, p) : undefined;
      continue;
    }
    if (short && SUB.test(s) && parent) {
      const id = SUB_HEADINGS[parent.id].find(([re]) => re.test(s))?.[1];
      current = id ? open(id, p) : undefined;
      continue;
    }
    if (!current && parent && !sections.some((x) => x.heading === parent?.heading)) {
      const first = FIRST_SUB[parent.id];
      if (first) current = open(first, parent.heading);
    }
    current?.paragraphs.push(p);
  }
  return sections;
}

/** The paragraphs of every section `id` (a document may split one section over several cells). */
export function sectionParagraphs(sections: readonly FinalSection[], id: FinalSectionId): TextCell[] {
  return sections.filter((s) => s.id === id).flatMap((s) => s.paragraphs);
}
