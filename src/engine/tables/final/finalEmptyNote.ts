import { findEmptyNote, textCell } from '../tableBase';
import type { SheetView } from '../sheetView';
import type { TableBase, TextCell } from '../types';

/** The 决算 template's note under an empty table: '说明：…本年度没有…，故本表无数据。'. */
const FINAL_EMPTY_NOTE = /本表无数据|本表为空表|空表列示/;

/** The empty-table note anywhere in rows [top, bottom]: the 决算 wording first, then the 预算 notes. */
export function findFinalEmptyNote(view: SheetView, top: number, bottom: number): TextCell | undefined {
  for (let r = top; r <= bottom; r++)
    for (const c of view.nonEmptyCols(r)) if (FINAL_EMPTY_NOTE.test(view.label(r, c))) return textCell(view, r, c);
  return findEmptyNote(view, top, bottom);
}

/** The table with its emptyNote found by the 决算 wording. */
export function withFinalEmptyNote<T extends TableBase>(table: T, view: SheetView): T {
  const emptyNote = findFinalEmptyNote(view, table.range.top, table.range.bottom);
  return emptyNote ? { ...table, emptyNote } : table;
}
