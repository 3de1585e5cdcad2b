import { budgetLabel, matchNames, type AmountStatement } from '../../narrativeText';
import type { Finding } from '../../findings';
import { stateRelation } from '../../relations/stateRelation';
import { tablesOf, type Figure, type ProjectBlock, type TextCell } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { sameFinding, termOf } from '../sumFinding';
import { narrativeParagraphs, statedFigure } from './paragraphs';
import { statedMatches } from './statedMatches';
import { statedTermAgainst } from './statedTerm';
import { isListItem, statementsOf } from './statementsOf';
import { tableFigureFor } from './tableFigures';

/** The one project a stated name means, or undefined when none or several match. */
function projectNamed(projects: readonly ProjectBlock[], name: string): ProjectBlock | undefined {
  const found = matchNames(name, projects, (p) => p.name.text);
  const distinct = new Set(found.map((p) => p.name.text));
  return distinct.size === 1 ? found[0] : undefined;
}

/** The text figure against the table figure it states, with the digits' span (issue 10); `finding` as worded. */
function relate(
  ctx: CheckContext,
  paragraph: TextCell,
  s: AmountStatement,
  table: Figure,
  describe: string,
  finding: Finding | null,
) {
  const terms = [statedTermAgainst(s.amount, paragraph, table, ctx.grid), termOf(table, -1)];
  stateRelation({ rule: narrativeAmount, ctx, terms, rounding: 'coarser', describe, table: 'narrative', finding });
}

function checkLabelled(
  ctx: CheckContext,
  paragraph: TextCell,
  s: AmountStatement,
  hasCarryIn: boolean,
): Finding | null {
  if (!s.label) return null;
  const reference = tableFigureFor(ctx.workbook, s.label.key, hasCarryIn);
  if (!reference) return null;
  const stated = statedFigure(s.amount, paragraph);
  const matched = reference.figures.find((f) => statedMatches(s.amount, f));
  const describe = `情况说明所述“${budgetLabel(s.label.key).name}”${s.amount.raw}应与${reference.where}一致`;
  const finding = matched
    ? null
    : sameFinding({
        rule: narrativeAmount,
        table: 'narrative',
        stated,
        reference: reference.figures[0],
        describe,
      });
  relate(ctx, paragraph, s, matched ?? reference.figures[0], describe, finding);
  return finding;
}

function checkProject(
  ctx: CheckContext,
  projects: readonly ProjectBlock[],
  paragraph: TextCell,
  s: AmountStatement,
): Finding | null {
  if (!s.name) return null;
  const project = projectNamed(projects, s.name);
  // A blank 预算数 is family 6's 'project-missing-budget', which names this paragraph too.
  if (!project || project.budget.amount.kind === 'blank') return null;
  const describe = `情况说明所述项目“${s.name}”${s.amount.raw}应与项目“${project.name.text}”绩效目标表的预算数一致`;
  const finding = sameFinding({
    rule: narrativeAmount,
    table: 'narrative',
    stated: statedFigure(s.amount, paragraph),
    reference: project.budget,
    describe,
    extraCells: [project.name.cell],
  });
  relate(ctx, paragraph, s, project.budget, describe, finding);
  return finding;
}

export const narrativeAmount: Rule = {
  id: 'narrative-amount',
  family: 'narrative',
  document: 'budget',
  severity: 'error',
  title:
    '情况说明中所述金额（收入、支出、基本支出、人员经费、公用经费、机关运行经费、“三公”经费、固定资产、政府采购、项目）应与表格数一致',
  check(ctx) {
    const wb = ctx.workbook;
    const projects = tablesOf(wb, 'project_performance').flatMap((t) => t.projects);
    const findings: Finding[] = [];
    for (const paragraph of narrativeParagraphs(wb)) {
      const p = statementsOf(paragraph.text);
      const hasCarryIn = p.statements.some((s) => s.label?.key === 'carryIn');
      for (const s of p.statements) {
        // Changes on last year cannot be checked without last year's figures; list items are 302 rows.
        if (s.change || isListItem(p, s)) continue;
        const f = s.label ? checkLabelled(ctx, paragraph, s, hasCarryIn) : checkProject(ctx, projects, paragraph, s);
        if (f) findings.push(f);
      }
    }
    return findings;
  },
};
