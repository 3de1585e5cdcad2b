import type { NarrativeTable, TextCell } from './types';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import { tableBase, textCell } from './tableBase';
import type { TableExtent } from './tableExtent';

/** Read the 情况说明: every non-empty cell after the title, row by row, left to right. */
export function readNarrative(view: SheetView, extent: TableExtent, meta: MetaResult): NarrativeTable {
  const paragraphs: TextCell[] = [];
  for (let r = extent.range.top + 1; r <= extent.range.bottom; r++) {
    for (const c of view.nonEmptyCols(r)) {
      paragraphs.push(textCell(view, r, c));
    }
  }
  return { ...tableBase('narrative', view, extent, meta, []), empty: paragraphs.length === 0, paragraphs };
}
