/**
 * The workbook-scoped name that marks the report sheet 导出报告 or the CLI's annotate created: it refers to
 * that sheet's A1, so it follows the sheet when the user renames or moves it and across save and reopen
 * (worksheet ids do not: desktop Excel renumbers them on open), and turns into #REF! when the sheet is
 * deleted. Both writers use it, so either rewrites the report the other wrote and never a user's own sheet.
 */
export const REPORT_NAME = 'BudgetChecker.Report';
export const REPORT_NAME_COMMENT = '预算公开审核导出的校验报告；再次导出时只改写这张表';

/**
 * The name for a new report sheet: `base` when no sheet has it, else `base (2)`, `base (3)` …
 * Excel compares sheet names without regard to case.
 */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
