import type { CheckResult } from '../engine/checkWorkbook';
import { culpritsInReportOrder } from '../engine/culpritText';
import type { CellRef } from '../engine/grid';
import type { FindingFix, FindingSummary, Severity } from '../engine/findings';
import type { TableKind } from '../engine/tableKinds';
import type { DocumentType, TemplateId } from '../engine/templates';

/** The command-line JSON contract of BRIEF §5 (schemaVersion 1). */
export interface JsonReport {
  schemaVersion: 1;
  file: string;
  /** The template the workbook follows: 'hebei' | 'shanghai' | 'shanghai-final' | 'national-final'. */
  template: TemplateId;
  /** 'budget' (部门预算) or 'final' (部门决算), as the template says. */
  document: DocumentType;
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
    /** The one change that repairs the finding (issue 10), when there is one. */
    fix?: JsonFix;
    /** Other cells that would explain the finding equally well, most likely first. */
    alternatives?: CellRef[];
  }>;
  /** The diagnosed culprits, errors first: the cell most likely wrong and how many findings its change explains. */
  diagnosis: Array<{
    cell: CellRef;
    /** What the cell should read, in its own unit; absent when no single value is known. */
    value?: string;
    /** The whole new paragraph, for a figure stated in text. */
    text?: string;
    explains: number;
    severity: Severity;
    alternatives: CellRef[];
  }>;
  summary: FindingSummary;
}

export interface JsonFix {
  cell: CellRef;
  value: string;
  /** The whole new paragraph, for a figure stated in text. */
  text?: string;
}

/** Only the fields of the contract, in a fixed order (a CellRef may carry more in memory). */
function cellOf(c: CellRef): CellRef {
  return { sheet: c.sheet, address: c.address };
}

function fixOf(fix: FindingFix): JsonFix {
  return { cell: cellOf(fix.cell), value: fix.value, ...(fix.text !== undefined ? { text: fix.text } : {}) };
}

export function toJsonReport(file: string, result: CheckResult): JsonReport {
  return {
    schemaVersion: 1,
    file,
    template: result.template,
    document: result.document,
    unit: result.unit ?? null,
    year: result.year ?? null,
    tables: result.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, range: t.range, title: t.title })),
    missingTables: result.missingTables,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      family: f.family,
      severity: f.severity,
      message: f.message,
      cells: f.cells.map(cellOf),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
      ...(f.fix ? { fix: fixOf(f.fix) } : {}),
      ...(f.alternatives && f.alternatives.length > 0 ? { alternatives: f.alternatives.map(cellOf) } : {}),
    })),
    diagnosis: culpritsInReportOrder(result.diagnosis).map((c) => ({
      cell: cellOf(c.cell),
      ...(c.fix ? { value: c.fix.value } : {}),
      ...(c.fix?.text !== undefined ? { text: c.fix.text } : {}),
      explains: c.explains,
      severity: c.severity,
      alternatives: c.alternatives.map(cellOf),
    })),
    summary: result.summary,
  };
}
