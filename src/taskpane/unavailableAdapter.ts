import type { WorkbookAdapter } from '../excel/types';

/** Stands in when Office.js is not there (page opened outside Excel): every call fails with the reason. */
export function unavailableAdapter(reason: string): WorkbookAdapter {
  const fail = () => Promise.reject(new Error(reason));
  return {
    readWorkbook: fail,
    markFindings: fail,
    clearMarks: fail,
    selectCells: fail,
    writeReport: fail,
    insertNarrative: fail,
    applyFixes: fail,
    undoFixes: fail,
  };
}
