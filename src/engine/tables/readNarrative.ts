import type { NarrativeTable, TextCell } from './types';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import { tableBase, textCell } from './tableBase';
import type { TableExtent } from './tableExtent';

/**
 * The paragraphs one cell holds. Shanghai's template keeps a whole section in one merged cell with a line break
 * between paragraphs; each becomes a paragraph of its own, all naming that cell so findings still point at it.
 */
export function cellParagraphs(cell: TextCell): TextCell[] {
  const lines = cell.text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.length <= 1 ? [cell] : lines.map((text) => ({ text, cell: cell.cell }));
}

/** Read the 情况说明: every non-empty cell after the title, row by row, left to right, split at line breaks. */
export function readNarrative(view: SheetView, extent: TableExtent, meta: MetaResult): NarrativeTable {
  const paragraphs: TextCell[] = [];
  for (let r = extent.range.top + 1; r <= extent.range.bottom; r++) {
    for (const c of view.nonEmptyCols(r)) {
      paragraphs.push(...cellParagraphs(textCell(view, r, c)));
    }
  }
  return { ...tableBase('narrative', view, extent, meta, []), empty: paragraphs.length === 0, paragraphs };
}
