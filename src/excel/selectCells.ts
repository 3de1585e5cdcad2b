import { fromA1, toA1, type CellRef } from '../engine/grid';
import type { ResolvedAdapterOptions } from './adapterOptions';
import { columnRuns, joinAddresses } from './cellAddress';
import type { ExcelRunner } from './types';

/** 'C116', 'E125' → 'C116:E125': the smallest rectangle holding every cell. */
export function boundingAddress(addresses: readonly string[]): string {
  const cells = addresses.map((a) => fromA1(a));
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.col));
  return `${toA1(top, left)}:${toA1(bottom, right)}`;
}

/**
 * Activates the first cell's sheet and selects that sheet's cells of the list (one sync). Selecting
 * several areas needs RangeAreas.select (ExcelApi 1.18); before it, the rectangle around them.
 */
export function selectCells(
  run: ExcelRunner,
  options: ResolvedAdapterOptions,
  cells: readonly CellRef[],
): Promise<void> {
  const first = cells[0];
  if (!first) return Promise.resolve();
  const addresses = cells
    .filter((c) => c.sheet === first.sheet)
    .map((c) => {
      const { row, col } = fromA1(c.address);
      return toA1(row, col);
    });
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(first.sheet);
    worksheet.activate();
    if (addresses.length === 1) worksheet.getRange(addresses[0]).select();
    else if (options.isSetSupported('ExcelApi', '1.18')) {
      // Excel selects one RangeAreas: as many cells as fit in one address string, the first one first.
      const [head, ...rest] = addresses;
      const union = joinAddresses([head, ...columnRuns(rest)], options.maxRangesAddressLength)[0];
      worksheet.getRanges(union).select();
    } else worksheet.getRange(boundingAddress(addresses)).select();
    await context.sync();
  });
}
