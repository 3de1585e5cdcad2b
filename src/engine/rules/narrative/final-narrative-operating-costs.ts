import type { Finding } from '../../findings';
import { amountLed, clauseAmounts, sectionParagraphs } from '../../narrativeText/final';
import { stateRelation } from '../../relations/stateRelation';
import type { Rule } from '../rule';
import { termOf } from '../sumFinding';
import { finalSections, finalTables } from './finalTables';
import { statedTermAgainst } from './statedTerm';

/**
 * 十一（一） 机关运行经费 ≤ 表6 公用经费合计 (JUESUAN.md §5): equal when every unit is 行政 or 参公, lower when 事业单位
 * are consolidated — so only a larger figure is a finding, never a smaller one. Its growth rate is
 * final-narrative-growth's.
 */
export const finalNarrativeOperatingCosts: Rule = {
  id: 'final-narrative-operating-costs',
  family: 'narrative',
  document: 'final',
  severity: 'error',
  title: '决算情况说明中所述机关运行经费不应大于基本支出决算表公用经费合计',
  check(ctx) {
    const publicTotal = finalTables(ctx.workbook).t6?.publicTotal?.figure;
    if (!publicTotal) return [];
    const findings: Finding[] = [];
    for (const paragraph of sectionParagraphs(finalSections(ctx.workbook), 'operatingCosts')) {
      const stated = amountLed(clauseAmounts(paragraph.text), /机关运行经费(?:支出)?(?:决算)?为?$/);
      if (!stated) continue;
      const describe = `情况说明所述机关运行经费${stated.amount.raw}不应大于基本支出决算表“公用经费合计”`;
      const relation = stateRelation({
        rule: finalNarrativeOperatingCosts,
        ctx,
        terms: [statedTermAgainst(stated.amount, paragraph, publicTotal, ctx.grid), termOf(publicTotal, -1)],
        operator: 'le',
        rounding: 'coarser',
        describe,
        table: 'narrative',
      });
      if (relation.finding) findings.push(relation.finding);
    }
    return findings;
  },
};
