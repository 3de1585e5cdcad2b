import * as path from 'path';
import type { BatchSummary } from './batchSummaryRows';

export type SummaryFormat = 'xlsx' | 'csv';

/** The format `--summary FILE` asks for, by its extension; undefined for any other. */
export function summaryFormat(file: string): SummaryFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : undefined;
}

/** Write the batch summary; the writers are loaded only here, so validate without --summary does not load them. */
export async function writeBatchSummary(file: string, format: SummaryFormat, summary: BatchSummary): Promise<void> {
  if (format === 'csv') await (await import('./writeSummaryCsv')).writeSummaryCsv(file, summary);
  else await (await import('./writeSummaryXlsx')).writeSummaryXlsx(file, summary);
}
