import type Decimal from 'decimal.js';
import type { Finding, RuleFamily, Severity } from '../findings';
import type { TableKind } from '../tableKinds';
import type { Figure } from '../tables/types';
import type { Measure } from '../units';

/*
 * Relations (issue 10): every check that compares figures states what it compares, whether it holds or not, so
 * the diagnosis can look at all of them together and find the one cell whose change explains the failures.
 */

/** Where a figure stated in a 情况说明 paragraph stands, so a fix can replace just its digits. */
export interface TextSpan {
  /** The paragraph as read (one paragraph of the cell; a cell with line breaks holds several). */
  paragraph: string;
  /** The figure's digits in `paragraph`, [start, end), e.g. '357.11' of '基本支出357.11万元'. */
  start: number;
  end: number;
  /** The cell's whole text, and where the paragraph starts in it. */
  cellText: string;
  paragraphStart: number;
}

/** One figure of a relation: a table cell, or a figure stated in text (then `text` is set). */
export interface RelationTerm {
  /** The figure in its own unit (Figure.unit; absent means 万元 rounded to 0.01). */
  figure: Figure;
  /** The relation is Σ coefficient × value (each converted to `measure`) compared with 0. */
  coefficient: 1 | -1;
  text?: TextSpan;
  /**
   * A zero figure the check takes as exact (a blank part, a zero left out of a cross-table sum): it is still a term
   * (a blank cell may be the culprit) but does not widen the 尾差 envelope.
   */
  exact?: boolean;
  /**
   * A figure the relation takes as evidence, never as the one to change (the 情况说明's figure for a budget the
   * table leaves blank): the diagnosis offers no fix on it.
   */
  evidence?: boolean;
}

/** 'eq': Σ = 0 within the tolerance; 'le': Σ ≤ tolerance (a part no larger than its whole). */
export type RelationOperator = 'eq' | 'le';

/**
 * How figures of different precision are compared: 'envelope' — a sum, |Σ| within the half-steps of its figures
 * (BRIEF §3 尾差); 'coarser' — the same figure stated twice, equal when the finer figure rounded half-up to the
 * coarser one's step is exactly the coarser one (a 元 table cell against a 万元 sentence).
 */
export type RelationRounding = 'envelope' | 'coarser';

/** holds; 'rounding': off by no more than the 尾差 envelope; 'fails'. */
export type RelationStatus = 'holds' | 'rounding' | 'fails';

export interface Relation {
  ruleId: string;
  family: RuleFamily;
  /** The severity of a failure (a 'rounding' status is info unless strict). */
  severity: Severity;
  operator: RelationOperator;
  terms: RelationTerm[];
  /** The unit the relation is evaluated in (its first term's). */
  measure: Measure;
  rounding: RelationRounding;
  /** The 尾差 envelope in `measure` ('envelope' relations); 0 when every figure is exact. */
  tolerance: Decimal;
  status: RelationStatus;
  /** Σ coefficient × value in `measure`. */
  residual: Decimal;
  /** Chinese description, as the finding's message begins. */
  describe: string;
  table?: TableKind;
  /** The finding derived from it; absent when it holds. */
  finding?: Finding;
}
