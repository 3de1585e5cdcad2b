import { SEVERITY_NAMES } from '../engine/findings';
import { cellParagraph } from '../engine/plainText';
import { TABLE_KIND_NAMES } from '../engine/tableKinds';
import { templateById, type DocumentType } from '../engine/templates';
import type { JsonReport } from './toJsonReport';

/** 预算 or (later) 决算, as the template says. */
export const DOCUMENT_TYPE_NAMES: Record<DocumentType, string> = { budget: '预算', final: '决算' };

/** One row of the 汇总 sheet and of the CSV: one checked file. Text is plain (no control characters). */
export interface BatchSummaryRow {
  file: string;
  unit: string;
  year: number | null;
  template: string;
  documentType: string;
  tablesFound: number | null;
  missingTables: string;
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  firstError: string;
  firstErrorCells: string;
  readError: string;
}

/** The 汇总 columns in order: key and Chinese header. */
export const SUMMARY_COLUMNS: ReadonlyArray<readonly [keyof BatchSummaryRow, string]> = [
  ['file', '文件'],
  ['unit', '单位'],
  ['year', '年度'],
  ['template', '模板'],
  ['documentType', '文档类型'],
  ['tablesFound', '识别的表'],
  ['missingTables', '缺少的表'],
  ['errors', '错误'],
  ['warnings', '提示'],
  ['infos', '尾差/说明'],
  ['firstError', '第一个错误'],
  ['firstErrorCells', '第一个错误的单元格'],
  ['readError', '读取错误'],
];

/** One row of the 全部问题 sheet: one finding of one file. */
export interface BatchFindingRow {
  file: string;
  severity: string;
  ruleId: string;
  message: string;
  cells: string;
  expected: string;
  actual: string;
}

export const FINDING_COLUMNS: ReadonlyArray<readonly [keyof BatchFindingRow, string]> = [
  ['file', '文件'],
  ['severity', '级别'],
  ['ruleId', '规则'],
  ['message', '说明'],
  ['cells', '单元格'],
  ['expected', '应为'],
  ['actual', '实为'],
];

/** The rows of a whole batch, in the order the files were checked. */
export interface BatchSummary {
  files: BatchSummaryRow[];
  findings: BatchFindingRow[];
}

function cellList(cells: ReadonlyArray<{ sheet: string; address: string }>): string {
  return cells.map((c) => `${c.sheet}!${c.address}`).join('，');
}

/**
 * The rows are built from the `validate --json` object of the file, not from the engine's result, so the
 * summary says exactly what the JSON says.
 */
export function addCheckedFile(summary: BatchSummary, report: JsonReport): void {
  const template = templateById(report.template);
  const firstError = report.findings.find((f) => f.severity === 'error');
  summary.files.push({
    file: cellParagraph(report.file),
    unit: cellParagraph(report.unit ?? ''),
    year: report.year,
    template: template.name,
    documentType: DOCUMENT_TYPE_NAMES[template.document],
    tablesFound: report.tables.length,
    missingTables: report.missingTables.map((k) => TABLE_KIND_NAMES[k]).join('、'),
    errors: report.summary.error,
    warnings: report.summary.warning,
    infos: report.summary.info,
    firstError: firstError ? cellParagraph(firstError.message) : '',
    firstErrorCells: firstError ? cellParagraph(cellList(firstError.cells)) : '',
    readError: '',
  });
  for (const f of report.findings) {
    summary.findings.push({
      file: cellParagraph(report.file),
      severity: SEVERITY_NAMES[f.severity],
      ruleId: f.ruleId,
      message: cellParagraph(f.message),
      cells: cellParagraph(cellList(f.cells)),
      expected: f.expected ?? '',
      actual: f.actual ?? '',
    });
  }
}

/** A file that could not be read: its row names the one Chinese line printed on stderr. */
export function addFailedFile(summary: BatchSummary, file: string, message: string): void {
  summary.files.push({
    file: cellParagraph(file),
    unit: '',
    year: null,
    template: '',
    documentType: '',
    tablesFound: null,
    missingTables: '',
    errors: null,
    warnings: null,
    infos: null,
    firstError: '',
    firstErrorCells: '',
    readError: cellParagraph(message),
  });
}
