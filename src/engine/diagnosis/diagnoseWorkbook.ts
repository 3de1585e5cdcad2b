import type { Culprit, Finding, Severity } from '../findings';
import { cellAt, fromA1, type CellRef, type WorkbookGrid } from '../grid';
import type { Relation } from '../relations/types';
import { diagnoseRelations, type IsFormula } from './diagnoseRelations';
import { figureFix } from './figureFix';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const same = (a: CellRef, b: CellRef): boolean => a.sheet === b.sheet && a.address === b.address;

/** Whether the grid cell holds a formula. */
export function formulaLookup(grid: WorkbookGrid): IsFormula {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  return (cell) => {
    const sheet = sheets.get(cell.sheet);
    if (!sheet) return false;
    const { row, col } = fromA1(cell.address);
    return Boolean(cellAt(sheet, row, col)?.formula);
  };
}

/**
 * Findings no relation states (a rule comparing in its own way) that name a diagnosed culprit lead with it too:
 * the culprit is the most likely wrong cell of every finding it is in. They get no fix: no relation says it repairs them.
 */
function leadWithCulprits(findings: readonly Finding[], culprits: readonly CellRef[]): void {
  for (const f of findings) {
    const culprit = culprits.find((c) => f.cells.some((x) => same(x, c)));
    if (culprit) f.cells = [culprit, ...f.cells.filter((c) => !same(c, culprit))];
  }
}

/**
 * Diagnose the relations of a checked workbook (issue 10) and write the result into their findings: the culprit
 * becomes each finding's first cell, with the fix and the equally good alternatives. Returns the culprits, errors
 * first, the most explaining first.
 */
export function diagnoseWorkbook(
  relations: readonly Relation[],
  findings: readonly Finding[],
  grid: WorkbookGrid,
): Culprit[] {
  const diagnosis = diagnoseRelations(relations, formulaLookup(grid));
  const taken = new Set<Finding>();
  const culprits: Culprit[] = [];
  for (const group of diagnosis.groups) {
    const explained = [...new Set(group.relations.map((i) => relations[i].finding))].filter(
      (f): f is Finding => f !== undefined && !taken.has(f),
    );
    if (explained.length === 0) continue;
    const cell = group.culprit.cell;
    const fix = figureFix(group.culprit, group.value);
    const alternatives: CellRef[] = [];
    for (const node of group.alternatives) {
      if (!same(node.cell, cell) && !alternatives.some((c) => same(c, node.cell))) alternatives.push(node.cell);
    }
    for (const f of explained) {
      taken.add(f);
      f.cells = [cell, ...f.cells.filter((c) => !same(c, cell))];
      f.fix = fix;
      if (alternatives.length > 0) f.alternatives = alternatives;
    }
    const severity = explained.map((f) => f.severity).sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0];
    culprits.push({ cell, fix, severity, explains: explained.length, alternatives });
  }
  // A finding whose rule knows its own repair (a blank 预算数 filled from its cost indicator) and that no group
  // explained is a culprit of its own, its fix's cell first.
  for (const f of findings) {
    if (taken.has(f) || !f.fix) continue;
    const cell = f.fix.cell;
    f.cells = [cell, ...f.cells.filter((c) => !same(c, cell))];
    taken.add(f);
    culprits.push({ cell, fix: f.fix, severity: f.severity, explains: 1, alternatives: [] });
  }
  leadWithCulprits(
    findings.filter((f) => !taken.has(f) && f.severity !== 'info'),
    culprits.filter((c) => c.severity !== 'info').map((c) => c.cell),
  );
  return culprits
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.c.severity] - SEVERITY_ORDER[b.c.severity] || b.c.explains - a.c.explains || a.i - b.i,
    )
    .map((x) => x.c);
}
