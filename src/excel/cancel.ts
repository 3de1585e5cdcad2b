/**
 * What a long adapter call (reading, marking) checks between syncs to stop early. An AbortSignal fits; so
 * does a plain `{ aborted: false }` object, for hosts whose browser has no AbortController.
 */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** Progress of a long adapter call, for the pane and the ribbon command's dialog. */
export interface WorkProgress {
  /** 0..1 */
  fraction: number;
  /** Chinese status line, e.g. '正在读取 表3（工作表 3/12）' or '正在标记（2/3）'. */
  label: string;
}

/** Options of the long adapter calls: both optional, so every earlier caller keeps working. */
export interface LongCallOptions {
  onProgress?: (p: WorkProgress) => void;
  signal?: CancelSignal;
}

/** Thrown by an adapter call that stopped because its signal was aborted: the workbook is as it was. */
export class CancelledError extends Error {
  readonly code = 'Cancelled';
  constructor() {
    super('已取消。');
    this.name = 'CancelledError';
  }
}

export function isCancelled(e: unknown): boolean {
  return (
    e instanceof CancelledError ||
    (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'Cancelled')
  );
}

export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}
