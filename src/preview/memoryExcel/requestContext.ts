import { MemoryOfficeError } from './officeError';
import type { MemoryWorkbook } from './memoryWorkbook';
import { MemoryWorkbookProxy } from './workbookProxy';

/** What a run cost: the numbers the adapter's performance tests assert on. */
export interface MemoryStats {
  syncs: number;
  /** Queued operations sent, over all syncs. */
  operations: number;
  /** Estimated bytes of queued operations (JSON of each operation with its arguments). */
  requestBytes: number;
  /** Estimated bytes of loaded results. */
  responseBytes: number;
  /** The largest request + response of one sync. */
  largestSyncBytes: number;
}

export function emptyStats(): MemoryStats {
  return { syncs: 0, operations: 0, requestBytes: 0, responseBytes: 0, largestSyncBytes: 0 };
}

export interface MemoryContextOptions {
  /** Excel on the web rejects a request or a response above 5 MB. */
  payloadLimitBytes?: number;
  /** Longest address string getRanges accepts; kept conservative, as the real limit is undocumented. */
  maxRangesAddressLength?: number;
  /**
   * Fault injection: called at every sync with the number of queued operations. Return undefined for a
   * normal sync, or how many of the operations Excel applies before the sync fails with a RichApi-like
   * error: 0 = none, `operations` = all of them but the answer is lost (Excel applies a batch in order
   * and stops at the failing operation; nothing is rolled back).
   */
  syncFault?: (operations: number) => number | undefined;
}

export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_RANGES_ADDRESS_LENGTH = 255;

interface QueuedOperation {
  /** What would travel to Excel: used only for the payload estimate. */
  describe: unknown;
  /** Runs at sync; what it returns travels back (loaded values). */
  run: () => unknown;
}

const utf8 = typeof TextEncoder === 'undefined' ? undefined : new TextEncoder();

/** UTF-8 bytes of the JSON; Buffer in Node, TextEncoder in the browser (the preview host has no Buffer). */
function jsonSize(value: unknown): number {
  const s = JSON.stringify(value);
  if (s === undefined) return 0;
  return typeof Buffer === 'undefined' && utf8 ? utf8.encode(s).length : Buffer.byteLength(s, 'utf8');
}

/**
 * Like Excel.RequestContext: proxies queue operations, context.sync() runs them in order against the
 * workbook and fills in loaded values. Nothing touches the workbook between syncs.
 */
export class MemoryRequestContext {
  readonly workbook: MemoryWorkbookProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly payloadLimitBytes: number;
  readonly maxRangesAddressLength: number;
  private readonly syncFault?: (operations: number) => number | undefined;
  private queue: QueuedOperation[] = [];

  constructor(
    readonly model: MemoryWorkbook,
    readonly stats: MemoryStats = emptyStats(),
    options: MemoryContextOptions = {},
  ) {
    this.payloadLimitBytes = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
    this.maxRangesAddressLength = options.maxRangesAddressLength ?? DEFAULT_MAX_RANGES_ADDRESS_LENGTH;
    this.syncFault = options.syncFault;
    this.workbook = new MemoryWorkbookProxy(this);
  }

  enqueue(describe: unknown, run: () => unknown): void {
    this.queue.push({ describe, run });
  }

  /** Operations waiting for the next sync. */
  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.stats.syncs++;
    this.stats.operations += batch.length;
    const requestBytes = batch.reduce((n, op) => n + jsonSize(op.describe), 0);
    this.stats.requestBytes += requestBytes;
    if (requestBytes > this.payloadLimitBytes) {
      throw new MemoryOfficeError('RequestPayloadSizeLimitExceeded', `请求过大：${requestBytes} 字节`);
    }
    const applied = this.syncFault?.(batch.length);
    if (applied !== undefined) {
      for (const op of batch.slice(0, applied)) op.run();
      throw new MemoryOfficeError('GeneralException', `注入的故障：第 ${applied + 1} 个操作处失败`);
    }
    let responseBytes = 0;
    for (const op of batch) responseBytes += jsonSize(op.run());
    this.stats.responseBytes += responseBytes;
    this.stats.largestSyncBytes = Math.max(this.stats.largestSyncBytes, requestBytes + responseBytes);
    if (responseBytes > this.payloadLimitBytes) {
      throw new MemoryOfficeError('RequestPayloadSizeLimitExceeded', `响应过大：${responseBytes} 字节`);
    }
    await Promise.resolve();
  }
}
