import { fromA1, type CellRange, type GridCell, type SheetGrid, type WorkbookGrid } from '../../src/engine/grid';

/** What a test writes for a cell: '' and null are empty, '#REF!'-style strings are error values. */
export type CellInput = string | number | boolean | null | undefined | GridCell;

/** A block of rows placed at `origin` (default A1); `merges` are A1 ranges relative to the block. */
export interface Block {
  origin?: string;
  rows: CellInput[][];
  merges?: string[];
}

const ERROR_VALUE = /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!)$/;

function toCell(input: CellInput): GridCell | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'object') return input;
  if (typeof input === 'string' && ERROR_VALUE.test(input)) return { value: input, error: input };
  return { value: input };
}

function parseRange(a1: string, rowOffset: number, colOffset: number): CellRange {
  const [from, to = from] = a1.split(':');
  const a = fromA1(from);
  const b = fromA1(to);
  return { top: a.row + rowOffset, left: a.col + colOffset, bottom: b.row + rowOffset, right: b.col + colOffset };
}

/** One sheet holding the given blocks (stacked tables, offsets, blank rows around). */
export function sheetFromBlocks(name: string, blocks: Block[], hiddenRows?: number[]): SheetGrid {
  const sheet: SheetGrid = { name, rows: [], merges: [], hiddenRows };
  for (const block of blocks) {
    const { row: top, col: left } = fromA1(block.origin ?? 'A1');
    block.rows.forEach((cells, i) => {
      const row = (sheet.rows[top + i] ??= []);
      cells.forEach((input, j) => {
        const cell = toCell(input);
        if (cell) row[left + j] = cell;
      });
    });
    for (const m of block.merges ?? []) sheet.merges.push(parseRange(m, top, left));
  }
  return sheet;
}

/** A workbook of one sheet with one block of rows at `origin`. */
export function gridFromRows(
  rows: CellInput[][],
  options: { sheet?: string; origin?: string; merges?: string[] } = {},
): WorkbookGrid {
  return {
    sheets: [sheetFromBlocks(options.sheet ?? 'Sheet1', [{ rows, origin: options.origin, merges: options.merges }])],
  };
}

/** A workbook of the given sheets. */
export function workbookOf(...sheets: SheetGrid[]): WorkbookGrid {
  return { source: 'test', sheets };
}
