import type Decimal from 'decimal.js';

/** The 情况说明 sections generated from the tables (BRIEF §4), in publication order. */
export const NARRATIVE_SECTION_IDS = [
  'income',
  'expenditure',
  'change',
  'operating_costs',
  'three_public',
  'procurement',
  'assets',
  'performance',
] as const;

/**
 * The Shanghai template's sections (TEMPLATE-SHANGHAI.md): the 部门预算编制说明, then the five parts of
 * 其他相关情况说明 in their published order. Parts that say what a Hebei section says keep its id.
 */
export const SHANGHAI_NARRATIVE_SECTION_IDS = [
  'compilation',
  'three_public',
  'operating_costs',
  'procurement',
  'performance',
  'assets',
] as const;

export type NarrativeSectionId =
  (typeof NARRATIVE_SECTION_IDS)[number] | (typeof SHANGHAI_NARRATIVE_SECTION_IDS)[number];

export interface NarrativeSection {
  id: NarrativeSectionId;
  /** Section heading as published, e.g. '收入说明'. */
  title: string;
  /** The heading rows of the inserted block ('其他相关情况说明', '一、…'); absent means '1、收入说明'. */
  headings?: readonly string[];
  /** The paragraph to paste into the 情况说明; a section of several paragraphs has them one per line. */
  text: string;
  /** A section of several paragraphs: one row each in the inserted block (absent: `text` is one row). */
  paragraphs?: readonly string[];
  /** What the author should know: a table total that differs from its rows, a figure that is missing. */
  notes: string[];
}

/** “三公” figures of one year, in 万元. */
export interface ThreePublicFigures {
  total: Decimal;
  outbound: Decimal;
  vehicle: Decimal;
  vehiclePurchase: Decimal;
  vehicleOps: Decimal;
  reception: Decimal;
}

/** Last year's budget figures, from last year's workbook or typed by the user (万元). */
export interface PreviousYearFigures {
  year?: number;
  /** 预算收支 total. */
  total?: Decimal;
  basic?: Decimal;
  project?: Decimal;
  threePublic?: ThreePublicFigures;
  /** 财政拨款收入 and 财政拨款支出 with its three parts (the Shanghai 编制说明 states their changes). */
  fiscalIncome?: Decimal;
  fiscalExpenditure?: Decimal;
  general?: Decimal;
  fund?: Decimal;
  capital?: Decimal;
}

export interface NarrativeOptions {
  previous?: PreviousYearFigures;
}
