import Decimal from 'decimal.js';
import { findSubjectItems, type SubjectItem } from '../../narrativeText';
import type { Finding, Severity } from '../../findings';
import type { TextCell } from '../../tables/types';
import type { Rule } from '../rule';
import { narrativeParagraphs } from './paragraphs';

const HUNDRED = new Decimal(100);

/** The rate a sentence should print: (B − A) / A × 100, rounded half-up to the decimals it prints. */
export function growthRate(previous: Decimal, current: Decimal, decimals: number): Decimal {
  return current.minus(previous).dividedBy(previous).times(HUNDRED).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

function signed(p: Decimal, kind: 'increase' | 'decrease' | 'flat'): Decimal {
  return kind === 'decrease' ? p.negated() : p;
}

function formatRate(value: Decimal, decimals: number): string {
  return `${value.isNegative() ? '减少' : '增加'}${value.abs().toFixed(decimals)}%`;
}

function checkItem(item: SubjectItem, paragraph: TextCell): Finding | null {
  const e = item.execution;
  const change = e?.change;
  if (!e || !change) return null;
  // The rate is of the item's own figure (the one the table has) over last year's execution.
  const current = item.amount.value;
  const previous = e.previous.value;
  const what = `科目“${item.subject}”${e.previousYear}年预算执行数${e.previous.raw}、${e.year}年${item.amount.raw}`;
  const make = (severity: Severity, message: string, expected: string, actual: string): Finding => ({
    ruleId: narrativeGrowthRate.id,
    family: narrativeGrowthRate.family,
    severity,
    message,
    cells: [paragraph.cell],
    table: 'narrative',
    expected,
    actual,
  });
  if (change.kind === 'flat') {
    if (current.equals(previous)) return null;
    const rate = previous.isZero() ? undefined : growthRate(previous, current, 2);
    return make(
      'error',
      `情况说明所列${what}，写“持平”不符${rate ? `：应为${formatRate(rate, 2)}` : ''}`,
      rate ? formatRate(rate, 2) : '非持平',
      '持平',
    );
  }
  const percent = change.percent;
  if (!percent) return null;
  const stated = signed(percent.value, change.kind);
  if (previous.isZero()) {
    // A new item (nothing executed last year) is conventionally stated '增加100.00%'.
    if (change.kind === 'increase' && percent.value.equals(HUNDRED) && current.isPositive()) return null;
    return make(
      'warning',
      `情况说明所列${what}：上年为0，增减比例“${percent.raw}”无法计算，请核实`,
      '上年为0',
      percent.raw,
    );
  }
  const expected = growthRate(previous, current, percent.decimals);
  if (expected.equals(stated)) return null;
  const step = new Decimal(10).pow(-percent.decimals);
  const truncated = current
    .minus(previous)
    .dividedBy(previous)
    .times(HUNDRED)
    .toDecimalPlaces(percent.decimals, Decimal.ROUND_DOWN);
  const truncation = truncated.equals(stated) && expected.minus(stated).abs().equals(step);
  return make(
    truncation ? 'info' : 'error',
    `${truncation ? '尾差：' : ''}情况说明所列${what}，增减比例应为${formatRate(expected, percent.decimals)}，实为${formatRate(stated, percent.decimals)}`,
    formatRate(expected, percent.decimals),
    formatRate(stated, percent.decimals),
  );
}

/** '比2022年预算执行数增加P%' must be (B − A) / A of the figures the item states (B: the item's own figure). */
export const narrativeGrowthRate: Rule = {
  id: 'narrative-growth-rate',
  family: 'narrative',
  document: 'budget',
  severity: 'error',
  title: '情况说明中所述增减比例应等于（本年数 − 上年执行数）÷ 上年执行数',
  check(ctx) {
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      for (const item of findSubjectItems(paragraph.text)) {
        const f = checkItem(item, paragraph);
        if (f) findings.push(f);
      }
    }
    return findings;
  },
};
