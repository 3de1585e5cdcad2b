import { promises as fs } from 'fs';
import { SUMMARY_COLUMNS, type BatchSummary } from './batchSummaryRows';

/** Excel reads a CSV without a byte-order mark in the system code page (GBK in China), garbling Chinese. */
const BOM = '\ufeff';

/**
 * Text that Excel would take as a formula when opening a CSV (=, +, -, @ first) gets a leading apostrophe:
 * a unit name from a submitted workbook must not run as a formula on the reviewer's machine.
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = inert(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The 汇总 rows as CSV text: BOM, header, one line per file, CRLF line ends. */
export function summaryCsv(summary: BatchSummary): string {
  const lines = [SUMMARY_COLUMNS.map(([, header]) => csvField(header)).join(',')];
  for (const row of summary.files) lines.push(SUMMARY_COLUMNS.map(([key]) => csvField(row[key])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export async function writeSummaryCsv(file: string, summary: BatchSummary): Promise<void> {
  await fs.writeFile(file, summaryCsv(summary), 'utf8');
}
