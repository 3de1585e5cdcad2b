import type { ExcelRunner } from '../../excel/types';
import type { MemoryWorkbook } from './memoryWorkbook';
import { emptyStats, MemoryRequestContext, type MemoryContextOptions, type MemoryStats } from './requestContext';

/** An ExcelRunner over a MemoryWorkbook, with the cost of every run added up in `stats`. */
export type MemoryRunner = ExcelRunner & { readonly stats: MemoryStats; resetStats(): void };

/**
 * Excel.run for the in-memory workbook: each run gets a fresh request context (proxies from one run
 * cannot be used in another, as in Excel). Operations still queued when the batch returns are synced,
 * as Excel.run does.
 */
export function createMemoryRunner(workbook: MemoryWorkbook, options: MemoryContextOptions = {}): MemoryRunner {
  const stats = emptyStats();
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new MemoryRequestContext(workbook, stats, options);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pendingOperations > 0) await context.sync();
    return result;
  };
  return Object.assign(run, {
    stats,
    resetStats(): void {
      Object.assign(stats, emptyStats());
    },
  });
}
