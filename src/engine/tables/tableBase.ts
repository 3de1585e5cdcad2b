import { parseAmount } from '../amount';
import { formatDecimals } from '../units';
import type { TableKind } from '../tableKinds';
import type { TableExtent } from './tableExtent';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import type { Figure, TableBase, TextCell } from './types';

/** The amount of one cell with its address; blank cells give a zero Figure so rules still know the cell. */
export function readFigure(view: SheetView, row: number, col: number): Figure {
  const cell = view.cell(row, col);
  const amount = parseAmount(cell);
  const printedDecimals = formatDecimals(cell?.numberFormat);
  if (printedDecimals !== undefined) amount.printedDecimals = printedDecimals;
  return { value: amount.value, amount, cell: view.ref(row, col) };
}

/** Cells in amount columns that are not amounts: unparseable text, error values, booleans. */
export function isBadAmount(figure: Figure): boolean {
  return figure.amount.kind === 'error' || figure.amount.kind === 'invalid';
}

/**
 * What marks a table as published empty: Hebei's '注：无…，空表列示。', Shanghai's '注：本部门无政府性基金预算…，
 * 故本表为空表。', a note saying there is no such 预算, or a row that says just '无'.
 */
const EMPTY_NOTES: readonly RegExp[] = [/空表列示/, /本表为空表/, /^(注:?)?.{0,20}无.{0,40}预算/, /^无$/];
/** The notes as one pattern: it is tried on every cell of every table. */
const ANY_EMPTY_NOTE = new RegExp(EMPTY_NOTES.map((note) => `(?:${note.source})`).join('|'));

/** The note of an empty table (see EMPTY_NOTES), anywhere inside its extent. */
export function findEmptyNote(view: SheetView, top: number, bottom: number): TextCell | undefined {
  for (let r = top; r <= bottom; r++) {
    for (const c of view.nonEmptyCols(r)) {
      if (ANY_EMPTY_NOTE.test(view.label(r, c))) return { text: view.text(r, c), cell: view.ref(r, c) };
    }
  }
  return undefined;
}

/** A text cell with its address. */
export function textCell(view: SheetView, row: number, col: number): TextCell {
  return { text: view.text(row, col), cell: view.ref(row, col) };
}

/**
 * The fields every table carries. `figures` are all amounts the reader took from data rows; the table is
 * empty when none of them holds a non-zero amount.
 */
export function tableBase<K extends TableKind>(
  kind: K,
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
  figures: Figure[],
): TableBase & { kind: K } {
  const { title, range } = extent;
  return {
    kind,
    sheet: view.name,
    range,
    title: { text: title.text, cell: view.ref(title.row, title.col) },
    meta: meta.meta,
    empty: !figures.some((f) => f.amount.kind === 'number' && !f.value.isZero()),
    emptyNote: findEmptyNote(view, range.top, range.bottom),
    badAmounts: figures.filter(isBadAmount),
    allFigures: figures,
  };
}
