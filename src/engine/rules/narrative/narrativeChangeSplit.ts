import { budgetLabel, findFigureChanges, type BudgetLabelKey, type FigureChange } from '../../narrativeText';
import type { Finding } from '../../findings';
import type { Figure, TextCell } from '../../tables/types';
import type { Rule } from '../rule';

import { narrativeParagraphs, statedFigure, zeroFigure } from './paragraphs';
import { textSpanOf } from './statedTerm';
import { textSumFinding } from './textSumFinding';

/**
 * Figures whose change on last year is the sum of their parts' changes, as one sentence states them:
 * '财政拨款支出预算…增加1421.25万元。财政拨款支出预算中，一般公共预算拨款…增加…；政府性基金拨款…增加…；国有资本…持平'.
 */
const SPLITS: ReadonlyArray<{ whole: BudgetLabelKey; parts: BudgetLabelKey[] }> = [
  { whole: 'fiscalExpenditure', parts: ['generalExpenditure', 'fundExpenditure', 'capitalExpenditure'] },
  { whole: 'threePublic', parts: ['outbound', 'vehicle', 'reception'] },
  { whole: 'vehicle', parts: ['vehiclePurchase', 'vehicleOps'] },
];

/** A change as a signed figure on the paragraph's cell: '减少130.4万元' → −130.40, '持平' → 0. */
function signedChange(f: FigureChange, paragraph: TextCell): Figure {
  if (!f.change.amount) return zeroFigure(paragraph.cell);
  const figure = statedFigure(f.change.amount, paragraph);
  return f.change.kind === 'decrease' ? { ...figure, value: figure.value.negated() } : figure;
}

function describe(f: FigureChange): string {
  const word =
    f.change.kind === 'flat'
      ? '持平'
      : `${f.change.kind === 'decrease' ? '减少' : '增加'}${f.change.amount?.raw ?? ''}`;
  return `“${budgetLabel(f.key).name}”${word}`;
}

/** A stated change equals the changes stated for its parts (on the same year and base). */
export const narrativeChangeSplit: Rule = {
  id: 'narrative-change-split',
  family: 'narrative',
  document: 'budget',
  severity: 'error',
  title:
    '情况说明中所述增减额应等于其所述各组成部分增减额之和（如财政拨款支出 = 一般公共预算 + 政府性基金 + 国有资本经营预算）',
  check(ctx) {
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      const changes = findFigureChanges(paragraph.text).filter((f) => f.change.amount || f.change.kind === 'flat');
      for (const split of SPLITS) {
        for (const whole of changes.filter((f) => f.key === split.whole)) {
          const after = changes.filter((f) => f.amount.start > whole.amount.start);
          const parts = split.parts.map((key) => after.find((f) => f.key === key));
          if (parts.some((p) => !p)) continue;
          const stated = parts as FigureChange[];
          // Parts on another year or base (a 0 stated '与2024年预算执行数持平') are not parts of this change, unless 持平 at 0.
          const comparable = stated.every(
            (p) =>
              p.change.year === whole.change.year &&
              (p.change.base === whole.change.base || (p.change.kind === 'flat' && p.amount.value.isZero())),
          );
          if (!comparable) continue;
          const unique = textSumFinding({
            rule: narrativeChangeSplit,
            ctx,
            table: 'narrative',
            total: signedChange(whole, paragraph),
            parts: stated.map((p) => signedChange(p, paragraph)),
            describe: `情况说明所述${describe(whole)}应等于所述${stated.map(describe).join('、')}之和`,
            spans: [whole, ...stated].map((p) => p.change.amount && textSpanOf(p.change.amount, paragraph, ctx.grid)),
          });
          if (unique) findings.push(unique);
        }
      }
    }
    return findings;
  },
};
