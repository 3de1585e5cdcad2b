import Decimal from 'decimal.js';
import { budgetLabel, type AmountStatement, type BudgetLabelKey } from '../../narrativeText';
import type { Finding } from '../../findings';
import type { Rule } from '../rule';

import { narrativeParagraphs, statedFigure } from './paragraphs';
import { isListItem, statementsOf, SUM_RELATIONS, type ParagraphStatements } from './statementsOf';
import { textSpanOf } from './statedTerm';
import { textSumFinding } from './textSumFinding';

function describeStated(s: AmountStatement): string {
  return `“${budgetLabel(s.label?.key as BudgetLabelKey).name}”${s.amount.raw}`;
}

function sumsExactly(whole: AmountStatement, parts: readonly AmountStatement[]): boolean {
  return parts.reduce((a, s) => a.plus(s.amount.value), new Decimal(0)).equals(whole.amount.value);
}

/** Amounts stated for a figure (not changes, not list items), in reading order. */
function figuresStated(p: ParagraphStatements, key: BudgetLabelKey): AmountStatement[] {
  return p.statements.filter((s) => s.label?.key === key && !s.change && !s.labelInherited && !isListItem(p, s));
}

export const narrativeSum: Rule = {
  id: 'narrative-sum',
  family: 'narrative',
  document: 'budget',
  severity: 'error',
  title: '情况说明中所述总数应等于其所述各组成部分之和（如基本支出 = 人员经费 + 日常公用经费）',
  check(ctx) {
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      const p = statementsOf(paragraph.text);
      for (const relation of SUM_RELATIONS) {
        for (const whole of figuresStated(p, relation.whole)) {
          // The parts stated after this whole, before the whole is stated again.
          const next = figuresStated(p, relation.whole).find((s) => s.amount.start > whole.amount.start);
          const limit = next ? next.amount.start : Number.MAX_SAFE_INTEGER;
          const firstAfter = (key: BudgetLabelKey) =>
            figuresStated(p, key).find((s) => s.amount.start > whole.amount.start && s.amount.start < limit);
          const required = relation.parts.map(firstAfter);
          if (required.some((s) => !s)) continue;
          const optional = (relation.optional ?? []).map(firstAfter);
          let parts = [...required, ...optional].filter((s): s is AmountStatement => s !== undefined);
          // '预算收入' may be 本年收入合计 with 上年结转 stated beside it rather than inside it.
          const withoutCarryIn = parts.filter((s) => s.label?.key !== 'carryIn');
          if (withoutCarryIn.length < parts.length && sumsExactly(whole, withoutCarryIn)) parts = withoutCarryIn;
          const unique = textSumFinding({
            rule: narrativeSum,
            ctx,
            table: 'narrative',
            total: statedFigure(whole.amount, paragraph),
            parts: parts.map((s) => statedFigure(s.amount, paragraph)),
            describe: `情况说明所述${describeStated(whole)}应等于所述${parts.map(describeStated).join('、')}之和`,
            spans: [whole, ...parts].map((s) => textSpanOf(s.amount, paragraph, ctx.grid)),
          });
          if (unique) findings.push(unique);
        }
      }
    }
    return findings;
  },
};
