import type ExcelJS from 'exceljs';
import { toA1 } from '../engine/grid';
import { mergeNarrativeBlock, type BlockMergeSummary, type NarrativeSection } from '../engine/narrative';
import { cellParagraph } from '../engine/plainText';
import {
  NARRATIVE_BLOCK_NAME,
  NARRATIVE_SHEET_NAME,
  narrativeBlockRows,
  narrativeSheetTitle,
} from '../engine/narrative/narrativeBlock';
import { parseReference, quoteSheetName } from './sheetReference';

/** The block cannot be written without overwriting the user's cells; one Chinese line. */
export class NarrativeBlockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NarrativeBlockError';
  }
}

export interface InsertedBlock {
  sheet: string;
  /** The block, e.g. 'A70:A85'. */
  address: string;
  /** An earlier block was overwritten in place. */
  replaced: boolean;
  /** When replaced: the figures updated and the user's text kept (mergeNarrativeBlock). */
  merge?: BlockMergeSummary;
}

function localRange(top: number, col: number, rows: number): string {
  return `${toA1(top - 1, col - 1)}:${toA1(top - 1 + rows - 1, col - 1)}`;
}

/** Last row (1-based) holding a value; 0 for a sheet without any. */
function lastValueRow(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    let has = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== undefined && cell.value !== '') has = true;
    });
    if (has) last = n;
  });
  return last;
}

/** A text cell: its own style copy with the text format ('@'), and a plain string value (never a formula). */
function writeText(ws: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  const cell = ws.getCell(row, col);
  // ExcelJS shares style objects between cells loaded with the same style: give this cell its own.
  cell.style = { ...cell.style, numFmt: '@' };
  cell.value = cellParagraph(text);
}

/**
 * The command line's version of the add-in's insertNarrative, on the ExcelJS copy it writes: the same block,
 * the same workbook-level name. An existing block is overwritten in place, keeping what was typed into it
 * (`alternatives`: the block as generated with other options, see mergeNarrativeBlock); else the block goes below the
 * 情况说明 sheet's last row after one blank row (the sheet and its title are created when missing).
 */
export function insertNarrativeBlock(
  excel: ExcelJS.Workbook,
  sections: readonly NarrativeSection[],
  meta: { unit?: string; year?: number },
  alternatives: ReadonlyArray<readonly string[]> = [],
): InsertedBlock {
  const rows = narrativeBlockRows(sections);
  const existing = excel.definedNames.getRanges(NARRATIVE_BLOCK_NAME).ranges.map(parseReference);
  const block = existing.length === 1 ? existing[0] : undefined;
  const blockSheet = block && excel.getWorksheet(block.sheet);
  if (block && blockSheet) {
    if (block.bottom - block.top + 1 !== rows.length || block.left !== block.right) {
      throw new NarrativeBlockError(
        `情况说明区域（名称 ${NARRATIVE_BLOCK_NAME}）已被改动，不再是 ${rows.length} 行 1 列；为免覆盖其中的内容，未写出副本`,
      );
    }
    // What the accountant typed into the block (reasons, added sentences) is kept; the figures are renewed.
    const current = rows.map((_, i) => blockSheet.getCell(block.top + i, block.left).text ?? '');
    const merge = mergeNarrativeBlock(current, rows, alternatives);
    merge.rows.forEach((text, i) => writeText(blockSheet, block.top + i, block.left, text));
    return {
      sheet: blockSheet.name,
      address: localRange(block.top, block.left, rows.length),
      replaced: true,
      merge: merge.summary,
    };
  }

  let ws = excel.getWorksheet(NARRATIVE_SHEET_NAME);
  let top: number;
  if (ws && lastValueRow(ws) > 0) top = lastValueRow(ws) + 2;
  else {
    ws ??= excel.addWorksheet(NARRATIVE_SHEET_NAME);
    writeText(ws, 1, 1, narrativeSheetTitle(meta.unit, meta.year));
    top = 3;
  }
  const sheet = ws;
  rows.forEach((text, i) => writeText(sheet, top + i, 1, text));
  // A name left pointing at a deleted sheet (or at several areas) is replaced.
  excel.definedNames.model = excel.definedNames.model.filter((n) => n.name !== NARRATIVE_BLOCK_NAME);
  excel.definedNames.add(`${quoteSheetName(sheet.name)}!$A$${top}:$A$${top + rows.length - 1}`, NARRATIVE_BLOCK_NAME);
  return { sheet: sheet.name, address: localRange(top, 1, rows.length), replaced: false };
}
