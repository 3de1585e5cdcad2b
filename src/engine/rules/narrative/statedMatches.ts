import Decimal from 'decimal.js';
import type { StatedAmount } from '../../narrativeText';
import type { Figure } from '../../tables/types';
import { convert, WAN_CENTS, type Measure } from '../../units';

/** Decimal places the text prints: '9,101.68万元' → 2, '4,614万元' → 0. */
export function printedDecimals(stated: StatedAmount): number {
  return /\.(\d+)/.exec(stated.raw)?.[1].length ?? 0;
}

/** The stated amount in the unit it is written in ('5000元' → 5000, '2.4万元' → 2.4). */
export function statedInOwnUnit(stated: StatedAmount): Decimal {
  return convert(stated.value, '万元', stated.unit);
}

/**
 * A table figure as the text would print it: converted to the text's unit and rounded half-up to the decimals the
 * text prints ('4,614万元' is 46,140,000 元; '9,101.68万元' is 91,016,775.35 元).
 */
export function tableFigureAsPrinted(figure: Figure, stated: StatedAmount): Decimal {
  const measure: Measure = (figure.unit ?? WAN_CENTS).measure;
  return convert(figure.value, measure, stated.unit).toDecimalPlaces(printedDecimals(stated), Decimal.ROUND_HALF_UP);
}

/**
 * True when the text states the table figure. Text and table in one unit (Hebei: both 万元) must be equal as they
 * stand; a table in another unit (Shanghai: 元) is rounded to what the text prints first.
 */
export function statedMatches(stated: StatedAmount, figure: Figure): boolean {
  const measure: Measure = (figure.unit ?? WAN_CENTS).measure;
  if (measure === stated.unit) return statedInOwnUnit(stated).equals(figure.value);
  return tableFigureAsPrinted(figure, stated).equals(statedInOwnUnit(stated));
}
