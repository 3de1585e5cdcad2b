import { PAYLOAD_SAFETY, type ResolvedAdapterOptions } from './adapterOptions';
import { columnRuns, joinAddresses } from './cellAddress';
import { toA1 } from '../engine/grid';
import { fillStateOf } from './markColors';
import { cellKey, type SheetInfo } from './markState';
import { NO_FILL, type FillState } from './markRecord';
import { SyncBudget } from './syncBudget';

export interface CellOnSheet {
  sheet: SheetInfo;
  address: string;
}

/** Rough JSON bytes of one loaded cell fill (position, colour, tint) and of one address in a request. */
const BYTES_PER_FILL_READ = 90;
const BYTES_PER_OPERATION = 150;

/**
 * Each cell's own fill, read as one-cell areas of RangeAreas (one getRanges per address chunk) in a
 * single sync for ordinary numbers of cells. `queuedBytes`: loads the caller queued for the same sync
 * (the notes' locations), which it syncs even when there is no cell to read.
 */
export async function loadFills(
  context: Excel.RequestContext,
  cells: readonly CellOnSheet[],
  options: ResolvedAdapterOptions,
  queuedBytes = 0,
): Promise<Map<string, FillState>> {
  const fills = new Map<string, FillState>();
  if (cells.length === 0) {
    if (queuedBytes > 0) await context.sync();
    return fills;
  }
  const withTint = options.isSetSupported('ExcelApi', '1.9');
  const select = withTint
    ? 'items/rowIndex,items/columnIndex,items/format/fill/color,items/format/fill/tintAndShade'
    : 'items/rowIndex,items/columnIndex,items/format/fill/color';
  const budget = new SyncBudget(context, options.maxPayloadBytes * PAYLOAD_SAFETY, queuedBytes);
  const bySheet = groupBySheet(cells);
  const loaded: Array<{ sheet: SheetInfo; areas: Excel.RangeAreas }> = [];
  for (const [sheet, addresses] of bySheet) {
    for (const chunk of joinAddresses([...new Set(addresses)], options.maxRangesAddressLength)) {
      const areas = sheet.worksheet.getRanges(chunk);
      areas.areas.load(select);
      loaded.push({ sheet, areas });
      await budget.reserve(BYTES_PER_OPERATION + chunk.split(',').length * BYTES_PER_FILL_READ);
    }
  }
  await context.sync();
  for (const { sheet, areas } of loaded) {
    for (const area of areas.areas.items) {
      const state = fillStateOf(area.format.fill.color, withTint ? area.format.fill.tintAndShade : undefined, withTint);
      fills.set(cellKey(sheet.id, toA1(area.rowIndex, area.columnIndex)), state);
    }
  }
  return fills;
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
          await budget.reserve(BYTES_PER_OPERATION + chunk.length);
        }
      }
    }
  }
}
