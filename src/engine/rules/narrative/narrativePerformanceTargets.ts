import Decimal from 'decimal.js';
import { findTargetsStatements, type TargetsStatement } from '../../narrativeText';
import type { Finding } from '../../findings';
import { stateRelation } from '../../relations/stateRelation';
import { tablesOf, type ProjectBlock, type TextCell } from '../../tables/types';
import { convert, WAN_CENTS } from '../../units';
import type { CheckContext, Rule } from '../rule';
import { termOf } from '../sumFinding';
import { narrativeParagraphs } from './paragraphs';
import { printedDecimals, statedInOwnUnit } from './statedMatches';
import { statedTermAgainst } from './statedTerm';

/**
 * The stated 项目预算资金 against Σ the forms' 预算数 (issue 10; 'coarser': one form is the same figure twice,
 * several a sum). The rule's finding rides on it only when the amount alone is wrong and the relation agrees: a
 * wrong count is no figure a fix could change.
 */
function relate(
  ctx: CheckContext,
  paragraph: TextCell,
  s: TargetsStatement,
  projects: readonly ProjectBlock[],
  finding: Finding | null,
): void {
  const terms = [
    statedTermAgainst(s.amount, paragraph, projects[0].budget, ctx.grid),
    ...projects.map((p) => termOf(p.budget, -1, p.budget.amount.kind === 'blank')),
  ];
  const describe = `情况说明所述涉及项目预算资金${s.amount.raw}应与${projects.length}张项目绩效目标表的年度资金申请总额之和一致`;
  const relation = stateRelation({
    rule: narrativePerformanceTargets,
    ctx,
    terms,
    rounding: 'coarser',
    describe,
    table: 'narrative',
    finding,
  });
  if (relation.status === 'holds') delete relation.finding;
}

/**
 * '编报绩效目标的项目N个，涉及项目预算资金X万元' against the 绩效目标 forms the workbook has: N forms, and X = Σ their
 * 年度资金申请总额 (预算数) rounded as the text prints it. Without forms there is nothing to compare.
 */
export const narrativePerformanceTargets: Rule = {
  id: 'narrative-performance-targets',
  family: 'narrative',
  document: 'budget',
  severity: 'error',
  title: '情况说明中所述编报绩效目标的项目数及其预算资金应与项目绩效目标表一致',
  check(ctx) {
    const projects = tablesOf(ctx.workbook, 'project_performance').flatMap((t) => t.projects);
    if (!projects.length) return [];
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(ctx.workbook)) {
      for (const s of findTargetsStatements(paragraph.text)) {
        const sum = projects.reduce(
          (a, p) => a.plus(convert(p.budget.value, (p.budget.unit ?? WAN_CENTS).measure, s.amount.unit)),
          new Decimal(0),
        );
        const expected = sum.toDecimalPlaces(printedDecimals(s.amount), Decimal.ROUND_HALF_UP);
        const stated = statedInOwnUnit(s.amount);
        const countRight = s.count === projects.length;
        if (countRight && expected.equals(stated)) {
          relate(ctx, paragraph, s, projects, null);
          continue;
        }
        const parts: string[] = [];
        if (!countRight) parts.push(`项目数应为 ${projects.length}个，实为 ${s.count}个`);
        if (!expected.equals(stated))
          parts.push(
            `预算资金应为 ${expected.toFixed(printedDecimals(s.amount))}${s.amount.unit}（各表年度资金申请总额之和），实为 ${s.amount.raw}`,
          );
        const finding: Finding = {
          ruleId: narrativePerformanceTargets.id,
          family: narrativePerformanceTargets.family,
          severity: narrativePerformanceTargets.severity,
          message: `情况说明所述编报绩效目标的项目${s.count}个、涉及项目预算资金${s.amount.raw}应与${projects.length}张项目绩效目标表一致：${parts.join('；')}`,
          cells: [paragraph.cell, ...projects.map((p) => p.budget.cell)],
          table: 'narrative',
          expected: `${projects.length}个 ${expected.toFixed(printedDecimals(s.amount))}`,
          actual: `${s.count}个 ${stated.toFixed(printedDecimals(s.amount))}`,
        };
        relate(ctx, paragraph, s, projects, countRight ? finding : null);
        findings.push(finding);
      }
    }
    return findings;
  },
};
