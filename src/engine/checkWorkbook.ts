import type { Culprit, Finding, FindingSummary } from './findings';
import { sortFindings, summarize } from './findings';
import { diagnoseWorkbook } from './diagnosis/diagnoseWorkbook';
import { rangeToA1, type WorkbookGrid } from './grid';
import { ALL_RULES } from './rules';
import type { Relation } from './relations/types';
import type { CheckOptions, Rule } from './rules/rule';
import { recognizeWorkbook } from './tables/recognizeWorkbook';
import type { TableKind } from './tableKinds';
import { templateById, type DocumentType, type TemplateId } from './templates';
import type { BudgetWorkbook } from './tables/types';

export interface TableSummary {
  kind: TableKind;
  sheet: string;
  range: string;
  title: string;
}

export interface CheckResult {
  /** The template the workbook follows (its titles decide). */
  template: TemplateId;
  /** The template's Chinese name, for the pane and reports. */
  templateName: string;
  /** 预算 or 决算, as the template says (issue 13). */
  document: DocumentType;
  unit?: string;
  year?: number;
  tables: TableSummary[];
  missingTables: TableKind[];
  findings: Finding[];
  /** The diagnosed culprits, errors first and the most explaining first (issue 10); empty when nothing fails. */
  diagnosis: Culprit[];
  /** Every comparison of figures the rules made, holding or not (issue 10), in rule order. */
  relations?: Relation[];
  summary: FindingSummary;
  workbook: BudgetWorkbook;
}

export const DEFAULT_OPTIONS: CheckOptions = { strict: false };

/** Kinds whose absence is reported: the tables the workbook's template publishes. */
export function missingKinds(wb: BudgetWorkbook): TableKind[] {
  const present = new Set(wb.tables.map((t) => t.kind));
  return templateById(wb.template).tables.filter((k) => !present.has(k));
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
  const template = templateById(workbook.template);
  const findings: Finding[] = [];
  const relations: Relation[] = [];
  for (const rule of rules) {
    if (rule.document !== undefined && rule.document !== template.document) continue;
    try {
      findings.push(...rule.check({ workbook, grid, options: opts, relations }));
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
  // Before sorting: the diagnosis puts each finding's culprit first, and the sort goes by the first cell.
  const diagnosis = diagnoseWorkbook(relations, findings, grid);
  const sorted = sortFindings(
    findings,
    grid.sheets.map((s) => s.name),
  );
  return {
    template: template.id,
    templateName: template.name,
    document: template.document,
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
    diagnosis,
    relations,
    summary: summarize(sorted),
    workbook,
  };
}
