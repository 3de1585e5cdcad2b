import type { Finding, FindingSummary } from './findings';
import { sortFindings, summarize } from './findings';
import { rangeToA1, type WorkbookGrid } from './grid';
import { ALL_RULES } from './rules';
import type { CheckOptions, Rule } from './rules/rule';
import { recognizeWorkbook } from './tables/recognizeWorkbook';
import { TABLE_KINDS, type TableKind } from './tableKinds';
import type { BudgetWorkbook } from './tables/types';

export interface TableSummary {
  kind: TableKind;
  sheet: string;
  range: string;
  title: string;
}

export interface CheckResult {
  unit?: string;
  year?: number;
  tables: TableSummary[];
  missingTables: TableKind[];
  findings: Finding[];
  summary: FindingSummary;
  workbook: BudgetWorkbook;
}

export const DEFAULT_OPTIONS: CheckOptions = { strict: false };

/** Kinds whose absence is reported: every standard kind. */
export function missingKinds(wb: BudgetWorkbook): TableKind[] {
  const present = new Set(wb.tables.map((t) => t.kind));
  return TABLE_KINDS.filter((k) => !present.has(k));
}

/**
 * Recognise the tables of a workbook grid and run every rule. A rule that throws is a bug in the rule,
 * not in the user's workbook: it becomes an info finding so one bad rule cannot hide the others.
 */
export function checkWorkbook(
  grid: WorkbookGrid,
  options: Partial<CheckOptions> = {},
  rules: readonly Rule[] = ALL_RULES,
): CheckResult {
  const opts: CheckOptions = { ...DEFAULT_OPTIONS, ...options };
  const workbook = recognizeWorkbook(grid);
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.check({ workbook, grid, options: opts }));
    } catch (e) {
      findings.push({
        ruleId: rule.id,
        family: rule.family,
        severity: 'info',
        message: `规则“${rule.title}”未能完成：${e instanceof Error ? e.message : String(e)}`,
        cells: [],
      });
    }
  }
  const sorted = sortFindings(
    findings,
    grid.sheets.map((s) => s.name),
  );
  return {
    unit: workbook.unitName,
    year: workbook.year,
    tables: workbook.tables.map((t) => ({
      kind: t.kind,
      sheet: t.sheet,
      range: rangeToA1(t.range),
      title: t.title.text,
    })),
    missingTables: missingKinds(workbook),
    findings: sorted,
    summary: summarize(sorted),
    workbook,
  };
}
