import {
  DEFAULT_HOST_PROFILE,
  MEMBER_API_SETS,
  profileSupports,
  type HostProfile,
  type ModelledMember,
} from './hostProfile';
import { MemoryOfficeError } from './officeError';
import { RequestFraming, type ProxyObject } from './requestFraming';
import type { MemoryWorkbook } from './memoryWorkbook';
import { MemoryWorkbookProxy } from './workbookProxy';

/** What a run cost: the numbers the adapter's performance tests assert on. */
export interface MemoryStats {
  syncs: number;
  /** Queued operations sent, over all syncs. */
  operations: number;
  /** Bytes of the requests as Office.js frames them (see requestFraming.ts). */
  requestBytes: number;
  /** Estimated bytes of loaded results. */
  responseBytes: number;
  /** The largest request + response of one sync. */
  largestSyncBytes: number;
  /** The largest request of one sync. */
  largestRequestBytes: number;
}

export function emptyStats(): MemoryStats {
  return { syncs: 0, operations: 0, requestBytes: 0, responseBytes: 0, largestSyncBytes: 0, largestRequestBytes: 0 };
}

export interface MemoryContextOptions {
  /** The Excel this stands for: supported ExcelApi version, web or desktop. Default: the latest web. */
  profile?: HostProfile;
  /** Excel on the web rejects a request or a response above 5 MB; default 5 MB on the web, none on desktop. */
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

/** What an operation sends: the object's path, the property or method, its arguments. */
export interface OperationDescription {
  /** The proxy's key (MemoryClientObject.key). */
  object: number;
  name: string;
  args?: unknown;
  /** Keys of proxies passed as arguments: Office.js sends their object paths too. */
  refs?: number[];
  /** A method that creates an object (add): Office.js sends it as an object path. */
  returnsObject?: boolean;
  /** The Office.js member the operation itself needs (its object's members are registered with the object). */
  member?: ModelledMember;
}

interface QueuedOperation {
  describe: OperationDescription;
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
  readonly profile: HostProfile;
  readonly payloadLimitBytes: number;
  readonly maxRangesAddressLength: number;
  /** Every proxy made in this context (by key), its parent and the member it was reached through. */
  private readonly objects: ProxyObject[] = [];
  /** The latest proxy made for each path: a new proxy's parent is the latest one of its path's prefix. */
  private readonly latestByPath = new Map<string, number>();
  private readonly syncFault?: (operations: number) => number | undefined;
  private queue: QueuedOperation[] = [];

  constructor(
    readonly model: MemoryWorkbook,
    readonly stats: MemoryStats = emptyStats(),
    options: MemoryContextOptions = {},
  ) {
    this.profile = options.profile ?? DEFAULT_HOST_PROFILE;
    this.payloadLimitBytes =
      options.payloadLimitBytes ?? (this.profile.web ? DEFAULT_PAYLOAD_LIMIT_BYTES : Number.POSITIVE_INFINITY);
    this.maxRangesAddressLength = options.maxRangesAddressLength ?? DEFAULT_MAX_RANGES_ADDRESS_LENGTH;
    this.syncFault = options.syncFault;
    this.workbook = new MemoryWorkbookProxy(this);
  }

  /** A proxy was made; returns its key. Its parent is the latest proxy whose path is a prefix of its own. */
  registerObject(path: string): number {
    let parent: number | undefined;
    for (let i = path.length - 1; i > 0 && parent === undefined; i--) {
      if (path[i] === '.' || path[i] === '[') parent = this.latestByPath.get(path.slice(0, i));
    }
    const key = this.objects.length;
    this.objects.push({ path, parent });
    this.latestByPath.set(path, key);
    return key;
  }

  /** The proxy came from `member` (workbook.notes, worksheet.getRanges …): a host without it fails at sync. */
  setMember(key: number, member: ModelledMember): void {
    this.objects[key].member = member;
  }

  enqueue(describe: OperationDescription, run: () => unknown): void {
    this.queue.push({ describe, run });
  }

  /** The first member above the profile that the operation or one of its objects needs. */
  private missingMember(op: OperationDescription): ModelledMember | undefined {
    const needs: ModelledMember[] = op.member ? [op.member] : [];
    for (const key of [op.object, ...(op.refs ?? [])]) {
      for (let k: number | undefined = key; k !== undefined; k = this.objects[k].parent) {
        const member = this.objects[k].member;
        if (member) needs.push(member);
      }
    }
    return needs.find((m) => !profileSupports(this.profile, 'ExcelApi', MEMBER_API_SETS[m]));
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
    const framing = new RequestFraming(this.objects);
    for (const op of batch) framing.add(op.describe);
    const requestBytes = framing.bytes;
    this.stats.requestBytes += requestBytes;
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, requestBytes);
    if (requestBytes > this.payloadLimitBytes) {
      throw new MemoryOfficeError('RequestPayloadSizeLimitExceeded', `请求过大：${requestBytes} 字节`);
    }
    const applied = this.syncFault?.(batch.length);
    let responseBytes = 0;
    for (const [i, op] of batch.entries()) {
      if (applied !== undefined && i >= applied) {
        throw new MemoryOfficeError('GeneralException', `注入的故障：第 ${applied + 1} 个操作处失败`);
      }
      // Excel applies a batch in order and stops at an API the host does not have.
      const missing = this.missingMember(op.describe);
      if (missing) {
        throw new MemoryOfficeError(
          'ApiNotFound',
          `${this.profile.name} 不支持 ${missing}（ExcelApi ${MEMBER_API_SETS[missing]}）`,
        );
      }
      responseBytes += jsonSize(op.run());
    }
    if (applied !== undefined) {
      throw new MemoryOfficeError('GeneralException', `注入的故障：第 ${applied + 1} 个操作处失败`);
    }
    this.stats.responseBytes += responseBytes;
    this.stats.largestSyncBytes = Math.max(this.stats.largestSyncBytes, requestBytes + responseBytes);
    if (responseBytes > this.payloadLimitBytes) {
      throw new MemoryOfficeError('ResponsePayloadSizeLimitExceeded', `响应过大：${responseBytes} 字节`);
    }
    await Promise.resolve();
  }
}
