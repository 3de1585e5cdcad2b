import { MARK_PAYLOAD_SHARE, type ResolvedAdapterOptions } from './adapterOptions';
import { columnRuns, joinAddresses } from './cellAddress';
import { fromA1, toA1 } from '../engine/grid';
import { fillStateOf } from './markColors';
import { cellKey, type SheetInfo } from './markState';
import { NO_FILL, type FillState } from './markRecord';
import { REQUEST_COSTS } from './requestCosts';
import { jsonBytes, SyncBudget } from './syncBudget';

export interface CellOnSheet {
  sheet: SheetInfo;
  address: string;
}

/** A rectangle is read whole when it holds at most this many times the cells asked for (plus a few). */
const RECTANGLE_WASTE = 2;
/** Columns between two cells of a row beyond which they are read as separate rectangles. */
const MAX_COLUMN_GAP = 8;

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Each cell's own fill. With ExcelApi 1.9, Range.getCellProperties over rectangles covering the cells
 * (one 2D array each, no per-cell address), the rectangles cut to fill each sync. Excel reports no fill
 * and a white fill alike as color '#FFFFFF' with pattern null; tintAndShade is null for no fill and a
 * number for a fill, so it tells them apart. Tint and colour are read together when they fit one sync;
 * else the tint first (~43 bytes a cell) and the colour only of cells that have a fill, so unfilled
 * cells, the usual case, are read once. ExcelApi 1.9 is the manifest's minimum.
 * `queuedBytes`: loads the caller queued for the same sync (the notes' locations), which it syncs even
 * when there is no cell to read.
 */
export async function loadFills(
  context: Excel.RequestContext,
  cells: readonly CellOnSheet[],
  options: ResolvedAdapterOptions,
  queuedBytes = 0,
): Promise<Map<string, FillState>> {
  if (cells.length === 0) {
    if (queuedBytes > 0) await context.sync();
    return new Map();
  }
  const fills = new Map<string, FillState>();
  const stateOf = (fill: Excel.CellPropertiesFill | undefined): FillState =>
    fillStateOf(fill?.color ?? null, fill?.tintAndShade, fill !== undefined && 'tintAndShade' in fill);
  // Tint and colour together when they fit the first sync (ordinary numbers of cells) …
  let rectCells = 0;
  let rects = 0;
  for (const addresses of groupBySheet(cells).values()) {
    for (const r of coveringRectangles(addresses)) {
      rectCells += (r.bottom - r.top + 1) * (r.right - r.left + 1);
      rects++;
    }
  }
  const limit = options.maxPayloadBytes * MARK_PAYLOAD_SHARE;
  if (queuedBytes + rects * (REQUEST_COSTS.cellPropertiesRead + 20) + rectCells * bytesPerCell(2) <= limit) {
    const both = await loadFillProperties(context, cells, options, ['tintAndShade', 'color'], queuedBytes);
    for (const [key, fill] of both) fills.set(key, stateOf(fill));
    return fills;
  }
  // … else the tint first, then the colour of only the cells that have a fill.
  const filled: CellOnSheet[] = [];
  const tints = await loadFillProperties(context, cells, options, ['tintAndShade'], queuedBytes);
  for (const cell of cells) {
    const key = cellKey(cell.sheet.id, cell.address);
    if (tints.get(key)?.tintAndShade === null) fills.set(key, NO_FILL);
    else filled.push(cell);
  }
  const colors = filled.length ? await loadFillProperties(context, filled, options, ['color'], 0) : new Map();
  for (const cell of filled) {
    const key = cellKey(cell.sheet.id, cell.address);
    const tint = tints.get(key);
    fills.set(key, stateOf({ ...tint, color: colors.get(key)?.color }));
  }
  return fills;
}

/** JSON bytes of one cell of getCellProperties asking for n fill properties: {"format":{"fill":{"tintAndShade":null}}}, is 42; with "color":"#FFFFFF", 60 (the share of the limit left free is the margin). */
function bytesPerCell(properties: number): number {
  return 24 + 19 * properties;
}

/** Fill properties of each cell, keyed by cellKey, read with getCellProperties in as few syncs as fit. */
async function loadFillProperties(
  context: Excel.RequestContext,
  cells: readonly CellOnSheet[],
  options: ResolvedAdapterOptions,
  properties: Array<'tintAndShade' | 'color'>,
  queuedBytes: number,
): Promise<Map<string, Excel.CellPropertiesFill | undefined>> {
  const limit = options.maxPayloadBytes * MARK_PAYLOAD_SHARE;
  const budget = new SyncBudget(context, limit, queuedBytes);
  const perCell = bytesPerCell(properties.length);
  const spec = { format: { fill: Object.fromEntries(properties.map((p) => [p, true])) } };
  type Loaded = {
    sheet: SheetInfo;
    top: number;
    left: number;
    result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  };
  const loaded: Loaded[] = [];
  const wanted = new Map<SheetInfo, Set<string>>();
  for (const [sheet, addresses] of groupBySheet(cells)) {
    wanted.set(sheet, new Set(addresses.map((a) => a.toUpperCase())));
    for (const rect of coveringRectangles(addresses)) {
      const width = rect.right - rect.left + 1;
      let top = rect.top;
      while (top <= rect.bottom) {
        // As many rows as the current sync still holds; a full sync is sent first.
        const fit = Math.floor((budget.remaining - REQUEST_COSTS.cellPropertiesRead - 20) / (width * perCell));
        if (fit < 1) {
          if (budget.remaining >= limit) throw new Error(`一行 ${width} 个单元格的填充超过请求上限`);
          await budget.flush();
          continue;
        }
        const bottom = Math.min(rect.bottom, top + fit - 1);
        const range = sheet.worksheet.getRange(`${toA1(top, rect.left)}:${toA1(bottom, rect.right)}`);
        loaded.push({ sheet, top, left: rect.left, result: range.getCellProperties(spec) });
        await budget.reserve(REQUEST_COSTS.cellPropertiesRead + 20 + (bottom - top + 1) * width * perCell);
        top = bottom + 1;
      }
    }
  }
  await context.sync();
  const out = new Map<string, Excel.CellPropertiesFill | undefined>();
  for (const { sheet, top, left, result } of loaded) {
    const want = wanted.get(sheet);
    result.value.forEach((row, i) =>
      row.forEach((props, j) => {
        const address = toA1(top + i, left + j);
        if (want?.has(address)) out.set(cellKey(sheet.id, address), props.format?.fill);
      }),
    );
  }
  return out;
}

/**
 * Few rectangles that cover the cells without reading many others: each row's cells split where the
 * gap is wide, then consecutive rows of one segment stacked while the box stays mostly wanted cells.
 */
export function coveringRectangles(addresses: readonly string[]): Rect[] {
  const rows = new Map<number, number[]>();
  for (const a of new Set(addresses.map((x) => x.toUpperCase()))) {
    const { row, col } = fromA1(a);
    const list = rows.get(row) ?? [];
    list.push(col);
    rows.set(row, list);
  }
  const out: Rect[] = [];
  let open: (Rect & { cells: number }) | undefined;
  const close = (): void => {
    if (open) out.push({ top: open.top, left: open.left, bottom: open.bottom, right: open.right });
    open = undefined;
  };
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const cols = rows.get(row)!.sort((a, b) => a - b);
    const segments: Array<{ left: number; right: number; cells: number }> = [];
    for (const c of cols) {
      const last = segments[segments.length - 1];
      if (last && c - last.right <= MAX_COLUMN_GAP) {
        last.right = c;
        last.cells++;
      } else segments.push({ left: c, right: c, cells: 1 });
    }
    if (segments.length === 1 && open && open.bottom === row - 1) {
      const s = segments[0];
      const left = Math.min(open.left, s.left);
      const right = Math.max(open.right, s.right);
      const cellsNeeded = open.cells + s.cells;
      if ((row - open.top + 1) * (right - left + 1) <= RECTANGLE_WASTE * cellsNeeded + 16) {
        Object.assign(open, { bottom: row, left, right, cells: cellsNeeded });
        continue;
      }
    }
    close();
    for (const s of segments.slice(0, -1)) out.push({ top: row, bottom: row, left: s.left, right: s.right });
    const s = segments[segments.length - 1];
    open = { top: row, bottom: row, left: s.left, right: s.right, cells: s.cells };
  }
  close();
  return out;
}

