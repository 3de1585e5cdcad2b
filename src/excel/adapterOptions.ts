/** Tunables of the Office.js adapter; the defaults suit Excel on the web, the strictest host. */
export interface WorkbookAdapterOptions {
  /** Office.context.requirements.isSetSupported, injectable for tests and the preview host. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Excel on the web rejects a request or response above 5 MB. */
  maxPayloadBytes?: number;
  /** JSON bytes one cell is assumed to cost before any was measured (values, text, formulas and numberFormat; budget tables measure ~50): it sizes the top-left corners read with the positions. */
  bytesPerCellRead?: number;
  /** Longest comma-joined address passed to getRanges (undocumented in Excel; kept conservative). */
  maxRangesAddressLength?: number;
  /** Where the grid came from, for messages. */
  source?: string;
}

export type ResolvedAdapterOptions = Required<WorkbookAdapterOptions>;

/** Office's requirement check when running in Office; outside Office (tests, preview) everything is available. */
export function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(name, version);
}

export function resolveAdapterOptions(options: WorkbookAdapterOptions = {}): ResolvedAdapterOptions {
  return {
    isSetSupported: options.isSetSupported ?? officeIsSetSupported,
    maxPayloadBytes: options.maxPayloadBytes ?? 5 * 1024 * 1024,
    bytesPerCellRead: options.bytesPerCellRead ?? 80,
    maxRangesAddressLength: options.maxRangesAddressLength ?? 255,
    source: options.source ?? 'Excel',
  };
}

/** Share of the payload limit the adapter plans to use, leaving room for the estimate being wrong. */
export const PAYLOAD_SAFETY = 0.8;

/**
 * Share of the limit a data read is planned to fill: its size comes from what cells of the same sheet
 * measured, not from a guess, and a read that still passes the limit is planned again (see readWorkbook).
 */
export const READ_PAYLOAD_SHARE = 0.95;

/**
 * Share of the limit marking and clearing plan each sync to fill: reads of fills are sized per cell
 * (a fixed JSON shape) and writes from the bytes of their own text, so the estimates are close.
 */
export const MARK_PAYLOAD_SHARE = 0.95;
