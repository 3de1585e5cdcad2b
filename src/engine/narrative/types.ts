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

export type NarrativeSectionId = (typeof NARRATIVE_SECTION_IDS)[number];

export interface NarrativeSection {
  id: NarrativeSectionId;
  /** Section heading as published, e.g. '收入说明'. */
  title: string;
  /** The paragraph to paste into the 情况说明. */
  text: string;
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
}

export interface NarrativeOptions {
  previous?: PreviousYearFigures;
}
