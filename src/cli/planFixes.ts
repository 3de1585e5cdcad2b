import type { CheckResult } from '../engine/checkWorkbook';
import { cellName, culpritsInReportOrder } from '../engine/culpritText';
import type { FindingFix } from '../engine/findings';
import type { FixScope } from './parseArgs';

/** One cell to change in the corrected copy, and the findings (rule ids) the change resolves. */
export interface PlannedFix {
  fix: FindingFix;
  resolves: string[];
}

/** A fix rewrites text (a 情况说明 paragraph, an indicator's wording) rather than a table figure. */
export function isTextFix(fix: FindingFix): boolean {
  return fix.cellText !== undefined || fix.text !== undefined;
}

/** Two fixes make the same change: same cell, same value and, for text, the same new cell text. */
function sameChange(a: FindingFix, b: FindingFix): boolean {
  return cellName(a.cell) === cellName(b.cell) && a.value === b.value && a.cellText === b.cellText;
}

/**
 * The changes `fix` makes: the culprits' fixes first, then any other finding's, each cell once. A second,
 * different fix of a cell already changed (another figure of the same paragraph) was computed against the text
 * as it is, so it is held back for a second run rather than merged. 尾差 (info) are inside their rounding
 * envelope and are left as published; under --strict they are errors and are fixed.
 */
export function planFixes(result: CheckResult, scope?: FixScope): { planned: PlannedFix[]; heldBack: PlannedFix[] } {
  const findings = result.findings.filter((f) => f.severity !== 'info');
  const candidates: FindingFix[] = [
    ...culpritsInReportOrder(result.diagnosis)
      .filter((c) => c.severity !== 'info')
      .flatMap((c) => (c.fix ? [c.fix] : [])),
    ...findings.flatMap((f) => (f.fix ? [f.fix] : [])),
  ];
  const planned = new Map<string, PlannedFix>();
  const heldBack: PlannedFix[] = [];
  for (const fix of candidates) {
    if (scope === 'narrative' && !isTextFix(fix)) continue;
    if (scope === 'tables' && isTextFix(fix)) continue;
    const key = cellName(fix.cell);
    const first = planned.get(key);
    if (first && sameChange(first.fix, fix)) continue;
    if (heldBack.some((h) => sameChange(h.fix, fix))) continue;
    const resolves = [...new Set(findings.filter((f) => f.fix && sameChange(f.fix, fix)).map((f) => f.ruleId))];
    if (first) heldBack.push({ fix, resolves });
    else planned.set(key, { fix, resolves });
  }
  return { planned: [...planned.values()], heldBack };
}
