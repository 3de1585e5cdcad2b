import {
  toA1,
  type CellRange,
  type GridCell,
  type SheetGrid,
  type SheetVisibility,
  type WorkbookGrid,
} from '../engine/grid';
import { READ_PAYLOAD_SHARE, type ResolvedAdapterOptions } from './adapterOptions';
import { toGridCell } from './gridCell';
import { outsideCorner, planReads, type ReadChunk, type UsedArea } from './readPlan';
import { throwIfCancelled, type CancelSignal } from './cancel';
import type { ExcelRunner, ReadProgress } from './types';

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

interface SheetRead {
  worksheet: Excel.Worksheet;
  grid: SheetGrid;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  /** The used part of the sheet's top-left corner, read with the positions (sync 2). */
  probe?: Excel.Range;
  /** Sheets where only some rows are hidden: each block of rows' getRowProperties (ExcelApi 1.9). */
  rowProbes?: Array<{ row: number; result: OfficeExtension.ClientResult<Excel.RowProperties[]> }>;
}

/** A request or a response over the host's limit (Excel on the web: 5 MB): worth planning smaller. */
function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: string }).code : undefined;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Never plan below this many bytes a cell: an empty cell still costs its JSON punctuation. */
const MIN_BYTES_PER_CELL = 24;
/** Margin over what a sheet's cells measured: the rest of the sheet may hold longer texts. */
const ESTIMATE_MARGIN = 1.15;
/** Response bytes of one row's {"rowHidden":false}, with margin. */
const ROW_PROPERTY_BYTES = 24;
/** Share of a data sync the rows' hidden flags may take on top of it (READ_PAYLOAD_SHARE leaves 5%). */
const ROW_PROPERTY_SHARE = 0.04;
/** Columns of the corner read with the positions: budget tables are narrower than this. */
const PROBE_COLUMNS = 16;

const utf8 = typeof TextEncoder === 'undefined' ? undefined : new TextEncoder();

/** About the JSON bytes of a loaded block (what travelled back), to size the next batches. */
function responseSize(...blocks: unknown[][][]): number {
  let n = 0;
  for (const block of blocks) {
    for (const row of block) {
      for (const v of row) {
        if (typeof v === 'string') n += 3 + (utf8 ? utf8.encode(v).length : v.length * 3);
        else n += 1 + String(v).length;
      }
    }
  }
  return n;
}

function putCell(grid: SheetGrid, row: number, col: number, cell: GridCell): void {
  const r = (grid.rows[row] ??= []);
  r[col] = cell;
}

/** Puts a loaded block's cells into the grid; returns about the JSON bytes it cost. */
function putBlock(grid: SheetGrid, row: number, col: number, range: Excel.Range): number {
  const { values, text, formulas, numberFormat } = range;
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const cell = toGridCell(values[r][c], text[r][c], formulas[r][c], numberFormat[r][c]);
      if (cell) putCell(grid, row + r, col + c, cell);
    }
  }
  return responseSize(values, text, formulas, numberFormat);
}

/** A batch in two: its chunks in two groups, or a lone chunk's rows in two. */
function halves(batch: ReadChunk[]): ReadChunk[][] {
  if (batch.length > 1) return [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)];
  const [c] = batch;
  const top = c.rowCount >> 1;
  return [[{ ...c, rowCount: top }], [{ ...c, row: c.row + top, rowCount: c.rowCount - top }]];
}

const CELL_PROPERTIES = 'values,text,formulas,numberFormat';

/**
 * Reads every sheet's used range into a WorkbookGrid. Sync 1 lists the sheets; sync 2 loads every
 * used range's position (and merges) together with the cells of each sheet's top-left corner (its
 * size shared out so that all corners fit one request at a pessimistic estimate). What the corners
 * really cost sizes the data batches, one sync each, planned to fill the payload limit: a workbook
 * whose cells are all in the corners takes 2 syncs, one of N × 5 MB about 2 + N.
 */
