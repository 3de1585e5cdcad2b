import type { WorkbookAdapter } from '../excel/types';
import type { CheckFn } from '../taskpane/useCheckSession';
import { STRINGS } from '../taskpane/strings';

/** 校验工作簿 from the ribbon: read, check (normal mode), mark; returns the one-line result. */
export async function validateAndMark(adapter: WorkbookAdapter, check: CheckFn): Promise<string> {
  const grid = await adapter.readWorkbook();
  const result = check(grid, { strict: false });
  if (result.tables.length === 0) return STRINGS.resultNoTables;
  const { error, warning, info } = result.summary;
  const marked = await adapter.markFindings(result.findings);
  return `${STRINGS.resultSummary(error, warning, info)}${STRINGS.marked(marked.marked, marked.notes, marked.skipped.length)}`;
}

/** 清除标记 from the ribbon. */
export async function clearMarks(adapter: WorkbookAdapter): Promise<string> {
  const r = await adapter.clearMarks();
  return STRINGS.cleared(r.restored, r.notesRemoved);
}
