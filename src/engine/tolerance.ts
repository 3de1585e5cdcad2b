import Decimal from 'decimal.js';
import { convert, halfStepIn, stepIn, WAN_CENTS, type FigureUnit, type Measure } from './units';

/**
 * 尾差 policy (BRIEF §3). Amounts are rounded to 0.01; a sum of n rounded parts may differ from its
 * rounded total by up to 0.005 × (n + 1). Inside that envelope the gap is rounding (info), beyond it
 * an error. The same figure stated twice gets no envelope. The figure-level comparisons below generalise this to
 * figures in any unit (元 tables, 万元 text): the envelope is half of each figure's rounding step, so figures
 * published in 元 to the fen get none.
 */
export type SumStatus = 'equal' | 'rounding' | 'mismatch';

export const HALF_CENT = new Decimal('0.005');
/** Decimals never change, so one zero serves every comparison that has no envelope. */
const ZERO = new Decimal(0);

export function roundingEnvelope(partCount: number): Decimal {
  return HALF_CENT.times(partCount + 1);
}

export interface SumComparison {
  status: SumStatus;
  /** Σ parts */
  expected: Decimal;
  /** the stated total */
  actual: Decimal;
  /** actual − expected */
  difference: Decimal;
}

export function compareSum(total: Decimal, parts: readonly Decimal[]): SumComparison {
  const expected = parts.reduce((a, b) => a.plus(b), new Decimal(0));
  const difference = total.minus(expected);
  const gap = difference.abs();
  let status: SumStatus = 'equal';
  if (!gap.isZero()) status = gap.lte(roundingEnvelope(parts.length)) ? 'rounding' : 'mismatch';
  return { status, expected, actual: total, difference };
}

/** The same figure stated twice: any difference is a mismatch. */
export function compareSame(stated: Decimal, reference: Decimal): SumComparison {
  const difference = stated.minus(reference);
  return { status: difference.isZero() ? 'equal' : 'mismatch', expected: reference, actual: stated, difference };
}

// ---- figure-level comparisons (units) -------------------------------------------------------------

/** What a comparison needs of a figure: its value in its own unit (a Figure is one). */
export interface Measured {
  value: Decimal;
  /** Absent means 万元 rounded to 0.01 (WAN_CENTS). */
  unit?: FigureUnit;
}

export interface FigureComparison extends SumComparison {
  /** The unit expected, actual, difference and envelope are in: the total's (or the stated figure's). */
  unit: FigureUnit;
  /** The widest gap rounding explains, in unit.measure; 0 when every figure is exact. */
  envelope: Decimal;
}

export function unitOf(f: Measured): FigureUnit {
  return f.unit ?? WAN_CENTS;
}

/** A figure's value expressed in `measure`. */
export function valueIn(f: Measured, measure: Measure): Decimal {
  return convert(f.value, unitOf(f).measure, measure);
}

/**
 * How far rounding can move a sum of these figures, in `measure`: half of each figure's rounding step. All 万元
 * 0.01 figures give today's 0.005 per figure; 元 to the fen gives 0 (exact); whole 元 gives 0.5 元.
 */
export function figureEnvelope(figures: readonly Measured[], measure: Measure): Decimal {
  // Usually all of one table's unit: one multiplication instead of an addition per figure (exact either way).
  const unit = figures.length > 0 ? unitOf(figures[0]) : undefined;
  if (unit && figures.every((f) => unitOf(f) === unit)) return halfStepIn(unit, measure).times(figures.length);
  return figures.reduce((a, f) => a.plus(halfStepIn(unitOf(f), measure)), new Decimal(0));
}

/** `value` rounded half-up to a multiple of `step` (a step of 0 leaves it as it is). */
export function roundToStep(value: Decimal, step: Decimal): Decimal {
  if (step.isZero()) return value;
  return value.dividedBy(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
}

/**
 * A stated total against Σ parts, each converted to the total's measure. Inside the envelope (the half-steps of
 * the total and every part) the gap is 尾差; beyond it, or between exact figures, a mismatch.
 */
export function compareFigureSum(total: Measured, parts: readonly Measured[]): FigureComparison {
  const unit = unitOf(total);
  const expected = parts.reduce((a, p) => a.plus(valueIn(p, unit.measure)), new Decimal(0));
  const difference = total.value.minus(expected);
  const envelope = figureEnvelope([total, ...parts], unit.measure);
  const gap = difference.abs();
  let status: SumStatus = 'equal';
  if (!gap.isZero()) status = gap.lte(envelope) ? 'rounding' : 'mismatch';
  return { status, expected, actual: total.value, difference, unit, envelope };
}

/**
 * The same figure stated twice. In one precision any difference is a mismatch. In two (a 元 table figure and a
 * 万元 one) they are equal when the finer, rounded half-up to the coarser's step, is exactly the coarser.
 * Values are reported in the stated figure's unit.
 */
export function compareFigureSame(stated: Measured, reference: Measured): FigureComparison {
  const unit = unitOf(stated);
  const referenceUnit = unitOf(reference);
  const expected = valueIn(reference, unit.measure);
  const difference = stated.value.minus(expected);
  const statedStep = stepIn(unit, '元');
  const referenceStep = stepIn(referenceUnit, '元');
  let equal: boolean;
  if (statedStep.eq(referenceStep)) equal = difference.isZero();
  else if (statedStep.gt(referenceStep)) equal = roundToStep(expected, unit.step).eq(stated.value);
  else equal = roundToStep(valueIn(stated, referenceUnit.measure), referenceUnit.step).eq(reference.value);
  return {
    status: equal ? 'equal' : 'mismatch',
    expected,
    actual: stated.value,
    difference,
    unit,
    envelope: ZERO,
  };
}

/**
 * Σ stated against Σ reference (a sum in one table against figures in another). Zero figures are exact and left
 * out; with at most one non-zero figure on each side it is the same figure stated twice (compareFigureSame),
 * else a sum with the envelope of every non-zero figure. Values are in the first stated figure's unit.
 */
export function compareFigureTotals(stated: readonly Measured[], reference: readonly Measured[]): FigureComparison {
  const nonZero = (fs: readonly Measured[]) => fs.filter((f) => !f.value.isZero());
  const s = nonZero(stated);
  const r = nonZero(reference);
  const unit = unitOf(s[0] ?? stated[0] ?? r[0] ?? {});
  if (s.length <= 1 && r.length <= 1) {
    const zero = { value: new Decimal(0), unit };
    return compareFigureSame(s[0] ?? zero, r[0] ?? zero);
  }
  const sum = (fs: readonly Measured[]) => fs.reduce((a, f) => a.plus(valueIn(f, unit.measure)), new Decimal(0));
  const actual = sum(s);
  const expected = sum(r);
  const difference = actual.minus(expected);
  const envelope = figureEnvelope([...s, ...r], unit.measure);
  const gap = difference.abs();
  let status: SumStatus = 'equal';
  if (!gap.isZero()) status = gap.lte(envelope) ? 'rounding' : 'mismatch';
  return { status, expected, actual, difference, unit, envelope };
}
