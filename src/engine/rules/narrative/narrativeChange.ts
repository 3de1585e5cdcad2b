import { budgetLabel, type AmountStatement, type BudgetLabelKey } from '../../narrativeText';
import type { Finding } from '../../findings';
import type { Figure, TextCell } from '../../tables/types';
import type { Rule } from '../rule';

import { narrativeParagraphs, statedFigure } from './paragraphs';
import { CHANGE_RELATIONS, statementsOf } from './statementsOf';
import { textSpanOf } from './statedTerm';
import { textSumFinding } from './textSumFinding';

/** A change as a signed figure: '减少130.4万元' → −130.40. */
function signedChange(s: AmountStatement, paragraph: TextCell): Figure {
  const f = statedFigure(s.amount, paragraph);
  return s.change === 'decrease' ? { ...f, value: f.value.negated() } : f;
}

function describeChange(s: AmountStatement): string {
  const word = s.change === 'decrease' ? '减少' : '增加';
  return `“${budgetLabel(s.label?.key as BudgetLabelKey).name}”${word}${s.amount.raw}`;
}

/**
 * A stated increase or decrease equals the changes of its stated parts. Last year's figures are not
 * in the workbook, so only the text's own consistency is checked.
 */
export const narrativeChange: Rule = {
  id: 'narrative-change',
  family: 'narrative',
  document: 'budget',
  severity: 'error',
  title: '情况说明中所述增减额应等于其所述各组成部分增减额之和',
  check(ctx) {
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      const changes = statementsOf(paragraph.text).statements.filter((s) => s.change && s.label);
      for (const relation of CHANGE_RELATIONS) {
        for (const whole of changes.filter((s) => relation.wholes.includes(s.label?.key as BudgetLabelKey))) {
          const next = changes.find(
            (s) => s.amount.start > whole.amount.start && relation.wholes.includes(s.label?.key as BudgetLabelKey),
          );
          const limit = next ? next.amount.start : Number.MAX_SAFE_INTEGER;
          const parts = relation.parts.map((key) =>
            changes.find((s) => s.label?.key === key && s.amount.start > whole.amount.start && s.amount.start < limit),
          );
          if (parts.some((s) => !s)) continue;
          const stated = parts as AmountStatement[];
          const unique = textSumFinding({
            rule: narrativeChange,
            ctx,
            table: 'narrative',
            total: signedChange(whole, paragraph),
            parts: stated.map((s) => signedChange(s, paragraph)),
            describe: `情况说明所述${describeChange(whole)}应等于所述${stated.map(describeChange).join('、')}之和`,
            spans: [whole, ...stated].map((s) => textSpanOf(s.amount, paragraph, ctx.grid)),
          });
          if (unique) findings.push(unique);
        }
      }
    }
    return findings;
  },
};
