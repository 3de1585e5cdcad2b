import type Decimal from 'decimal.js';
import type { CellRef } from '../grid';
import type { ThreePublicRow } from '../tables/types';

/** One 年初预算 figure, in 万元, with where it was read (absent when typed by the user). */
export interface BudgetAmount {
  value: Decimal;
  /** The cell of the 预算 workbook it came from ('预算' file cells are not in the checked workbook). */
  cell?: CellRef;
}

/**
 * The same year's 年初预算 figures a 决算 is compared with and its completion rates computed from (issue 13 §4–5):
 * read from the year's 部门预算 workbook or typed in the pane. Absent means unknown, never zero.
 */
export interface YearBudgetFigures {
  /** The 预算 year (must be the 决算 year). */
  year?: number;
  /** Where the figures came from, for messages: the 预算 file name, or '手工填写'. */
  source: string;
  /** 一般公共预算财政拨款支出 年初预算: the 合计, and per 功能分类 code (类 3, 款 5, 项 7 digits). */
  general?: { total?: BudgetAmount; byCode: ReadonlyMap<string, BudgetAmount> };
  /** 财政拨款“三公”经费 预算数 per item. */
  threePublic?: Partial<Record<ThreePublicRow, BudgetAmount>>;
  /** 机关运行经费 预算数, where the 预算 states it. */
  operatingCosts?: BudgetAmount;
}
