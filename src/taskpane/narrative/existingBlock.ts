import { cellAt, fromA1, toA1, type WorkbookGrid } from '../../engine/grid';
import type { NarrativeSection } from '../../engine/narrative';
import { narrativeBlockLayout } from '../../engine/narrative/narrativeBlock';
import { tablesOf, type BudgetWorkbook } from '../../engine/tables/types';

/** Where a block is, as the pane names it: '情况说明!A3:A18'. */
export interface BlockLocation {
  sheet: string;
  address: string;
}

export function blockText(where: BlockLocation): string {
  return `${where.sheet}!${where.address}`;
}

/**
 * A block the add-in (or the command line) wrote earlier, found in the 情况说明 as read: all its heading rows
 * ('1、收入说明', two rows below '2、支出说明' … '8、项目绩效目标情况'; the Shanghai headings where the block's
 * layout puts them) in one column. A hand-written 情况说明 may share the first headings, never all of them at
 * the block's row offsets. The adapter finds the block by its workbook name and replaces it; this only lets
 * the pane warn before it does.
 */
export function findExistingBlock(
  workbook: BudgetWorkbook,
  sections: readonly NarrativeSection[],
): BlockLocation | undefined {
  const layout = narrativeBlockLayout(sections);
  const headings = layout.flatMap((row, offset) => (row.heading ? [{ text: row.text, offset }] : []));
  if (!headings.length) return undefined;
  for (const table of tablesOf(workbook, 'narrative')) {
    const at = new Map(table.paragraphs.map((p) => [`${p.cell.sheet}!${p.cell.address}`, p.text.trim()]));
    for (const p of table.paragraphs) {
      if (p.text.trim() !== headings[0].text) continue;
      const { row, col } = fromA1(p.cell.address);
      const top = row - headings[0].offset;
      const complete = headings.every((h) => at.get(`${p.cell.sheet}!${toA1(top + h.offset, col)}`) === h.text);
      if (complete) {
        return { sheet: p.cell.sheet, address: `${toA1(top, col)}:${toA1(top + layout.length - 1, col)}` };
      }
    }
  }
  return undefined;
}

/**
 * The cells of the block at `where` as `grid` holds them, top to bottom, as insertNarrative reads them before
 * a replacement; undefined when the sheet is not in the grid or the address is not one column.
 */
export function blockCells(grid: WorkbookGrid, where: BlockLocation): string[] | undefined {
  const sheet = grid.sheets.find((s) => s.name === where.sheet);
  const [first, last = first] = where.address.split(':');
  if (!sheet || !first) return undefined;
  const top = fromA1(first);
  const bottom = fromA1(last);
  if (top.col !== bottom.col || bottom.row < top.row) return undefined;
  return Array.from({ length: bottom.row - top.row + 1 }, (_, i) => {
    const value = cellAt(sheet, top.row + i, top.col)?.value;
    return value === null || value === undefined ? '' : String(value);
  });
}
