import { throwIfCancelled, type LongCallOptions } from '../excel/cancel';
import type { WorkbookAdapter } from '../excel/types';
import type { CheckFn } from '../shared/checkFn';
import { STRINGS } from '../shared/strings';

/**
 * 校验工作簿 from the ribbon: read, check (normal mode), mark; returns the one-line result. `call` (optional)
 * reports what is happening (读取工作表 n/m, 核对, 标记 n/3) and carries the dialog's 取消: a cancel rejects
 * with CancelledError, the workbook unmarked (see markFindings).
 */
export async function validateAndMark(
  adapter: WorkbookAdapter,
  check: CheckFn,
  call?: LongCallOptions,
): Promise<string> {
  const grid = await adapter.readWorkbook(call?.onProgress, call?.signal);
  throwIfCancelled(call?.signal);
  call?.onProgress?.({ fraction: 1, label: STRINGS.checking });
  const result = check(grid, { strict: false });
  if (result.tables.length === 0) return STRINGS.resultNoTables;
  const { error, warning, info } = result.summary;
  const marked = call ? await adapter.markFindings(result.findings, call) : await adapter.markFindings(result.findings);
  return `${STRINGS.resultSummary(error, warning, info)}${STRINGS.marked(marked.marked, marked.notes, marked.skipped.length)}`;
}

/** 清除标记 from the ribbon. */
export async function clearMarks(adapter: WorkbookAdapter): Promise<string> {
  const r = await adapter.clearMarks();
  return STRINGS.cleared(r.restored, r.notesRemoved);
}
