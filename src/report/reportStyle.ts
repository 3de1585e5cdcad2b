import type { Severity } from '../engine/findings';

/** The report sheet's name, in the CLI's annotated copy and for the add-in's 导出报告. */
export const REPORT_SHEET_NAME = '校验报告';

/** Cell fills for marked cells, Excel's own 差/适中 style colours so they read as familiar. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** Prefix of every note the add-in and the CLI write, so only ours are ever removed. */
export const NOTE_PREFIX = '【预算审核】';
