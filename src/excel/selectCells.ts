import { fromA1, toA1, type CellRef } from '../engine/grid';
import type { ResolvedAdapterOptions } from './adapterOptions';
import { columnRuns, joinAddresses } from './cellAddress';
import type { ExcelRunner } from './types';

/** Activates the first cell's sheet and selects that sheet's cells of the list (one sync). */
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
    else {
      // Excel selects one RangeAreas: as many cells as fit in one address string, the first one first.
      const [head, ...rest] = addresses;
      const union = joinAddresses([head, ...columnRuns(rest)], options.maxRangesAddressLength)[0];
      worksheet.getRanges(union).select();
    }
    await context.sync();
  });
}
