import Decimal from 'decimal.js';
import { findTargetsStatements } from '../../narrativeText';
import type { Finding } from '../../findings';
import { tablesOf } from '../../tables/types';
import { convert, WAN_CENTS } from '../../units';
import type { Rule } from '../rule';
import { narrativeParagraphs } from './paragraphs';
import { printedDecimals, statedInOwnUnit } from './statedMatches';

/**
 * '编报绩效目标的项目N个，涉及项目预算资金X万元' against the 绩效目标 forms the workbook has: N forms, and X = Σ their
 * 年度资金申请总额 (预算数) rounded as the text prints it. Without forms there is nothing to compare.
 */
export const narrativePerformanceTargets: Rule = {
  id: 'narrative-performance-targets',
  family: 'narrative',
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
        if (countRight && expected.equals(stated)) continue;
        const parts: string[] = [];
        if (!countRight) parts.push(`项目数应为 ${projects.length}个，实为 ${s.count}个`);
        if (!expected.equals(stated))
          parts.push(
            `预算资金应为 ${expected.toFixed(printedDecimals(s.amount))}${s.amount.unit}（各表年度资金申请总额之和），实为 ${s.amount.raw}`,
          );
        findings.push({
          ruleId: narrativePerformanceTargets.id,
          family: narrativePerformanceTargets.family,
          severity: narrativePerformanceTargets.severity,
          message: `情况说明所述编报绩效目标的项目${s.count}个、涉及项目预算资金${s.amount.raw}应与${projects.length}张项目绩效目标表一致：${parts.join('；')}`,
          cells: [paragraph.cell, ...projects.map((p) => p.budget.cell)],
          table: 'narrative',
          expected: `${projects.length}个 ${expected.toFixed(printedDecimals(s.amount))}`,
          actual: `${s.count}个 ${stated.toFixed(printedDecimals(s.amount))}`,
        });
      }
    }
    return findings;
  },
};
