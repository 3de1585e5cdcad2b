import type { CheckResult } from '../engine/checkWorkbook';
import type { Finding, FindingFix } from '../engine/findings';
import type { CellRef, WorkbookGrid } from '../engine/grid';
import type { NarrativeSection } from '../engine/narrative';
import type { CancelSignal, LongCallOptions } from './cancel';
import type { ApplyFixesResult, UndoFixesResult } from './fixTypes';

/**
 * Runs a batch against a workbook: Excel.run in Excel, the in-memory Excel API in tests and in the
 * preview host. The adapter never calls Excel.run itself, so both can drive it.
 */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ReadProgress {
  /** 0..1 */
  fraction: number;
  /** Chinese status line for the pane, e.g. '正在读取 表3（3/12）'. */
  label: string;
}

export interface MarkResult {
  /** Cells filled. */
  marked: number;
  /** Notes (or comments) written. */
  notes: number;
  /** Cells that could not be marked (protected sheets…), with the reason in Chinese. */
  skipped: Array<{ cell: CellRef; reason: string }>;
}

export interface ClearResult {
  /** Cells whose own fill was restored. */
  restored: number;
  notesRemoved: number;
}

export interface InsertNarrativeOptions {
  /** Put a new block at the selected cell instead of the 情况说明 sheet; refused when a target cell is not empty. */
  atSelection?: boolean;
  /** Unit and budget year, for the title row of a 情况说明 sheet the add-in creates. */
  unit?: string;
  year?: number;
}

export interface InsertNarrativeResult {
  sheet: string;
  /** The block, e.g. 'A70:A85'. */
  address: string;
  /** An earlier block was overwritten in place. */
  replaced: boolean;
}

/** Everything the task pane and the ribbon commands do to the workbook goes through this. */
export interface WorkbookAdapter {
  /** An aborted `signal` rejects with CancelledError (src/excel/cancel.ts) at the next sync. */
  readWorkbook(onProgress?: (p: ReadProgress) => void, signal?: CancelSignal): Promise<WorkbookGrid>;
  /**
   * Fill the cells of the findings by severity and add a note; clears earlier marks first. An aborted signal
   * rejects with CancelledError and leaves no half marks: nothing written yet, or this run's marks cleared.
   */
  markFindings(findings: readonly Finding[], options?: LongCallOptions): Promise<MarkResult>;
  /** Restore every marked cell's own fill and remove only our notes; works from a reopened workbook. */
  clearMarks(): Promise<ClearResult>;
  /** Activate the first cell's sheet and select the cells. */
  selectCells(cells: readonly CellRef[]): Promise<void>;
  /** Write (or replace) the 校验报告 sheet. */
  writeReport(result: CheckResult): Promise<void>;
  /**
   * Write the generated 情况说明 block, or replace the one written before (found by a workbook-level
   * name). Rejects with a Chinese message (NarrativeInsertError) rather than overwrite the user's cells.
   */
  insertNarrative(
    sections: readonly NarrativeSection[],
    options?: InsertNarrativeOptions,
  ): Promise<InsertNarrativeResult>;
  /** 修正: write each fix into its cell (refused on formula cells), recorded in the workbook for 撤销修正. */
  applyFixes(fixes: readonly FindingFix[]): Promise<ApplyFixesResult>;
  /** 撤销修正: give every fixed cell back its value and number format, from the record (also after reopen). */
  undoFixes(): Promise<UndoFixesResult>;
}
