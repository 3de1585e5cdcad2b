import { parseAmount } from '../amount';
import { normalizeLabel } from './normalizeText';
import type { SheetView } from './sheetView';

/** One header column: the texts above it from the top header row down, merged parents included. */
export interface HeaderColumn {
  col: number;
  /** Normalized header texts, top to bottom, e.g. ['本年收入', '小计']. */
  path: string[];
  /** The lowest header text, e.g. '小计'. */
  leaf: string;
  /** The path joined with '/', for pattern tests. */
  joined: string;
}

export interface Header {
  top: number;
  bottom: number;
  columns: HeaderColumn[];
  /** First row after the header (and after the 栏次 row when there is one). */
  dataStart: number;
}

export interface HeaderOptions {
  /** Header rows at most when there is no 栏次 row. */
  maxRows?: number;
  /** Stops the header early at a row the table reader knows is data (no 栏次 row tables). */
  isDataRow?: (row: number) => boolean;
}

/** How far below the header start a 栏次 row may be. */
const MAX_HEADER_ROWS = 6;

function hasNumber(view: SheetView, row: number): boolean {
  return view.nonEmptyCols(row).some((c) => parseAmount(view.cell(row, c)).kind === 'number');
}

/**
 * Read the header that starts at `top`. The header ends at the 栏次 row when there is one; otherwise at the
 * last text-only row before data. Column keys come from the header text, never from column positions.
 */
export function readHeader(
  view: SheetView,
  top: number,
  bottom: number,
  options: HeaderOptions = {},
): Header | undefined {
  if (top > bottom) return undefined;
  let last = -1;
  let dataStart = -1;
  for (let r = top; r <= Math.min(bottom, top + MAX_HEADER_ROWS); r++) {
    if (view.findInRow(r, (l) => l === '栏次') >= 0) {
      last = r - 1;
      dataStart = r + 1;
      break;
    }
  }
  if (last < top) {
    last = top;
    const maxRows = options.maxRows ?? 3;
    for (let r = top + 1; r <= bottom && r < top + maxRows; r++) {
      if (view.rowIsEmpty(r) || hasNumber(view, r) || options.isDataRow?.(r)) break;
      last = r;
    }
    dataStart = last + 1;
  }
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  for (let r = top; r <= last; r++) {
    const cols = view.nonEmptyCols(r);
    if (cols.length === 0) continue;
    left = Math.min(left, cols[0]);
    right = Math.max(right, view.mergeRight(r, cols[cols.length - 1]));
  }
  const columns: HeaderColumn[] = [];
  for (let c = Math.max(left, 0); c <= right; c++) {
    const path: string[] = [];
    for (let r = top; r <= last; r++) {
      const text = normalizeLabel(view.mergedText(r, c));
      if (text !== '' && path[path.length - 1] !== text) path.push(text);
    }
    if (path.length > 0) columns.push({ col: c, path, leaf: path[path.length - 1], joined: path.join('/') });
  }
  return { top, bottom: last, columns, dataStart };
}

/** A column key and the header test that recognizes it. Specs are tried in order; each key is used once. */
export type ColumnSpec<C extends string> = [C, (column: HeaderColumn) => boolean];

/** Match header columns to keys; result in sheet order. */
export function matchColumns<C extends string>(
  header: Header,
  specs: Array<ColumnSpec<C>>,
): Array<{ key: C; col: number }> {
  const used = new Set<C>();
  const matched: Array<{ key: C; col: number }> = [];
  for (const column of header.columns) {
    for (const [key, test] of specs) {
      if (!used.has(key) && test(column)) {
        used.add(key);
        matched.push({ key, col: column.col });
        break;
      }
    }
  }
  return matched;
}
