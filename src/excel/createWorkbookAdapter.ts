import { resolveAdapterOptions, type WorkbookAdapterOptions } from './adapterOptions';
import { applyFixes } from './applyFixes';
import { clearMarks } from './clearMarks';
import { insertNarrative } from './insertNarrative';
import { markFindings } from './markFindings';
import { readWorkbook } from './readWorkbook';
import { selectCells } from './selectCells';
import { undoFixes } from './undoFixes';
import type { ExcelRunner, WorkbookAdapter } from './types';
import { writeReport } from './writeReport';

/**
 * The WorkbookAdapter over an ExcelRunner: Excel.run in Excel, createMemoryRunner in tests and the
 * preview. It changes formatting, notes, a custom XML part and the 校验报告 sheet, never a value or a
 * formula of the user's sheets; it writes its own cells only in the 校验报告 sheet and the 情况说明 block.
 */
export function createWorkbookAdapter(run: ExcelRunner, options?: WorkbookAdapterOptions): WorkbookAdapter {
  const resolved = resolveAdapterOptions(options);
  return {
    readWorkbook: (onProgress, signal) => readWorkbook(run, resolved, onProgress, signal),
    markFindings: (findings, markOptions) => markFindings(run, resolved, findings, markOptions),
    clearMarks: () => clearMarks(run, resolved),
    selectCells: (cells) => selectCells(run, resolved, cells),
    writeReport: (result) => writeReport(run, resolved, result),
    insertNarrative: (sections, insertOptions) =>
      insertNarrative(run, sections, insertOptions, resolved.isSetSupported),
    applyFixes: (fixes) => applyFixes(run, resolved, fixes),
    undoFixes: () => undoFixes(run, resolved),
  };
}
