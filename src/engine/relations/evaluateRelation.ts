import Decimal from 'decimal.js';
import {
  compareFigureSame,
  figureEnvelope,
  roundToStep,
  unitOf,
  valueIn,
  type FigureComparison,
  type Measured,
} from '../tolerance';
import { stepIn, type FigureUnit } from '../units';
import type { RelationOperator, RelationRounding, RelationStatus, RelationTerm } from './types';

/** What evaluating a relation gives: the Relation's numbers, plus the expected/actual a finding's message names. */
export interface RelationEvaluation {
  unit: FigureUnit;
  status: RelationStatus;
  /** Σ coefficient × value in unit.measure (actual − expected). */
  residual: Decimal;
  tolerance: Decimal;
  /** Σ of the −1 terms (the parts, the reference). */
  expected: Decimal;
  /** Σ of the +1 terms (the total, the stated figure). */
  actual: Decimal;
}

const STATUS: Record<FigureComparison['status'], RelationStatus> = {
  equal: 'holds',
  rounding: 'rounding',
  mismatch: 'fails',
};

function isNonZero(t: RelationTerm): boolean {
  return !t.figure.value.isZero();
}

/** The first non-zero term; found, not filtered: every check states relations, most of them holding. */
function firstNonZero(terms: readonly RelationTerm[]): RelationTerm | undefined {
  return terms.find(isNonZero);
}

/** At most one non-zero term. */
function atMostOneNonZero(terms: readonly RelationTerm[]): boolean {
  let count = 0;
  for (const t of terms) if (isNonZero(t) && ++count > 1) return false;
  return true;
}

/** The unit a relation is evaluated in: the first non-zero stated figure's, else the first stated, else the first. */
function relationUnit(positive: readonly RelationTerm[], negative: readonly RelationTerm[]): FigureUnit {
  const first = firstNonZero(positive) ?? positive[0] ?? firstNonZero(negative) ?? negative[0];
  return unitOf(first?.figure ?? {});
}

/**
 * A part no larger than its whole, each figure as precise as the other: the finer rounded half-up to the coarser's
 * step (13,500元 against 1.35万元), then no tolerance.
 */
function partExceeds(part: Measured, whole: Measured): boolean {
  const partUnit = unitOf(part);
  const wholeUnit = unitOf(whole);
  const partStep = stepIn(partUnit, '元');
  const wholeStep = stepIn(wholeUnit, '元');
  if (partStep.eq(wholeStep)) return part.value.gt(valueIn(whole, partUnit.measure));
  if (partStep.lt(wholeStep)) return roundToStep(valueIn(part, wholeUnit.measure), wholeUnit.step).gt(whole.value);
  return part.value.gt(roundToStep(valueIn(whole, partUnit.measure), partUnit.step));
}

/**
 * The same figure stated twice: compareFigureSame on the one non-zero figure of each side (zero when none); for
 * 'le', the stated part against its whole at the coarser precision.
 */
function evaluateCoarser(
  positive: readonly RelationTerm[],
  negative: readonly RelationTerm[],
  operator: RelationOperator,
): RelationEvaluation {
  const unit = relationUnit(positive, negative);
  const zero: Measured = { value: new Decimal(0), unit };
  const stated = firstNonZero(positive)?.figure ?? zero;
  const reference = firstNonZero(negative)?.figure ?? zero;
  const cmp = compareFigureSame(stated, reference);
  if (operator === 'le') {
    const status = partExceeds(stated, reference) ? 'fails' : 'holds';
    return {
      unit,
      status,
      residual: cmp.difference,
      tolerance: cmp.envelope,
      expected: cmp.expected,
      actual: cmp.actual,
    };
  }
  return {
    unit: cmp.unit,
    status: STATUS[cmp.status],
    residual: cmp.difference,
    tolerance: cmp.envelope,
    expected: cmp.expected,
    actual: cmp.actual,
  };
}

/**
 * Σ stated against Σ reference in the first stated figure's unit, with the envelope of every figure not taken as
 * exact: compareFigureSum when one total stands against its parts, compareFigureTotals when the zeros are exact.
 */
function evaluateEnvelope(
  positive: readonly RelationTerm[],
  negative: readonly RelationTerm[],
  operator: RelationOperator,
): RelationEvaluation {
  const unit = relationUnit(positive, negative);
  // A zero adds nothing: blank cells are skipped rather than converted and added.
  const sum = (ts: readonly RelationTerm[]) =>
    ts.reduce((a, t) => (t.figure.value.isZero() ? a : a.plus(valueIn(t.figure, unit.measure))), new Decimal(0));
  const actual = sum(positive);
  const expected = sum(negative);
  const residual = actual.minus(expected);
  const rounded: Measured[] = [];
  for (const side of [positive, negative]) for (const t of side) if (!t.exact) rounded.push(t.figure);
  const tolerance = figureEnvelope(rounded, unit.measure);
  // 'le': a part no larger than its whole, so only an excess counts.
  const gap = operator === 'le' ? Decimal.max(residual, 0) : residual.abs();
  let status: RelationStatus = 'holds';
  if (!gap.isZero()) status = gap.lte(tolerance) ? 'rounding' : 'fails';
  return { unit, status, residual, tolerance, expected, actual };
}

/**
 * The one evaluator of every relation: Σ coefficient × value compared with zero, as the comparing rules have always
 * decided (tolerance.ts). A 'coarser' relation with more than one non-zero figure on a side is a sum after all.
 */
export function evaluateRelation(
  terms: readonly RelationTerm[],
  operator: RelationOperator,
  rounding: RelationRounding,
): RelationEvaluation {
  const positive = terms.filter((t) => t.coefficient === 1);
  const negative = terms.filter((t) => t.coefficient === -1);
  const single = atMostOneNonZero(positive) && atMostOneNonZero(negative);
  if (rounding === 'coarser' && single) return evaluateCoarser(positive, negative, operator);
  return evaluateEnvelope(positive, negative, operator);
}
