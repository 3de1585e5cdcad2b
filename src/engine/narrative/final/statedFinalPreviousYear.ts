import type Decimal from 'decimal.js';
import { normalizeParagraph } from '../../narrativeText';
import { tablesOf, type BudgetWorkbook } from '../../tables/types';
import { AMOUNT, amountOf } from '../shanghai/statedInText';
import type { StatedPreviousField, StatedPreviousYear } from '../statedPreviousYear';
import type { PreviousYearFigures } from '../types';
import { threePublicFinalFigures } from './threePublicFinalFigures';

/** A change as the 决算 text words it (normalised: '，' is ','): '减少56.95万元' or '持平'. */
const CHANGE = `(?:(增加|减少)${AMOUNT}万元|(?:基本)?持平)`;

/**
 * Statements 'S X万元 … 与Y年度相比，S 减少D万元' (一, 四, 五（一）) and '机关运行经费支出X万元，比Y年度增加D万元':
 * this year's X as stated, so last year's is X ∓ D.
 */
const WITH_FIGURE: ReadonlyArray<readonly [StatedPreviousField, RegExp]> = [
  [
    'grandTotal',
    new RegExp(`(?<!财政拨款)收入支出总计${AMOUNT}万元.{0,40}?与(\\d{4})年度?相比,(?<!财政拨款)收入支出总计${CHANGE}`),
  ],
  [
    'fiscalGrandTotal',
    new RegExp(`财政拨款收入支出总计${AMOUNT}万元.{0,40}?与(\\d{4})年度?相比,财政拨款收入支出总计${CHANGE}`),
  ],
  [
    'general',
    new RegExp(`一般公共预算财政拨款支出${AMOUNT}万元.{0,40}?与(\\d{4})年度?相比,一般公共预算财政拨款支出${CHANGE}`),
  ],
  ['operatingCosts', new RegExp(`机关运行经费支出${AMOUNT}万元,(?:比|与)(\\d{4})年度?${CHANGE}`)],
];

/** 三公 changes state no figure of this year: it is 表7's 决算数. */
const THREE_PUBLIC: ReadonlyArray<
  readonly [StatedPreviousField, 'total' | 'outbound' | 'vehicle' | 'reception', RegExp]
> = [
  ['threePublicTotal', 'total', new RegExp(`“三公”经费财政拨款支出决算数(?:比|与)(\\d{4})年度?${CHANGE}`)],
  ['outbound', 'outbound', new RegExp(`因公出国\\(境\\)费支出决算[^;。]*?${CHANGE}`)],
  ['vehicle', 'vehicle', new RegExp(`公务用车购置及运行维护费支出决算[^;。]*?${CHANGE}`)],
  ['reception', 'reception', new RegExp(`公务接待费支出决算[^;。]*?${CHANGE}`)],
];

/** '年初预算为2993.92万元' of 五（三）: this year's 年初预算 合计 as the text already states it. */
const BUDGET = new RegExp(`一般公共预算财政拨款支出年初预算为${AMOUNT}万元`);

function lastYear(now: Decimal, way: string | undefined, whole: string | undefined, fraction: string | undefined) {
  if (!way) return now;
  const d = amountOf(whole, fraction);
  return way === '增加' ? now.minus(d) : now.plus(d);
}

/**
 * Last year's 决算 figures as the workbook's own 情况说明 states them (JUESUAN.md §5): '收入支出总计2995.39万元。
 * 与2023年度相比，收入支出总计减少56.95万元' gives 2023's 3052.34. The first statement of a figure wins; a
 * comparison with another year than the one before the 决算 year is left out. Also this year's 年初预算 合计.
 */
export function statedFinalPreviousYear(workbook: BudgetWorkbook, year: number | undefined): StatedPreviousYear {
  const amounts: StatedPreviousYear['amounts'] = {};
  const expected = year === undefined ? undefined : year - 1;
  const paragraphs = tablesOf(workbook, 'narrative').flatMap((t) => t.paragraphs.map((p) => p.text));
  const actual = threePublicFinalFigures(workbook)?.actual;
  let statedYear: number | undefined;
  for (const text of paragraphs) {
    const s = normalizeParagraph(text);
    for (const [field, re] of WITH_FIGURE) {
      const m = re.exec(s);
      if (!m || amounts[field] || (expected !== undefined && Number(m[3]) !== expected)) continue;
      const value = lastYear(amountOf(m[1], m[2]), m[4], m[5], m[6]);
      if (value.isNegative()) continue;
      amounts[field] = { value, raw: text.slice(m.index, m.index + m[0].length) };
      statedYear ??= Number(m[3]);
    }
    for (const [field, key, re] of THREE_PUBLIC) {
      const m = re.exec(s);
      const now = actual?.[key];
      if (!m || !now || amounts[field]) continue;
      const groups = field === 'threePublicTotal' ? m.slice(2) : m.slice(1);
      if (field === 'threePublicTotal' && expected !== undefined && Number(m[1]) !== expected) continue;
      const value = lastYear(now, groups[0], groups[1], groups[2]);
      if (!value.isNegative()) amounts[field] = { value, raw: text.slice(m.index, m.index + m[0].length) };
    }
    const b = BUDGET.exec(s);
    if (b && !amounts.budgetGeneral)
      amounts.budgetGeneral = { value: amountOf(b[1], b[2]), raw: text.slice(b.index, b.index + b[0].length) };
  }
  const v = (f: StatedPreviousField) => amounts[f]?.value;
  const previous = (['grandTotal', 'fiscalGrandTotal', 'general', 'operatingCosts'] as const).filter((f) => v(f));
  const threePublic = THREE_PUBLIC.filter(([f]) => v(f));
  if (!previous.length && !threePublic.length) return { amounts };
  const figures: PreviousYearFigures = { year: statedYear ?? expected };
  for (const f of previous) figures[f] = v(f);
  if (threePublic.length) figures.threePublicActual = Object.fromEntries(threePublic.map(([f, key]) => [key, v(f)]));
  return { figures, amounts };
}
