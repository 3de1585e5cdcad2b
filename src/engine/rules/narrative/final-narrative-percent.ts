import Decimal from 'decimal.js';
import type { CellRef } from '../../grid';
import type { Finding, Severity } from '../../findings';
import {
  amountLed,
  clauseAmounts,
  readBudgetStatement,
  readPercents,
  type FinalSectionId,
  type StatedRate,
} from '../../narrativeText/final';
import type { Figure, ThreePublicRow, TextCell } from '../../tables/types';
import type { Rule } from '../rule';
import { finalSections, finalTables, type FinalTables } from './finalTables';

const HUNDRED = new Decimal(100);
const STEP = new Decimal('0.01');

/** The whole a share or rate is of: a figure the paragraph states, or a table figure. */
interface Whole {
  value: Decimal;
  /** The words for messages, e.g. '本年支出合计2940.05'. */
  what: string;
  /** A table cell the whole comes from, named after the paragraph. */
  cell?: CellRef;
  /** True when the table leaves it blank. */
  blank?: boolean;
}

const fromTable = (f: Figure | undefined, what: string): Whole | undefined =>
  f && {
    value: f.value,
    what: `${what}${f.amount.kind === 'blank' ? '（空白）' : f.value.toFixed(2)}`,
    cell: f.cell,
    blank: f.amount.kind === 'blank',
  };

/** Where each section's '占P%' is a share of (JUESUAN.md §5): the paragraph's stated total, else the table. */
const SHARE_OF: Partial<Record<FinalSectionId, [RegExp | undefined, (t: FinalTables) => Figure | undefined, string]>> =
  {
    income: [/本年收入合计为?$/, (t) => t.t2?.total?.values.total ?? t.t1?.incomeTotal?.values.amount, '本年收入合计'],
    expenditure: [
      /本年支出合计为?$/,
      (t) => t.t3?.total?.values.total ?? t.t1?.expenditureTotal?.values.total,
      '本年支出合计',
    ],
    // '占本年支出合计的P%': 表1 本年支出合计 (the paragraph does not state it).
    generalOverall: [
      undefined,
      (t) => t.t1?.expenditureTotal?.values.total ?? t.t3?.total?.values.total,
      '本年支出合计',
    ],
    generalStructure: [/^一般公共预算财政拨款支出为?$/, (t) => t.t5?.total?.values.total, '一般公共预算财政拨款支出'],
    threePublicDetail: [undefined, (t) => t.t7?.actual.total, '“三公”经费决算数合计'],
  };

/** The 三公 item a 完成预算 rate is of, by the words before its amount. */
function threePublicItem(lead: string): ThreePublicRow {
  if (/因公出国/.test(lead)) return 'outbound';
  if (/公务用车/.test(lead)) return 'vehicle';
  if (/公务接待/.test(lead)) return 'reception';
  return 'total';
}

function shareWhole(t: FinalTables, section: FinalSectionId, text: string): Whole | undefined {
  const spec = SHARE_OF[section];
  if (!spec) return undefined;
  const stated = spec[0] && amountLed(clauseAmounts(text), spec[0]);
  if (stated) return { value: stated.amount.value, what: `所述${spec[2]}${stated.amount.raw}` };
  return fromTable(spec[1](t), `${spec[2]}`);
}

/** 完成预算的P%: 五（三） from the sentence's own B and X; 七（一） items against 表7's 预算数. */
function completionWhole(t: FinalTables, section: FinalSectionId, text: string, rate: StatedRate): Whole | undefined {
  const s = readBudgetStatement(text);
  const lead = rate.amount ? (clauseAmounts(text).find((a) => a.amount.start === rate.amount?.start)?.lead ?? '') : '';
  if (section === 'threePublicOverall' && threePublicItem(lead) !== 'total') {
    const item = threePublicItem(lead);
    return fromTable(t.t7?.budget[item], '表7预算数');
  }
  if (s?.budget && (!rate.amount || rate.amount.start > s.budget.start))
    return { value: s.budget.value, what: `所述预算数${s.budget.raw}` };
  return undefined;
}

function finding(
  severity: Severity,
  message: string,
  paragraph: TextCell,
  whole: Whole,
  expected: string,
  actual: string,
): Finding {
  return {
    ruleId: finalNarrativePercent.id,
    family: finalNarrativePercent.family,
    severity,
    message,
    cells: whole.cell ? [paragraph.cell, whole.cell] : [paragraph.cell],
    table: 'narrative',
    expected,
    actual,
  };
}

/**
 * A stated percentage against round(100 × part ÷ whole, 2) half-up (JUESUAN.md §5 'Percentages'). Equal: fine;
 * one step off the rounded value (a truncation, or a share nudged so a list adds to 100.00%): info; more: error.
 * A rate of a zero or blank base (完成预算的0% where 表7 has no 预算数) cannot be computed: a stated 0 is how the
 * template words 'no budget, nothing spent' and is info (JUESUAN.md §7 expects info for both real files, though
 * issue 13 calls a zero-base rate a warning); a non-zero rate of a zero base is meaningless and is a warning.
 */
function checkRate(paragraph: TextCell, rate: StatedRate, whole: Whole): Finding | null {
  const part = rate.amount;
  if (!part) return null;
  const what = `“${paragraph.text.slice(part.start, rate.end)}”`;
  if (whole.value.isZero()) {
    const base = whole.blank ? '为空' : '为0';
    return rate.value.isZero()
      ? finding(
          'info',
          `情况说明${what}：${whole.what}，基数${base}，比例无从计算（按0%表述）`,
          paragraph,
          whole,
          '无法计算',
          rate.raw,
        )
      : finding(
          'warning',
          `情况说明${what}：${whole.what}，基数${base}，比例${rate.raw}无从计算，请核实`,
          paragraph,
          whole,
          '无法计算',
          rate.raw,
        );
  }
  const exact = part.value.times(HUNDRED).dividedBy(whole.value);
  const decimals = Math.min(rate.decimals, 2);
  const expected = exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (expected.equals(rate.value)) return null;
  const gap = rate.value.minus(exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)).abs();
  const severity: Severity = gap.lessThanOrEqualTo(STEP) ? 'info' : 'error';
  const shown = `${expected.toFixed(decimals)}%`;
  return finding(
    severity,
    `${severity === 'info' ? '尾差：' : ''}情况说明${what}：${part.raw.replace(/\s/g, '')} ÷ ${whole.what} = ${exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4)}%，应为${shown}，实为${rate.raw}`,
    paragraph,
    whole,
    shown,
    rate.raw,
  );
}

/** Every 占P% and 完成预算的P% of the 决算 情况说明, recomputed from the figures it is of. */
export const finalNarrativePercent: Rule = {
  id: 'final-narrative-percent',
  family: 'narrative',
  document: 'final',
  severity: 'error',
  title: '决算情况说明中所述占比和完成预算比例应等于 部分 ÷ 整体（四舍五入保留两位小数）',
  check(ctx) {
    const t = finalTables(ctx.workbook);
    const findings: Finding[] = [];
    for (const section of finalSections(ctx.workbook)) {
      for (const paragraph of section.paragraphs) {
        for (const rate of readPercents(paragraph.text)) {
          const whole =
            rate.kind === 'share'
              ? shareWhole(t, section.id, paragraph.text)
              : completionWhole(t, section.id, paragraph.text, rate);
          const f = whole && checkRate(paragraph, rate, whole);
          if (f) findings.push(f);
        }
      }
    }
    return findings;
  },
};
