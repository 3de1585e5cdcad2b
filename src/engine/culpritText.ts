import { SEVERITY_NAMES, type Culprit, type Severity } from './findings';
import type { CellRef } from './grid';

/*
 * The diagnosis as reviewers read it (issue 10.6): one sentence per culprit, shared by the command line's text
 * report, its 校验报告 sheet and the add-in's 校验报告 rows, so all three say the same thing.
 */

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function cellName(cell: CellRef): string {
  return `${cell.sheet}!${cell.address}`;
}

/** Errors first, then warnings, then 尾差; the engine's order (most explaining first) kept within a severity. */
export function culpritsInReportOrder(diagnosis: readonly Culprit[]): Culprit[] {
  return diagnosis
    .map((c, i) => ({ c, i }))
    .sort((a, b) => SEVERITY_ORDER[a.c.severity] - SEVERITY_ORDER[b.c.severity] || a.i - b.i)
    .map((x) => x.c);
}

/** '最可能出错：表3!F10（应为 37.17），可解释 3 项错误', with the equally likely cells after it when there are any. */
export function culpritSentence(culprit: Culprit): string {
  const should = culprit.fix ? `（应为 ${culprit.fix.value}）` : '';
  const others = culprit.alternatives.length > 0 ? `；也可能是 ${culprit.alternatives.map(cellName).join('、')}` : '';
  return `最可能出错：${cellName(culprit.cell)}${should}，可解释 ${culprit.explains} 项${SEVERITY_NAMES[culprit.severity]}${others}`;
}
