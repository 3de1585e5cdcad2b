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
