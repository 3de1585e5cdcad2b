import type { CheckResult } from '../engine/checkWorkbook';
import type { CellRef } from '../engine/grid';
import type { FindingSummary, Severity } from '../engine/findings';
import type { TableKind } from '../engine/tableKinds';
import type { TemplateId } from '../engine/templates';

/** The command-line JSON contract of BRIEF §5 (schemaVersion 1). */
export interface JsonReport {
  schemaVersion: 1;
  file: string;
  /** The template the workbook follows: 'hebei' | 'shanghai'. */
  template: TemplateId;
  unit: string | null;
  year: number | null;
  tables: Array<{ kind: TableKind; sheet: string; range: string; title: string }>;
  missingTables: TableKind[];
  findings: Array<{
    ruleId: string;
    family: string;
    severity: Severity;
    message: string;
    cells: CellRef[];
    expected?: string;
    actual?: string;
  }>;
  summary: FindingSummary;
}

export function toJsonReport(file: string, result: CheckResult): JsonReport {
  return {
    schemaVersion: 1,
    file,
    template: result.template,
    unit: result.unit ?? null,
    year: result.year ?? null,
    tables: result.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, range: t.range, title: t.title })),
    missingTables: result.missingTables,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      family: f.family,
      severity: f.severity,
      message: f.message,
      cells: f.cells.map((c) => ({ sheet: c.sheet, address: c.address })),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
    })),
    summary: result.summary,
  };
}
