import type { ExcelRunner } from '../excel/types';
import { createMemoryRunner, type MemoryRunner, type MemoryWorkbook } from './memoryExcel';

/**
 * The memory runner with a callback after every context.sync() (and at the end of every run), so the
 * rendered workbook follows each batch the adapter sends, as Excel's grid does.
 */
export function createObservedRunner(workbook: MemoryWorkbook, onSync: () => void): MemoryRunner {
  const memory = createMemoryRunner(workbook);
  const run: ExcelRunner = async (batch) => {
    try {
      return await memory(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async <T>(passThroughValue?: T): Promise<T> => {
          try {
            return (await sync(passThroughValue)) as T;
          } finally {
            onSync();
          }
        };
        return batch(context);
      });
    } finally {
      onSync();
    }
  };
  return Object.assign(run, { stats: memory.stats, resetStats: () => memory.resetStats() });
}
