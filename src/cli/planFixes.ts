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

/**
 * The changes `fix` makes: the culprits' fixes first, then any other finding's, each cell once. 尾差 (info) are
 * inside their rounding envelope and are left as published; under --strict they are errors and are fixed.
 */
export function planFixes(result: CheckResult, scope?: FixScope): PlannedFix[] {
  const findings = result.findings.filter((f) => f.severity !== 'info');
  const candidates: FindingFix[] = [
    ...culpritsInReportOrder(result.diagnosis)
      .filter((c) => c.severity !== 'info')
      .flatMap((c) => (c.fix ? [c.fix] : [])),
    ...findings.flatMap((f) => (f.fix ? [f.fix] : [])),
  ];
  const planned = new Map<string, PlannedFix>();
  for (const fix of candidates) {
    const key = cellName(fix.cell);
    if (planned.has(key)) continue;
    if (scope === 'narrative' && !isTextFix(fix)) continue;
    if (scope === 'tables' && isTextFix(fix)) continue;
    const resolves = [...new Set(findings.filter((f) => f.fix && cellName(f.fix.cell) === key).map((f) => f.ruleId))];
    planned.set(key, { fix, resolves });
  }
  return [...planned.values()];
}
