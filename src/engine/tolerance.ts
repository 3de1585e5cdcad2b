import Decimal from 'decimal.js';

/**
 * 尾差 policy (BRIEF §3). Amounts are rounded to 0.01; a sum of n rounded parts may differ from its
 * rounded total by up to 0.005 × (n + 1). Inside that envelope the gap is rounding (info), beyond it
 * an error. The same figure stated twice gets no envelope.
 */
export type SumStatus = 'equal' | 'rounding' | 'mismatch';

export const HALF_CENT = new Decimal('0.005');

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
