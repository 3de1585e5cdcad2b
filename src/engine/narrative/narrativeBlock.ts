import { cellParagraph } from '../plainText';
import { NARRATIVE_SECTION_IDS, type NarrativeSection } from './types';

/**
 * The generated 情况说明 as one block of cells: for each section a heading row ('1、收入说明') and a text row,
 * one paragraph per row in one column. It always has the same number of rows, so replacing it never moves
 * anything. The add-in and the command line find it again through a workbook-level defined name.
 */

/** Workbook-level defined name of the block (letters, digits, '.' and '_' only: a valid Excel name). */
export const NARRATIVE_BLOCK_NAME = 'BudgetChecker.Narrative';

/** The sheet the block goes to when there is no block yet and no selected cell was asked for. */
export const NARRATIVE_SHEET_NAME = '情况说明';

/** Rows of the block: a heading and a text row per section. */
export const NARRATIVE_BLOCK_ROWS = NARRATIVE_SECTION_IDS.length * 2;

/** A paragraph as it goes into a cell: control characters and tabs removed. */
export const toCellText = cellParagraph;

/** The block, top to bottom: heading and text of each section in publication order, cleaned for a cell. */
export function narrativeBlockRows(sections: readonly NarrativeSection[]): string[] {
  return NARRATIVE_SECTION_IDS.flatMap((id, i) => {
    const section = sections.find((s) => s.id === id);
    return [toCellText(`${i + 1}、${section?.title ?? ''}`), toCellText(section?.text ?? '')];
  });
}

/** Title row of a new 情况说明 sheet; it ends with 情况说明, so the recognizer reads the sheet as the narrative. */
export function narrativeSheetTitle(unit: string | undefined, year: number | undefined): string {
  return `${unit ?? ''}${year === undefined ? '' : `${year}年`}部门预算信息公开情况说明`;
}
