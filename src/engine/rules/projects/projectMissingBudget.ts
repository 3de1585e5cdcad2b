import { formatWan } from '../../amount';
import type { Finding } from '../../findings';
import { tablesOf } from '../../tables/types';
import { stateRelation } from '../../relations/stateRelation';
import type { RelationTerm } from '../../relations/types';
import { statedFigure } from '../narrative/paragraphs';
import type { CheckContext, Rule } from '../rule';
import { termOf } from '../sumFinding';
import { costAmounts, filledCostIndicators } from './costIndicators';
import { findNarrativeMention, type NarrativeMention } from './narrativeMention';
import { projectName } from './projectName';
import { textSpanOf } from '../narrative/statedTerm';

/** The figure a 情况说明 mention states, as a text term with the span of its digits ('0.2' of '网络执法0.2万元'). */
function mentionTerm(ctx: CheckContext, mention: NarrativeMention): RelationTerm {
  const { paragraph, quote } = mention;
  const digits = /\d[\d,]*(?:\.\d+)?(?=\s*万?元)/.exec(quote);
  const start = paragraph.text.indexOf(quote) + (digits?.index ?? 0);
  const raw = digits?.[0] ?? mention.value.toString();
  const stated = { value: mention.value, raw: `${raw}万元`, unit: '万元' as const, start, end: start + raw.length };
  return {
    figure: statedFigure(stated, paragraph),
    coefficient: 1,
    text: textSpanOf(stated, paragraph, ctx.grid),
    // The text states the budget the table left out: it is the evidence, the blank cell is what to fill.
    evidence: true,
  };
}

/**
 * A project whose 预算数 is blank or zero although its 成本指标 plans a cost: the published table leaves the
 * project's money out (seed: 网络执法 blank, 成本指标 ≤0.2万, the text says 网络执法0.2万元). Must be fixed: error.
 */
export const projectMissingBudgetRule: Rule = {
  id: 'project-missing-budget',
  family: 'projects',
  document: 'budget',
  severity: 'error',
  title: '项目预算数为空或为零，但填有成本指标',
  check(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const table of tablesOf(ctx.workbook, 'project_performance')) {
      for (const project of table.projects) {
        if (!project.budget.value.isZero()) continue;
        const indicators = filledCostIndicators(project);
        if (indicators.length === 0) continue;
        const name = projectName(project);
        const amounts = costAmounts(project);
        const mention = findNarrativeMention(ctx.workbook, name);
        const stated = amounts[0]?.value ?? mention?.value;
        const blank = project.budget.amount.kind === 'blank' ? '未填写' : `为 ${formatWan(project.budget.value)}`;
        let message = `项目“${name}”预算数${blank}，但成本指标为“${indicators[0].value.text.trim()}”`;
        if (mention) message += `，情况说明中写有“${mention.quote}”`;
        message += '，请补填预算数';
        const finding: Finding = {
          ruleId: projectMissingBudgetRule.id,
          family: projectMissingBudgetRule.family,
          severity: projectMissingBudgetRule.severity,
          message,
          cells: [
            project.budget.cell,
            ...indicators.map((i) => i.value.cell),
            ...(mention ? [mention.paragraph.cell] : []),
          ],
          table: table.kind,
          expected: stated ? formatWan(stated) : undefined,
          actual: formatWan(project.budget.value),
          // Fill the blank from the cost indicator or the text; the diagnosis keeps it when no single change of the
          // relations explains the finding (filling it may still leave the 项目支出 合计 to reconcile).
          ...(stated ? { fix: { cell: project.budget.cell, value: formatWan(stated) } } : {}),
        };
        findings.push(finding);
        // The text's figure is the budget the table leaves out: a relation the diagnosis can repair the blank from.
        if (mention) {
          const terms = [mentionTerm(ctx, mention), termOf(project.budget, -1)];
          const describe = `项目“${name}”预算数应与情况说明所述一致`;
          stateRelation({
            rule: projectMissingBudgetRule,
            ctx,
            terms,
            rounding: 'coarser',
            describe,
            table: table.kind,
            finding,
          });
        }
      }
    }
    return findings;
  },
};
