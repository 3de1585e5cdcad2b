import { cellParagraph } from '../plainText';
import { NARRATIVE_SECTION_IDS, type NarrativeSection } from './types';

/**
 * The generated 情况说明 as one block of cells, one paragraph per row in one column: for each section its
 * heading rows ('1、收入说明', or the template's own headings) and its paragraphs. The same workbook always
 * gives the same rows, so replacing the block never moves anything; a block whose size no longer matches is
 * refused, never overwritten. The add-in and the command line find it again through a workbook-level name.
 */

/** Workbook-level defined name of the block (letters, digits, '.' and '_' only: a valid Excel name). */
export const NARRATIVE_BLOCK_NAME = 'BudgetChecker.Narrative';

/** The sheet the block goes to when there is no block yet and no selected cell was asked for. */
export const NARRATIVE_SHEET_NAME = '情况说明';

/** Rows of a Hebei block: a heading and a text row per section. */
export const NARRATIVE_BLOCK_ROWS = NARRATIVE_SECTION_IDS.length * 2;

/** A paragraph as it goes into a cell: control characters and tabs removed. */
export const toCellText = cellParagraph;

/** One row of the block; headings are what the pane looks for to find a block written earlier. */
export interface BlockRow {
  text: string;
  heading: boolean;
}

/** The block, top to bottom: each section's heading rows and paragraph rows, in the order given. */
export function narrativeBlockLayout(sections: readonly NarrativeSection[]): BlockRow[] {
  return sections.flatMap((section, i) => {
    const headings = section.headings ?? [`${i + 1}、${section.title}`];
    return [
      ...headings.map((line) => ({ text: toCellText(line), heading: true })),
      ...(section.paragraphs ?? [section.text]).map((line) => ({ text: toCellText(line), heading: false })),
    ];
  });
}

/** The block's cell texts, top to bottom. */
export function narrativeBlockRows(sections: readonly NarrativeSection[]): string[] {
  return narrativeBlockLayout(sections).map((row) => row.text);
}

/** Title row of a new 情况说明 sheet; it ends with 情况说明, so the recognizer reads the sheet as the narrative. */
export function narrativeSheetTitle(unit: string | undefined, year: number | undefined): string {
  return `${unit ?? ''}${year === undefined ? '' : `${year}年`}部门预算信息公开情况说明`;
}
