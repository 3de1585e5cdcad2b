import Decimal from 'decimal.js';
import type { Finding, Severity } from '../../findings';
import {
  clauseAmounts,
  readContradictoryChanges,
  readGrowthClauses,
  type FinalSectionId,
  type GrowthClause,
} from '../../narrativeText/final';
import { normalizeParagraph } from '../../narrativeText';
import type { Figure, TextCell, ThreePublicRow } from '../../tables/types';
import type { Rule } from '../rule';
import { finalSections, finalTables, type FinalTables } from './finalTables';

const HUNDRED = new Decimal(100);

/** This year's figure a change is of, and its rounding half-step (both 0.01万元 figures: 0.005). */
interface Current {
  value: Decimal;
  raw: string;
  figure?: Figure;
}

/** The 三公 item a '…支出决算增加X万元' clause is about, by the words since the last clause break. */
function threePublicItem(text: string, at: number): ThreePublicRow {
  const s = normalizeParagraph(text).slice(0, at);
  const clause = s.slice(Math.max(s.lastIndexOf(';'), s.lastIndexOf('。'), s.lastIndexOf(':')) + 1);
  if (/因公出国/.test(clause)) return 'outbound';
  if (/公务用车/.test(clause)) return 'vehicle';
  if (/公务接待/.test(clause)) return 'reception';
  return 'total';
}

/**
 * The figure the change is of: in 七（一） the 表7 决算数 of the item the clause names (the change sentence states
 * no figure of its own); elsewhere the last amount stated before the clause that is not itself a change.
 */
function currentOf(
  t: FinalTables,
  section: FinalSectionId,
  text: string,
  clause: GrowthClause,
  all: readonly GrowthClause[],
): Current | undefined {
  if (section === 'threePublicOverall') {
    const f = t.t7?.actual[threePublicItem(text, clause.start)];
    return f && { value: f.value, raw: `${f.value.toFixed(2)}万元（表7决算数）`, figure: f };
  }
  const changes = new Set(all.map((c) => c.change.start));
  const before = clauseAmounts(text).filter((a) => a.amount.end <= clause.start && !changes.has(a.amount.start));
  const last = before[before.length - 1];
  return last && { value: last.amount.value, raw: last.amount.raw };
}

/** The rate the figures give, and the range their rounding (± 0.005 each) allows. */
function rates(current: Decimal, change: Decimal, increase: boolean, decimals: number) {
  const h = new Decimal('0.005');
  const rate = (x: Decimal, c: Decimal) => {
    const previous = increase ? x.minus(c) : x.plus(c);
    return previous.lessThanOrEqualTo(0) ? undefined : c.times(HUNDRED).dividedBy(previous);
  };
  const exact = rate(current, change);
  const low = rate(current.plus(h), Decimal.max(change.minus(h), 0));
  const high = rate(current.minus(h), change.plus(h));
  const round = (d: Decimal | undefined) => d?.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return { exact, expected: round(exact), low: round(low), high: round(high) };
}

function finding(
  severity: Severity,
  message: string,
  paragraph: TextCell,
  figure: Figure | undefined,
  expected: string,
  actual: string,
): Finding {
  return {
    ruleId: finalNarrativeGrowth.id,
    family: finalNarrativeGrowth.family,
    severity,
    message,
    cells: figure ? [paragraph.cell, figure.cell] : [paragraph.cell],
    table: 'narrative',
    expected,
    actual,
  };
}

function checkClause(paragraph: TextCell, clause: GrowthClause, current: Current | undefined): Finding | null {
  const rate = clause.rate;
  if (!rate) return null;
  const quoted = `“${paragraph.text.slice(clause.start, clause.end)}”`;
  if (rate.direction !== clause.direction) {
    return finding(
      'warning',
      `情况说明${quoted}：金额与比例的增减方向不一致`,
      paragraph,
      current?.figure,
      clause.direction === 'increase' ? '增长' : '下降',
      rate.direction === 'increase' ? '增长' : '下降',
    );
  }
  if (!current) return null;
  const increase = clause.direction === 'increase';
  const r = rates(current.value, clause.change.value, increase, rate.decimals);
  const base = `${current.raw} ${increase ? '−' : '+'} ${clause.change.raw}`;
  if (!r.expected || !r.exact) {
    return finding(
      'warning',
      `情况说明${quoted}：上年数（${base}）不为正，比例无从计算，请核实`,
      paragraph,
      current.figure,
      '无法计算',
      rate.raw,
    );
  }
  if (r.expected.equals(rate.value)) return null;
  // Within what the rounding of the two stated figures allows: 尾差; beyond it the rate was mis-stated. Last year's
  // figure is not in the workbook, so this is a 提示 (warning), not an error (JUESUAN.md §7: 2.60% vs 2.59%).
  const reachable = r.low && r.high && rate.value.greaterThanOrEqualTo(r.low) && rate.value.lessThanOrEqualTo(r.high);
  const shown = `${r.expected.toFixed(rate.decimals)}%`;
  return finding(
    reachable ? 'info' : 'warning',
    `${reachable ? '尾差：' : ''}情况说明${quoted}：${clause.change.raw} ÷ (${base}) = ${r.exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4)}%，应为${shown}，实为${rate.raw}`,
    paragraph,
    current.figure,
    shown,
    rate.raw,
  );
}

/**
 * Changes on last year (JUESUAN.md §5 一, 四, 五（一）, 七（一）, 十一（一））: the rate P = change ÷ (X − change), the
 * rate's word (增长/下降) with the amount's (增加/减少), and no figure said to change and to stay level at once.
 */
export const finalNarrativeGrowth: Rule = {
  id: 'final-narrative-growth',
  family: 'narrative',
  document: 'final',
  severity: 'warning',
  title: '决算情况说明中与上年相比的增减比例应等于 增减额 ÷（本年数 − 增减额），增减用语应一致',
  check(ctx) {
    const t = finalTables(ctx.workbook);
    const findings: Finding[] = [];
    for (const section of finalSections(ctx.workbook)) {
      for (const paragraph of section.paragraphs) {
        const clauses = readGrowthClauses(paragraph.text);
        for (const clause of clauses) {
          const f = checkClause(paragraph, clause, currentOf(t, section.id, paragraph.text, clause, clauses));
          if (f) findings.push(f);
        }
        for (const c of readContradictoryChanges(paragraph.text)) {
          findings.push(
            finding(
              'warning',
              `情况说明“${c.raw}”：同一数字既称增减又称持平，请核实`,
              paragraph,
              undefined,
              '增减或持平其一',
              c.raw,
            ),
          );
        }
      }
    }
    return findings;
  },
};