export function readWorkbook(
  run: ExcelRunner,
  options: ResolvedAdapterOptions,
  onProgress?: (p: ReadProgress) => void,
  signal?: CancelSignal,
): Promise<WorkbookGrid> {
  return run(async (context) => {
    throwIfCancelled(signal);
    onProgress?.({ fraction: 0, label: '正在读取工作表列表' });
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await context.sync();
    throwIfCancelled(signal);

    const budget = options.maxPayloadBytes * READ_PAYLOAD_SHARE;
    const withMerges = options.isSetSupported('ExcelApi', '1.13');
    const count = Math.max(1, worksheets.items.length);
    const probeRows = Math.min(1_048_576, Math.floor(budget / (count * PROBE_COLUMNS * options.bytesPerCellRead)));
    const locate = (withProbe: boolean): SheetRead[] =>
      worksheets.items.map((worksheet) => {
        const used = worksheet.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
        const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
        // Loading through a null object is harmless: it stays null and loads nothing.
        merged?.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
        let probe: Excel.Range | undefined;
        if (withProbe) {
          probe = worksheet.getRange(`A1:${toA1(probeRows - 1, PROBE_COLUMNS - 1)}`).getUsedRangeOrNullObject(true);
          probe.load(`rowIndex,columnIndex,${CELL_PROPERTIES}`);
        }
        return {
          worksheet,
          used,
          merged,
          probe,
          grid: {
            name: worksheet.name,
            rows: [],
            merges: [],
            visibility: VISIBILITY[worksheet.visibility] ?? 'visible',
          },
        };
      });
    onProgress?.({ fraction: 0.1, label: '正在确定各表的数据区域' });
    let sheets = locate(probeRows >= 1);
    try {
      await context.sync();
    } catch (e) {
      // The corners held more than the estimate (long texts): positions alone, then the data batches.
      if (!isPayloadError(e) || !sheets.some((s) => s.probe)) throw e;
      sheets = locate(false);
      await context.sync();
    }
    throwIfCancelled(signal);

    // Bytes a cell costs, by sheet: what its data rows measured, else its top-left corner (titles and
    // headers), with a margin; sheets not measured yet use the costliest measure so far, else the
    // option's estimate.
    const measured = new Map<number, { corner?: number; body?: number }>();
    let costliest = 0;
    const measure = (sheetIndex: number, bytes: number, cells: number, part: 'corner' | 'body'): void => {
      if (cells <= 0) return;
      const perCell = bytes / cells;
      const m = measured.get(sheetIndex) ?? {};
      m[part] = Math.max(m[part] ?? 0, perCell);
      measured.set(sheetIndex, m);
      costliest = Math.max(costliest, perCell);
    };
    const rateOf = (sheetIndex: number): number => {
      const m = measured.get(sheetIndex);
      const perCell = m?.body ?? m?.corner ?? costliest;
      return perCell > 0 ? Math.max(MIN_BYTES_PER_CELL, perCell * ESTIMATE_MARGIN) : options.bytesPerCellRead;
    };

    const areas: UsedArea[] = [];
    let partlyHiddenRows = 0;
    let totalCells = 0;
    let cellsRead = 0;
    sheets.forEach((s, sheetIndex) => {
      if (s.used.isNullObject) return;
      const area: UsedArea = {
        sheetIndex,
        row: s.used.rowIndex,
        col: s.used.columnIndex,
        rowCount: s.used.rowCount,
        columnCount: s.used.columnCount,
      };
      totalCells += area.rowCount * area.columnCount;
      if (s.probe) {
        // Every used cell of the corner is in its used part: the rest of the corner is empty.
        if (!s.probe.isNullObject) {
          const cells = s.probe.values.length * (s.probe.values[0]?.length ?? 0);
          measure(sheetIndex, putBlock(s.grid, s.probe.rowIndex, s.probe.columnIndex, s.probe), cells, 'corner');
        }
        const rest = outsideCorner(area, probeRows, PROBE_COLUMNS);
        cellsRead += area.rowCount * area.columnCount - rest.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
        areas.push(...rest);
      } else {
        areas.push(area);
      }
      if (s.used.rowHidden === true) {
        s.grid.hiddenRows = Array.from({ length: s.used.rowCount }, (_, i) => s.used.rowIndex + i);
      } else if (s.used.rowHidden === null) {
        // Only some rows are hidden: which ones, one getRowProperties per block of rows (see queueExtras).
        s.rowProbes = [];
        partlyHiddenRows += s.used.rowCount;
      }
    });

    // The rows' hidden flags ride with the first data sync when they are a small part of it (~24 bytes a
    // row: {"rowHidden":false}); else they take syncs of their own after the data.
    let extrasLoaded = false;
    const rowsFitFirstSync = partlyHiddenRows * ROW_PROPERTY_BYTES <= budget * ROW_PROPERTY_SHARE;
    const queueRows = (s: SheetRead, row: number, rowCount: number): void => {
      const range = s.worksheet.getRangeByIndexes(row, s.used.columnIndex, rowCount, 1);
      s.rowProbes?.push({ row, result: range.getRowProperties({ rowHidden: true }) });
    };
    const queueExtras = (): void => {
      if (extrasLoaded || !rowsFitFirstSync) return;
      extrasLoaded = true;
      for (const s of sheets) {
        if (!s.rowProbes) continue;
        s.rowProbes = [];
        queueRows(s, s.used.rowIndex, s.used.rowCount);
      }
    };
    let batchNumber = 0;
    const readBatch = async (batch: ReadChunk[]): Promise<void> => {
      batchNumber++;
      throwIfCancelled(signal);
      const sheetIndex = batch[0].sheetIndex;
      onProgress?.({
        fraction: 0.1 + (0.9 * cellsRead) / Math.max(1, totalCells),
        label: `正在读取 ${sheets[sheetIndex].grid.name}（工作表 ${sheetIndex + 1}/${sheets.length}，第 ${batchNumber} 批）`,
      });
      queueExtras();
      const ranges = batch.map((chunk) => {
        const range = sheets[chunk.sheetIndex].worksheet.getRangeByIndexes(
          chunk.row,
          chunk.col,
          chunk.rowCount,
          chunk.columnCount,
        );
        range.load(CELL_PROPERTIES);
        return { chunk, range };
      });
      try {
        await context.sync();
      } catch (e) {
        // The estimate was too low for these cells (long texts): plan them again at twice the cost.
        if (!isPayloadError(e) || (batch.length === 1 && batch[0].rowCount < 2)) throw e;
        extrasLoaded = false;
        for (const c of batch) measured.set(c.sheetIndex, { body: (2 * rateOf(c.sheetIndex)) / ESTIMATE_MARGIN });
        let parts = planReads(batch, rateOf, budget);
        if (parts.length === 1) parts = halves(batch);
        for (const part of parts) await readBatch(part);
        return;
      }
      for (const { chunk, range } of ranges) {
        const cells = chunk.rowCount * chunk.columnCount;
        measure(chunk.sheetIndex, putBlock(sheets[chunk.sheetIndex].grid, chunk.row, chunk.col, range), cells, 'body');
        cellsRead += cells;
      }
    };
    // Plan one batch at a time: each batch's measures size the next.
    let remaining = areas.filter((a) => a.rowCount > 0 && a.columnCount > 0);
    while (remaining.length) {
      const batch = planReads(remaining, rateOf, budget)[0];
      // Chunks cover each area from its top, in order: what a batch read is gone from the front.
      const next: UsedArea[] = [];
      for (const area of remaining) {
        const taken = batch
          .filter(
            (c) =>
              c.sheetIndex === area.sheetIndex &&
              c.col === area.col &&
              c.columnCount === area.columnCount &&
              c.row >= area.row &&
              c.row < area.row + area.rowCount,
          )
          .reduce((n, c) => n + c.rowCount, 0);
        if (taken < area.rowCount) next.push({ ...area, row: area.row + taken, rowCount: area.rowCount - taken });
      }
      remaining = next;
      await readBatch(batch);
    }
    if (!extrasLoaded && partlyHiddenRows > 0) {
      const rowsPerSync = Math.max(1, Math.floor(budget / ROW_PROPERTY_BYTES));
      let queued = 0;
      for (const s of sheets) {
        if (!s.rowProbes) continue;
        s.rowProbes = [];
        for (let r = 0; r < s.used.rowCount;) {
          if (queued >= rowsPerSync) {
            await context.sync();
            queued = 0;
          }
          const n = Math.min(s.used.rowCount - r, rowsPerSync - queued);
          queueRows(s, s.used.rowIndex + r, n);
          queued += n;
          r += n;
        }
      }
      await context.sync();
    }

    for (const s of sheets) {
      if (s.merged && !s.merged.isNullObject) {
        s.grid.merges = s.merged.areas.items.map((a): CellRange => ({
          top: a.rowIndex,
          left: a.columnIndex,
          bottom: a.rowIndex + a.rowCount - 1,
          right: a.columnIndex + a.columnCount - 1,
        }));
      }
      if (s.rowProbes) {
        s.grid.hiddenRows = s.rowProbes.flatMap(({ row, result }) =>
          result.value.flatMap((p, i) => (p.rowHidden === true ? [row + i] : [])),
        );
      }
    }
    onProgress?.({ fraction: 1, label: '读取完成' });
    return { source: options.source, sheets: sheets.map((s) => s.grid) };
  });
}
