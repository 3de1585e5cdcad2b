import type { Finding, Severity } from '../../findings';
import {
  readBudgetStatement,
  sectionParagraphs,
  type BudgetComparison,
  type BudgetStatement,
} from '../../narrativeText/final';
import type { TextCell } from '../../tables/types';
import type { Rule } from '../rule';
import { finalSections, finalTables, generalItemRow } from './finalTables';

const WORDS: Record<BudgetComparison, string> = { more: '大于', less: '小于', same: '持平', roughlySame: '基本持平' };

function finding(
  severity: Severity,
  message: string,
  paragraph: TextCell,
  expected: string,
  actual: string,
  extra: TextCell['cell'][] = [],
): Finding {
  return {
    ruleId: finalNarrativeBudgetItems.id,
    family: finalNarrativeBudgetItems.family,
    severity,
    message,
    cells: [paragraph.cell, ...extra],
    table: 'narrative',
    expected,
    actual,
  };
}

/** What X against B is: '基本持平' also fits a gap within 1% of the budget (the word says 'about'). */
function fits(
  word: BudgetComparison,
  actual: BudgetStatement['actual'],
  budget: BudgetStatement['budget'],
): boolean | undefined {
  if (!actual || !budget) return undefined;
  const c = actual.value.comparedTo(budget.value);
  if (word === 'more') return c > 0;
  if (word === 'less') return c < 0;
  if (word === 'same') return c === 0;
  return actual.value.minus(budget.value).abs().lessThanOrEqualTo(budget.value.abs().dividedBy(100));
}

function rightWord(s: BudgetStatement): string {
  if (!s.actual || !s.budget) return '';
  const c = s.actual.value.comparedTo(s.budget.value);
  return c > 0 ? '大于' : c < 0 ? '小于' : '持平';
}

/**
 * 五（三） and 七（一）: '决算数大于/小于/与预算数持平' must match the sentence's own 支出决算 X against its 年初预算 B
 * (an error: the text contradicts its figures); in 五（三） each item's 类/款/项 names must be a code path of 表5 (a
 * warning: the item cannot be checked, or the names were copied from another year).
 */
export const finalNarrativeBudgetItems: Rule = {
  id: 'final-narrative-budget-items',
  family: 'narrative',
  document: 'final',
  severity: 'error',
  title: '决算情况说明中“决算数大于/小于/持平预算数”应与所述决算数、预算数相符，所列类款项应为表中科目',
  check(ctx) {
    const t5 = finalTables(ctx.workbook).t5;
    const sections = finalSections(ctx.workbook);
    const findings: Finding[] = [];
    for (const id of ['generalItems', 'threePublicOverall'] as const) {
      for (const paragraph of sectionParagraphs(sections, id)) {
        const s = readBudgetStatement(paragraph.text);
        if (!s) continue;
        if (s.comparison && fits(s.comparison.kind, s.actual, s.budget) === false) {
          findings.push(
            finding(
              'error',
              `情况说明“${s.comparison.raw}”与所述年初预算${s.budget?.raw}、支出决算${s.actual?.raw}不符：决算数${rightWord(s)}预算数`,
              paragraph,
              rightWord(s),
              WORDS[s.comparison.kind],
            ),
          );
        }
        if (id === 'generalItems' && s.path && t5 && !generalItemRow(t5, s.path)) {
          const path = `${s.path[0]}（类）${s.path[1]}（款）${s.path[2]}（项）`;
          findings.push(
            finding(
              'warning',
              `情况说明所列“${path}”在一般公共预算财政拨款支出决算表中找不到对应科目`,
              paragraph,
              '表5科目',
              path,
              [t5.title.cell],
            ),
          );
        }
      }
    }
    return findings;
  },
};
