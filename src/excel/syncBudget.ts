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
}
