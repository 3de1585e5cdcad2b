import type { Finding, RuleFamily, Severity } from '../engine/findings';
import { TABLE_KINDS, type TableKind } from '../engine/tableKinds';

/** 'none' selects the findings that belong to no table (workbook-wide ones). */
export interface FindingFilter {
  severity: Severity | 'all';
  table: TableKind | 'none' | 'all';
  family: RuleFamily | 'all';
}

export const NO_FILTER: FindingFilter = { severity: 'all', table: 'all', family: 'all' };

export function applyFilter(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) =>
      (filter.severity === 'all' || f.severity === filter.severity) &&
      (filter.family === 'all' || f.family === filter.family) &&
      (filter.table === 'all' || (f.table ?? 'none') === filter.table),
  );
}

export interface FindingGroup {
  /** undefined: findings without a table. */
  table?: TableKind;
  findings: Finding[];
}

/** Groups in the standard table order, the workbook-wide findings last; order inside a group kept. */
export function groupByTable(findings: readonly Finding[]): FindingGroup[] {
  const byTable = new Map<TableKind | undefined, Finding[]>();
  for (const f of findings) {
    const list = byTable.get(f.table);
    if (list) list.push(f);
    else byTable.set(f.table, [f]);
  }
  const order: Array<TableKind | undefined> = [...TABLE_KINDS, undefined];
  return order.filter((k) => byTable.has(k)).map((table) => ({ table, findings: byTable.get(table) ?? [] }));
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const TABLE_RANK = new Map<TableKind | undefined, number>([
  ...TABLE_KINDS.map((k, i) => [k, i] as const),
  [undefined, TABLE_KINDS.length],
]);

/** A 尾差 (a rounding gap inside the tolerance): folded by default. In strict mode the engine makes it an error. */
export function isRoundingGap(f: Finding): boolean {
  return f.severity === 'info' && f.message.includes('尾差');
}

/** The list order: errors, then warnings, then 尾差/说明; within each by table in the standard order, the engine's order kept. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        (TABLE_RANK.get(a.f.table) ?? TABLE_KINDS.length) - (TABLE_RANK.get(b.f.table) ?? TABLE_KINDS.length) ||
        // A table's notes before its folded 尾差 line, as the list shows them.
        Number(isRoundingGap(a.f)) - Number(isRoundingGap(b.f)) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

export interface SeveritySection {
  severity: Severity;
  /** By table in the standard order; in the 尾差 section each group's 尾差 fold into one line. */
  groups: FindingGroup[];
}

/** The ordered findings in their severity sections, each split by table. */
export function sectionsOf(ordered: readonly Finding[]): SeveritySection[] {
  const sections: SeveritySection[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const of = ordered.filter((f) => f.severity === severity);
    if (of.length) sections.push({ severity, groups: groupByTable(of) });
  }
  return sections;
}

/** Identifies a finding across re-checks: the same rule, message and cells. */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.message}|${f.cells.map((c) => `${c.sheet}!${c.address}`).join(',')}`;
}

/** The key of a table's 尾差 fold. */
export function foldKey(table: TableKind | undefined): string {
  return table ?? 'none';
}
