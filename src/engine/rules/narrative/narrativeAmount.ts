import { budgetLabel, matchNames, type AmountStatement } from '../../narrativeText';
import type { Finding } from '../../findings';
import { tablesOf, type BudgetWorkbook, type ProjectBlock, type TextCell } from '../../tables/types';
import type { Rule } from '../rule';
import { sameFinding } from '../sumFinding';
import { narrativeParagraphs, statedFigure } from './paragraphs';
import { statedMatches } from './statedMatches';
import { isListItem, statementsOf } from './statementsOf';
import { tableFigureFor } from './tableFigures';

/** The one project a stated name means, or undefined when none or several match. */
function projectNamed(projects: readonly ProjectBlock[], name: string): ProjectBlock | undefined {
  const found = matchNames(name, projects, (p) => p.name.text);
  const distinct = new Set(found.map((p) => p.name.text));
  return distinct.size === 1 ? found[0] : undefined;
}

function checkLabelled(
  rule: Rule,
  wb: BudgetWorkbook,
  paragraph: TextCell,
  s: AmountStatement,
  hasCarryIn: boolean,
): Finding | null {
  if (!s.label) return null;
  const reference = tableFigureFor(wb, s.label.key, hasCarryIn);
  if (!reference) return null;
  const stated = statedFigure(s.amount, paragraph);
  if (reference.figures.some((f) => statedMatches(s.amount, f))) return null;
  return sameFinding({
    rule,
    table: 'narrative',
    stated,
    reference: reference.figures[0],
    describe: `情况说明所述“${budgetLabel(s.label.key).name}”${s.amount.raw}应与${reference.where}一致`,
  });
}

function checkProject(
  rule: Rule,
  projects: readonly ProjectBlock[],
  paragraph: TextCell,
  s: AmountStatement,
): Finding | null {
  if (!s.name) return null;
  const project = projectNamed(projects, s.name);
  // A blank 预算数 is family 6's 'project-missing-budget', which names this paragraph too.
  if (!project || project.budget.amount.kind === 'blank') return null;
  return sameFinding({
    rule,
    table: 'narrative',
    stated: statedFigure(s.amount, paragraph),
    reference: project.budget,
    describe: `情况说明所述项目“${s.name}”${s.amount.raw}应与项目“${project.name.text}”绩效目标表的预算数一致`,
    extraCells: [project.name.cell],
  });
}

export const narrativeAmount: Rule = {
  id: 'narrative-amount',
  family: 'narrative',
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
        const f = s.label
          ? checkLabelled(narrativeAmount, wb, paragraph, s, hasCarryIn)
          : checkProject(narrativeAmount, projects, paragraph, s);
        if (f) findings.push(f);
      }
    }
    return findings;
  },
};
