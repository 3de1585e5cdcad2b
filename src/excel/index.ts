export { createWorkbookAdapter } from './createWorkbookAdapter';
export type { WorkbookAdapterOptions } from './adapterOptions';
export { MARK_COLORS, NOTE_PREFIX } from './markColors';
export { MARKS_NAMESPACE } from './markRecord';
export { FIXES_NAMESPACE } from './fixRecord';
export type { AppliedFix, RefusedFix, ApplyFixesResult, UndoFixesResult } from './fixTypes';
export { REPORT_SHEET_NAME } from '../report/reportRows';
export { NarrativeInsertError } from './insertNarrative';
export { ReportWriteError } from './writeReport';
export type {
  ExcelRunner,
  WorkbookAdapter,
  MarkResult,
  ClearResult,
  ReadProgress,
  InsertNarrativeOptions,
  InsertNarrativeResult,
} from './types';
