import type Decimal from 'decimal.js';
import type { YearBudgetFigures } from '../budgetVsFinal/types';

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

/**
 * The 部门决算 情况说明 (JUESUAN.md §5): sections 一 to 十一; 五, 七 and 十一 are written as their parts
 * （一）（二）（三）, each under its own heading row.
 */
export const FINAL_NARRATIVE_SECTION_IDS = [
  'overall',
  'income',
  'expenditure',
  'fiscal_overall',
  'general_budget',
  'general_budget_structure',
  'general_budget_items',
  'basic',
  'three_public',
  'three_public_detail',
  'gov_fund',
  'state_capital',
  'performance',
  'operating_costs',
  'procurement',
  'assets',
] as const;

export type NarrativeSectionId =
  | (typeof NARRATIVE_SECTION_IDS)[number]
  | (typeof SHANGHAI_NARRATIVE_SECTION_IDS)[number]
  | (typeof FINAL_NARRATIVE_SECTION_IDS)[number];

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

/** “三公” 决算数 as the 决算 text states them: the total and its three items (no 购置/运行 split). */
export type FinalThreePublicFigures = Partial<Pick<ThreePublicFigures, 'total' | 'outbound' | 'vehicle' | 'reception'>>;

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
  /** 决算: 收入支出总计 (表1 总计). */
  grandTotal?: Decimal;
  /** 决算: 财政拨款收入支出总计 (表4 总计). */
  fiscalGrandTotal?: Decimal;
  /** 决算: 机关运行经费支出. (一般公共预算财政拨款支出 is `general`.) */
  operatingCosts?: Decimal;
  /** 决算: the “三公” 决算数 the 决算 text compares, item by item; any may be unknown. */
  threePublicActual?: FinalThreePublicFigures;
}

export interface NarrativeOptions {
  previous?: PreviousYearFigures;
  /** 决算: the same year's 年初预算 figures (the 预算 workbook, or typed); absent leaves placeholders. */
  budget?: YearBudgetFigures;
}
