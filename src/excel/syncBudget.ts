/**
 * Keeps one sync under the payload limit: callers reserve the bytes an operation will cost, and the
 * queue is synced first when it would overflow. For ordinary workbooks nothing overflows, so the
 * number of syncs stays constant; only very large batches pay one more sync per chunk.
 */
export class SyncBudget {
  private used: number;
  extraSyncs = 0;

  /** `queuedBytes`: what is already queued for the next sync (loads queued by the caller). */
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limitBytes: number,
    queuedBytes = 0,
  ) {
    this.used = queuedBytes;
  }

  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limitBytes) {
      await this.context.sync();
      this.extraSyncs++;
      this.used = 0;
    }
    this.used += bytes;
  }

  /** Bytes still free in the current sync. */
  get remaining(): number {
    return Math.max(0, this.limitBytes - this.used);
  }

  /** Sends what is queued now (when the next piece would not fit even in part). */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    await this.context.sync();
    this.extraSyncs++;
    this.used = 0;
  }
}

/** UTF-8 bytes of a value as JSON: what a string costs in a request (no Buffer: this runs in the browser too). */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