export function groupBySheet(cells: readonly CellOnSheet[]): Map<SheetInfo, string[]> {
  const out = new Map<SheetInfo, string[]>();
  for (const c of cells) {
    const list = out.get(c.sheet) ?? [];
    list.push(c.address);
    out.set(c.sheet, list);
  }
  return out;
}

/** Cells to fill, grouped by sheet and fill, so each group becomes a few RangeAreas operations. */
export class FillPlan {
  private readonly groups = new Map<SheetInfo, Map<FillState, string[]>>();

  add(sheet: SheetInfo, fill: FillState, address: string): void {
    const byFill = this.groups.get(sheet) ?? new Map<FillState, string[]>();
    const list = byFill.get(fill) ?? [];
    list.push(address);
    byFill.set(fill, list);
    this.groups.set(sheet, byFill);
  }

  /** Queues the fills (clear() for 'none'); syncs only when the queue would pass the payload budget. */
  async queue(budget: SyncBudget, options: ResolvedAdapterOptions): Promise<void> {
    for (const [sheet, byFill] of this.groups) {
      for (const [fill, addresses] of byFill) {
        for (const chunk of joinAddresses(columnRuns(addresses), options.maxRangesAddressLength)) {
          const areas = sheet.worksheet.getRanges(chunk);
          if (fill === NO_FILL) areas.format.fill.clear();
          else areas.format.fill.color = fill;
          await budget.reserve(REQUEST_COSTS.fillWrite + jsonBytes(chunk));
        }
      }
    }
  }
}
