import type { CellRange, GridCell, SheetGrid, SheetVisibility, WorkbookGrid } from '../engine/grid';
import { PAYLOAD_SAFETY, type ResolvedAdapterOptions } from './adapterOptions';
import { toGridCell } from './gridCell';
import { halve, planReads, type ReadChunk, type UsedArea } from './readPlan';
import type { ExcelRunner, ReadProgress } from './types';

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

interface SheetRead {
  worksheet: Excel.Worksheet;
  grid: SheetGrid;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  /** Per-row rowHidden of sheets where only some rows are hidden. */
  rowProbes?: Array<{ row: number; range: Excel.Range }>;
}

function isPayloadError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'RequestPayloadSizeLimitExceeded';
}

/** Never plan below this many bytes a cell: an empty cell still costs its JSON punctuation. */
const MIN_BYTES_PER_CELL = 24;
/** Margin over the costliest batch so far: the rest of the workbook may hold longer texts. */
const ESTIMATE_MARGIN = 1.3;

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

/**
 * Reads every sheet's used range into a WorkbookGrid. Sync 1 lists the sheets, sync 2 loads every
 * used range's position (and merges), then one sync per batch of row chunks loads the cells: the
 * number of syncs depends on the amount of data, not on the number of sheets. Batches are sized by
 * what the earlier ones really cost, so a workbook of N × 4 MB takes about N data syncs.
 */
export function readWorkbook(
  run: ExcelRunner,
  options: ResolvedAdapterOptions,
  onProgress?: (p: ReadProgress) => void,
): Promise<WorkbookGrid> {
  return run(async (context) => {
    onProgress?.({ fraction: 0, label: '正在读取工作表列表' });
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await context.sync();

    const withMerges = options.isSetSupported('ExcelApi', '1.13');
    const sheets: SheetRead[] = worksheets.items.map((worksheet) => {
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
      const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
      merged?.load('areaCount');
      return {
        worksheet,
        used,
        merged,
        grid: {
          name: worksheet.name,
          rows: [],
          merges: [],
          visibility: VISIBILITY[worksheet.visibility] ?? 'visible',
        },
      };
    });
    onProgress?.({ fraction: 0.1, label: '正在确定各表的数据区域' });
    await context.sync();

    const areas: UsedArea[] = [];
    sheets.forEach((s, sheetIndex) => {
      if (s.used.isNullObject) return;
      areas.push({
        sheetIndex,
        row: s.used.rowIndex,
        col: s.used.columnIndex,
        rowCount: s.used.rowCount,
        columnCount: s.used.columnCount,
      });
      if (s.used.rowHidden === true) {
        s.grid.hiddenRows = Array.from({ length: s.used.rowCount }, (_, i) => s.used.rowIndex + i);
      } else if (s.used.rowHidden === null) {
        // Only some rows are hidden: probe each row, in the first data sync (no sync of its own).
        s.rowProbes = Array.from({ length: s.used.rowCount }, (_, i) => ({
          row: s.used.rowIndex + i,
          range: s.used.getRow(i),
        }));
      }
    });

    const budget = options.maxPayloadBytes * PAYLOAD_SAFETY;
    const totalCells = areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
    let cellsRead = 0;
    // Bytes a cell costs: the option's estimate for the first batch, then what the batches read so far
    // actually cost (with a margin), so a big workbook takes one sync per ~4 MB, not per estimate.
    let bytesPerCell = options.bytesPerCellRead;
    let observedMax = 0;
    let extrasLoaded = false;
    const queueExtras = (): void => {
      if (extrasLoaded) return;
      extrasLoaded = true;
      for (const s of sheets) {
        if (s.merged && !s.merged.isNullObject)
          s.merged.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
        for (const p of s.rowProbes ?? []) p.range.load('rowHidden');
      }
    };
    const readBatch = async (batch: ReadChunk[]): Promise<void> => {
      queueExtras();
      const ranges = batch.map((chunk) => {
        const range = sheets[chunk.sheetIndex].worksheet.getRangeByIndexes(
          chunk.row,
          chunk.col,
          chunk.rowCount,
          chunk.columnCount,
        );
        range.load('values,text,formulas,numberFormat');
        return { chunk, range };
      });
      try {
        await context.sync();
      } catch (e) {
        // The estimate was too low for this data (long texts): read the same rows in halves.
        const halves = batch.flatMap(halve);
        if (!isPayloadError(e) || halves.length === batch.length) throw e;
        extrasLoaded = false;
        bytesPerCell *= 2;
        for (const part of halves) await readBatch([part]);
        return;
      }
      let bytes = 0;
      let cells = 0;
      for (const { chunk, range } of ranges) {
        const grid = sheets[chunk.sheetIndex].grid;
        cells += chunk.rowCount * chunk.columnCount;
        bytes += responseSize(range.values, range.text, range.formulas, range.numberFormat);
        for (let r = 0; r < chunk.rowCount; r++) {
          for (let c = 0; c < chunk.columnCount; c++) {
            const cell = toGridCell(
              range.values[r][c],
              range.text[r][c],
              range.formulas[r][c],
              range.numberFormat[r][c],
            );
            if (cell) putCell(grid, chunk.row + r, chunk.col + c, cell);
          }
        }
      }
      cellsRead += cells;
      if (cells > 0) {
        observedMax = Math.max(observedMax, bytes / cells);
        bytesPerCell = Math.max(MIN_BYTES_PER_CELL, observedMax * ESTIMATE_MARGIN);
      }
    };
    const remaining = areas.map((a) => ({ ...a }));
    for (let i = 1; remaining.some((a) => a.rowCount > 0); i++) {
      const batch = planReads(
        remaining.filter((a) => a.rowCount > 0),
        bytesPerCell,
        budget,
      )[0];
      onProgress?.({
        fraction: 0.1 + (0.9 * cellsRead) / Math.max(1, totalCells),
        label: `正在读取 ${sheets[batch[0].sheetIndex].grid.name}（第 ${i} 批）`,
      });
      // Chunks cover each area from its top, in order: what a batch read is gone from the front.
      for (const chunk of batch) {
        const area = remaining.find((a) => a.sheetIndex === chunk.sheetIndex && a.rowCount > 0);
        if (area) {
          area.row += chunk.rowCount;
          area.rowCount -= chunk.rowCount;
        }
      }
      await readBatch(batch);
    }
    if (!extrasLoaded && sheets.some((s) => s.merged && !s.merged.isNullObject)) {
      queueExtras();
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
      if (s.rowProbes) s.grid.hiddenRows = s.rowProbes.filter((p) => p.range.rowHidden === true).map((p) => p.row);
    }
    onProgress?.({ fraction: 1, label: '读取完成' });
    return { source: options.source, sheets: sheets.map((s) => s.grid) };
  });
}
