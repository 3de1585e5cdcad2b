import Decimal from 'decimal.js';

/** expected/actual as printed ('1,234.50'); undefined when either is not a plain amount. */
function toDecimal(text: string | undefined): Decimal | undefined {
  if (text === undefined) return undefined;
  const clean = text.replace(/[,\s]/g, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(clean)) return undefined;
  return new Decimal(clean);
}

/** 差额 = actual − expected with a sign, two decimals; undefined when it cannot be computed. */
export function difference(expected: string | undefined, actual: string | undefined): string | undefined {
  const e = toDecimal(expected);
  const a = toDecimal(actual);
  if (!e || !a) return undefined;
  const d = a.minus(e);
  const places = Math.max(2, e.decimalPlaces(), a.decimalPlaces());
  return `${d.isPositive() && !d.isZero() ? '+' : ''}${d.toFixed(places)}`;
}
