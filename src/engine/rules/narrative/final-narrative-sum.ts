import type { Finding } from '../../findings';
import type { StatedAmount } from '../../narrativeText';
import {
  amountLed,
  clauseAmounts,
  readBudgetStatement,
  readVehicleCounts,
  readVehicleHolding,
  sectionParagraphs,
  type StatedCount,
} from '../../narrativeText/final';
import type { TextCell } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { finalSections } from './finalTables';
import { statedFigure } from './paragraphs';
import { textSpanOf } from './statedTerm';
import { textSumFinding } from './textSumFinding';

interface Stated {
  paragraph: TextCell;
  amount: StatedAmount;
}

/** A stated total against its stated parts, each a text term; 尾差 envelope (the parts are rounded amounts). */
function statedSum(ctx: CheckContext, total: Stated, parts: readonly Stated[], describe: string): Finding | null {
  const all = [total, ...parts];
  return textSumFinding({
    rule: finalNarrativeSum,
    ctx,
    table: 'narrative',
    total: statedFigure(total.amount, total.paragraph),
    parts: parts.map((p) => statedFigure(p.amount, p.paragraph)),
    spans: all.map((s) => textSpanOf(s.amount, s.paragraph, ctx.grid)),
    describe,
  });
}

/** 五（三）: the 年初预算 of the total sentence = Σ the items' 年初预算. */
function budgetItems(ctx: CheckContext, paragraphs: readonly TextCell[]): Finding | null {
  let total: Stated | undefined;
  const items: Stated[] = [];
  for (const paragraph of paragraphs) {
    const s = readBudgetStatement(paragraph.text);
    if (!s?.budget) continue;
    if (!s.path && !total && !items.length) total = { paragraph, amount: s.budget };
    else if (s.path) items.push({ paragraph, amount: s.budget });
  }
  if (!total || items.length < 2) return null;
  const describe = `情况说明所述一般公共预算财政拨款支出年初预算${total.amount.raw}应等于其下${items.length}个项目年初预算之和`;
  return statedSum(ctx, total, items, describe);
}

/** 十一（二）: 政府采购金额 = 货物 + 工程 + 服务. */
function procurement(ctx: CheckContext, paragraphs: readonly TextCell[]): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of paragraphs) {
    const amounts = clauseAmounts(paragraph.text);
    const total = amountLed(amounts, /政府采购(?:支出)?(?:总)?金额(?:\([^)]*\))?为?$/);
    const parts = [/货物/, /工程/, /服务/].map((re) =>
      amountLed(amounts, new RegExp(`^(?:其中:?)?${re.source}(?:采购)?(?:金额)?为?$`)),
    );
    if (!total || parts.some((p) => !p)) continue;
    const stated = parts.flatMap((p) => (p ? [{ paragraph, amount: p.amount }] : []));
    const describe = `情况说明所述政府采购金额${total.amount.raw}应等于货物、工程、服务采购金额之和`;
    const f = statedSum(ctx, { paragraph, amount: total.amount }, stated, describe);
    if (f) findings.push(f);
  }
  return findings;
}

function countFinding(
  paragraph: TextCell,
  message: string,
  severity: Finding['severity'],
  expected: number,
  actual: StatedCount,
  extra: TextCell[] = [],
): Finding {
  return {
    ruleId: finalNarrativeSum.id,
    family: finalNarrativeSum.family,
    severity,
    message,
    cells: [paragraph.cell, ...extra.filter((p) => p.cell !== paragraph.cell).map((p) => p.cell)],
    table: 'narrative',
    expected: String(expected),
    actual: String(actual.value),
  };
}

/**
 * 十一（三）: 共有车辆N辆 = Σ its categories (counts: exact, an error when they differ); and 七（二）'公务用车保有量'
 * against it (a warning: the 保有量 counts only vehicles run on 财政拨款, which may be fewer).
 */
function vehicles(assets: readonly TextCell[], detail: readonly TextCell[]): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of assets) {
    const v = readVehicleCounts(paragraph.text);
    if (!v || !v.parts.length) continue;
    const sum = v.parts.reduce((n, p) => n + p.value, 0);
    if (sum !== v.total.value) {
      const list = v.parts.map((p) => `${p.name}${p.value}辆`).join('、');
      findings.push(
        countFinding(
          paragraph,
          `情况说明所述共有车辆${v.total.value}辆应等于各类车辆之和（${list}，合计${sum}辆）`,
          'error',
          sum,
          v.total,
        ),
      );
    }
    for (const other of detail) {
      const holding = readVehicleHolding(other.text);
      if (holding && holding.value > v.total.value) {
        findings.push(
          countFinding(
            other,
            `情况说明所述公务用车保有量${holding.value}辆多于国有资产部分所述共有车辆${v.total.value}辆`,
            'warning',
            v.total.value,
            holding,
            [paragraph],
          ),
        );
      }
    }
  }
  return findings;
}

/**
 * Totals the 决算 情况说明 states with their parts in the text: 五（三） 年初预算 = Σ item 年初预算, 十一（二） 政府采购 =
 * 货物 + 工程 + 服务 (sums of rounded amounts: 尾差 within the envelope is info), 十一（三） vehicles (exact counts).
 */
export const finalNarrativeSum: Rule = {
  id: 'final-narrative-sum',
  family: 'narrative',
  document: 'final',
  severity: 'error',
  title: '决算情况说明中所述合计应等于其分项之和（年初预算、政府采购、车辆数）',
  check(ctx) {
    const sections = finalSections(ctx.workbook);
    const findings: Finding[] = [];
    const items = budgetItems(ctx, sectionParagraphs(sections, 'generalItems'));
    if (items) findings.push(items);
    findings.push(...procurement(ctx, sectionParagraphs(sections, 'procurement')));
    findings.push(...vehicles(sectionParagraphs(sections, 'assets'), sectionParagraphs(sections, 'threePublicDetail')));
    return findings;
  },
};
