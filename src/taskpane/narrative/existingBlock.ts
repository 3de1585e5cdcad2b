import { fromA1, toA1 } from '../../engine/grid';
import type { NarrativeSection } from '../../engine/narrative';
import { NARRATIVE_BLOCK_ROWS, narrativeBlockRows } from '../../engine/narrative/narrativeBlock';
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
 * ('1、收入说明', two rows below '2、支出说明' … '8、项目绩效目标情况') in one column. A hand-written 情况说明 may
 * share the first headings, never all eight numbered this way. The adapter finds the block by its workbook
 * name and replaces it; this only lets the pane warn before it does.
 */
export function findExistingBlock(
  workbook: BudgetWorkbook,
  sections: readonly NarrativeSection[],
): BlockLocation | undefined {
  const headings = narrativeBlockRows(sections).filter((_, i) => i % 2 === 0);
  for (const table of tablesOf(workbook, 'narrative')) {
    const at = new Map(table.paragraphs.map((p) => [`${p.cell.sheet}!${p.cell.address}`, p.text.trim()]));
    for (const p of table.paragraphs) {
      if (p.text.trim() !== headings[0]) continue;
      const { row, col } = fromA1(p.cell.address);
      const complete = headings.every((h, i) => at.get(`${p.cell.sheet}!${toA1(row + 2 * i, col)}`) === h);
      if (complete) {
        return { sheet: p.cell.sheet, address: `${toA1(row, col)}:${toA1(row + NARRATIVE_BLOCK_ROWS - 1, col)}` };
      }
    }
  }
  return undefined;
}
