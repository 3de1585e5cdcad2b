import Decimal from 'decimal.js';

/**
 * Units of measure a budget table or sentence is published in. Hebei prints everything in 万元; Shanghai prints
 * its tables in 元 and its text (and the 三公 table) in 万元, so figures are compared after conversion.
 */
export type Measure = '元' | '千元' | '万元' | '亿元';

const YUAN_PER: Record<Measure, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

/**
 * What a figure is in and how finely it was rounded. `step` is the rounding step in the figure's own measure:
 * 0.01 for 万元 printed with two decimals, 1 for 元 printed without decimals, and 0 for figures that are exact
 * (元 to the fen): a gap between exact figures is never 尾差.
 */
export interface FigureUnit {
  measure: Measure;
  step: Decimal;
}

/** Hebei's (and the original engine's) policy: 万元 rounded to 0.01. Figures without a unit are this. */
export const WAN_CENTS: FigureUnit = { measure: '万元', step: new Decimal('0.01') };

export function isMeasure(text: string | undefined): text is Measure {
  return text === '元' || text === '千元' || text === '万元' || text === '亿元';
}

/** A value in `from` expressed in `to` (exact decimal arithmetic). */
export function convert(value: Decimal, from: Measure, to: Measure): Decimal {
  if (from === to) return value;
  return value.times(YUAN_PER[from]).dividedBy(YUAN_PER[to]);
}

/** Steps already converted, by unit and measure: every comparison asks for the same few (units are never changed). */
const STEPS = new WeakMap<FigureUnit, Map<Measure, { step: Decimal; half: Decimal }>>();

function stepsIn(unit: FigureUnit, to: Measure): { step: Decimal; half: Decimal } {
  let byMeasure = STEPS.get(unit);
  if (!byMeasure) STEPS.set(unit, (byMeasure = new Map()));
  let steps = byMeasure.get(to);
  if (!steps) {
    const step = convert(unit.step, unit.measure, to);
    byMeasure.set(to, (steps = { step, half: step.dividedBy(2) }));
  }
  return steps;
}

/** The rounding step of `unit` expressed in `to`. */
export function stepIn(unit: FigureUnit, to: Measure): Decimal {
  return stepsIn(unit, to).step;
}

/** Half the rounding step of `unit` in `to`: how far rounding may have moved one figure. */
export function halfStepIn(unit: FigureUnit, to: Measure): Decimal {
  return stepsIn(unit, to).half;
}

/** Decimal places a number format prints ('#,##0.00' → 2, '#,##0' → 0); undefined when it does not say. */
export function formatDecimals(numberFormat: string | undefined): number | undefined {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return undefined;
  const section = numberFormat.split(';')[0].replace(/"[^"]*"/g, '');
  if (!/[0#]/.test(section)) return undefined;
  const m = /\.([0#]+)/.exec(section);
  return m ? m[1].length : 0;
}

/**
 * The unit of the figures of one table: its measure, and the step the printed decimals give. 万元 (and coarser)
 * tables keep the 0.01 step of BRIEF §3 whatever they print; 元 tables printed to the fen are exact.
 */
export function tableUnit(measure: Measure, printedDecimals: number): FigureUnit {
  if (measure === '元' && printedDecimals >= 2) return { measure, step: new Decimal(0) };
  if (measure === '元' || measure === '千元')
    return { measure, step: new Decimal(10).pow(-Math.min(printedDecimals, 2)) };
  return { measure, step: new Decimal('0.01') };
}

/** A value as printed: two decimals, as the tables print both 元 and 万元. */
export function formatIn(value: Decimal): string {
  return value.toFixed(2);
}

/** '元' after a figure where the measure is not the 万元 the reader assumes; '' for 万元. */
export function measureSuffix(measure: Measure): string {
  return measure === '万元' ? '' : measure;
}

/**
 * A figure for a message: two decimals, with its measure unless it is 万元 ('334.50', '12029501.84元'), so
 * 万元 messages read exactly as they always have.
 */
export function formatMeasured(value: Decimal, measure: Measure): string {
  return `${formatIn(value)}${measureSuffix(measure)}`;
}

/** '单位：万元', '价值（金额单位：万元）' → '万元'; '单位：元' → '元'; other text as it stands. */
export function normalizeMeasure(text: string): string {
  const s = text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s/g, '');
  const m = /(?:金额单位|单位)[:：]?([^)）]*)/.exec(s);
  const unit = (m ? m[1] : s).replace(/[()（）]/g, '');
  // '万元（保留两位小数）' is still 万元.
  return /^(亿元|百万元|万元|千元|元)/.exec(unit)?.[1] ?? unit;
}
