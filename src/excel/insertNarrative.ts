import { toA1 } from '../engine/grid';
import {
  NARRATIVE_BLOCK_NAME,
  NARRATIVE_SHEET_NAME,
  narrativeBlockRows,
  narrativeSheetTitle,
} from '../engine/narrative/narrativeBlock';
import { mergeNarrativeBlock, type BlockMergeSummary, type NarrativeSection } from '../engine/narrative';
import { officeIsSetSupported } from './adapterOptions';
import { splitQualifiedAddress } from './cellAddress';
import { literalCellValue } from './literalText';
import type { ExcelRunner, InsertNarrativeOptions, InsertNarrativeResult } from './types';

/** Why the block was not written, in Chinese for the pane; nothing in the workbook was changed. */
export class NarrativeInsertError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NarrativeInsertError';
  }
}

/** Options of a replacement that keeps what was typed into the block (mergeNarrativeBlock). */
export interface NarrativeBlockOptions extends InsertNarrativeOptions {
  /** The block as generated with other options earlier (blockAlternatives), so its filled cells are recognised. */
  alternatives?: ReadonlyArray<readonly string[]>;
}

export interface NarrativeBlockResult extends InsertNarrativeResult {
  /** When replaced: the figures updated and the user's text kept. */
  merge?: BlockMergeSummary;
}

const NAME_COMMENT = '预算公开审核插入的情况说明；再次插入时整体替换此区域';

function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function localRange(row: number, col: number, rows: number): string {
  return `${toA1(row, col)}:${toA1(row + rows - 1, col)}`;
}

interface Target {
  sheet: Excel.Worksheet;
  sheetName: string;
  row: number;
  col: number;
  /** Write the sheet title into the cell above the blank row first (a 情况说明 sheet that had nothing). */
  titleRow?: number;
}

/**
 * Writes the generated 情况说明 block (narrativeBlock.ts) and keeps it findable by a workbook-level name.
 * When the name exists its range is overwritten (replaced, never duplicated), keeping what the user typed into it
 * (mergeNarrativeBlock); else the block goes to the
 * selected cell when asked for (refused if any of its cells holds something), else below the last used row of
 * the 情况说明 sheet after one blank row (the sheet and its title are created when missing). Cells are set to
 * text ('@') before their values, so '=…' stays text. Three syncs, always; nothing outside the block and a
 * new sheet's title cell is written.
 */
export function insertNarrative(
  run: ExcelRunner,
  sections: readonly NarrativeSection[],
  options: NarrativeBlockOptions = {},
  isSetSupported: (name: string, version: string) => boolean = officeIsSetSupported,
): Promise<NarrativeBlockResult> {
  const rows = narrativeBlockRows(sections);
  // The template's sections decide the block's height (Hebei: 16 rows).
  const blockRows = rows.length;
  return run(async (context) => {
    const workbook = context.workbook;
    // Sync 1: the block's name, the 情况说明 sheet, the selection, which sheets and the structure are protected.
    const named = workbook.names.getItemOrNullObject(NARRATIVE_BLOCK_NAME);
    named.load('name');
    const narrativeSheet = workbook.worksheets.getItemOrNullObject(NARRATIVE_SHEET_NAME);
    narrativeSheet.load('name');
    const selected = options.atSelection ? workbook.getSelectedRange() : undefined;
    selected?.load('address,rowIndex,columnIndex');
    const sheets = workbook.worksheets;
    sheets.load('items/name,items/protection/protected');
    const structure = isSetSupported('ExcelApi', '1.7') ? workbook.protection : undefined;
    structure?.load('protected');
    await context.sync();
    const protectedSheets = new Set(
      sheets.items.filter((s) => s.protection.protected).map((s) => s.name.toLowerCase()),
    );

    // Sync 2: where the block is now, what is at the selection, where the 情况说明 sheet ends.
    const blockRange = named.isNullObject ? undefined : named.getRangeOrNullObject();
    blockRange?.load('address,rowIndex,columnIndex,rowCount,columnCount,values');
    let atSelection: { range: Excel.Range; sheet: Excel.Worksheet; sheetName: string } | undefined;
    if (selected) {
      const sheetName = splitQualifiedAddress(selected.address).sheet;
      const sheet = workbook.worksheets.getItem(sheetName);
      const range = sheet.getRangeByIndexes(selected.rowIndex, selected.columnIndex, blockRows, 1);
      range.load('values,formulas');
      atSelection = { range, sheet, sheetName };
    }
    const used = narrativeSheet.isNullObject ? undefined : narrativeSheet.getUsedRangeOrNullObject(true);
    used?.load('rowIndex,rowCount');
    // Merged areas in column A (ExcelApi 1.13): the block must not land in one, where Excel refuses all but
    // its top-left cell. Before 1.13 they cannot be seen.
    const mergedInA =
      used && isSetSupported('ExcelApi', '1.13')
        ? narrativeSheet.getRangeByIndexes(0, 0, 1_048_576, 1).getMergedAreasOrNullObject()
        : undefined;
    mergedInA?.load('areas/items/rowIndex,areas/items/rowCount');
    await context.sync();

    let target: Target;
    const replaced = blockRange !== undefined && !blockRange.isNullObject;
    let written = rows;
    let merge: BlockMergeSummary | undefined;
    if (blockRange && replaced) {
      const { sheet: sheetName, local } = splitQualifiedAddress(blockRange.address);
      if (blockRange.rowCount !== blockRows || blockRange.columnCount !== 1) {
        throw new NarrativeInsertError(
          `情况说明区域（名称 ${NARRATIVE_BLOCK_NAME}，现为 ${sheetName}!${local}）已被改动，不再是 ${blockRows} 行 1 列。为免覆盖您的内容，未写入；请恢复该区域，或在“名称管理器”中删除此名称后重新插入。`,
        );
      }
      target = {
        sheet: workbook.worksheets.getItem(sheetName),
        sheetName,
        row: blockRange.rowIndex,
        col: blockRange.columnIndex,
      };
      // What the accountant typed into the block (reasons, added sentences) is kept; the figures are renewed.
      const current = blockRange.values.map((row) => (isEmptyCell(row[0]) ? '' : String(row[0])));
      ({ rows: written, summary: merge } = mergeNarrativeBlock(current, rows, options.alternatives));
    } else if (atSelection && selected) {
      const { values, formulas } = atSelection.range;
      const taken = values.some((row, r) => row.some((v, c) => !isEmptyCell(v) || !isEmptyCell(formulas[r][c])));
      if (taken) {
        const where = localRange(selected.rowIndex, selected.columnIndex, blockRows);
        throw new NarrativeInsertError(
          `所选位置 ${atSelection.sheetName}!${where} 中已有内容。为免覆盖，未插入情况说明；请选择下方有 ${blockRows} 行空白的单元格后重试。`,
        );
      }
      target = { ...atSelection, row: selected.rowIndex, col: selected.columnIndex };
    } else if (used && !used.isNullObject) {
      // Below the last used row after a blank one, and below any merged rows the block would cut into.
      let row = used.rowIndex + used.rowCount + 1;
      const merged = mergedInA && !mergedInA.isNullObject ? mergedInA.areas.items : [];
      for (let moved = true; moved;) {
        moved = false;
        for (const m of merged) {
          if (m.rowIndex < row + blockRows && m.rowIndex + m.rowCount > row) {
            row = m.rowIndex + m.rowCount + 1;
            moved = true;
          }
        }
      }
      target = { sheet: narrativeSheet, sheetName: narrativeSheet.name, row, col: 0 };
    } else {
      const sheet = used ? narrativeSheet : workbook.worksheets.add(NARRATIVE_SHEET_NAME);
      target = { sheet, sheetName: used ? narrativeSheet.name : NARRATIVE_SHEET_NAME, row: 2, col: 0, titleRow: 0 };
    }

    // Protected cells are reported, not fought: nothing is written.
    if (protectedSheets.has(target.sheetName.toLowerCase())) {
      throw new NarrativeInsertError(
        `工作表“${target.sheetName}”受保护，未写入情况说明。请先撤销该工作表的保护（审阅 → 撤销工作表保护）后重试，或选择其他工作表中的空白单元格插入。`,
      );
    }
    if (target.titleRow !== undefined && !used && structure?.protected) {
      throw new NarrativeInsertError(
        `工作簿结构受保护，无法新建“${NARRATIVE_SHEET_NAME}”工作表，未写入情况说明。请先撤销工作簿保护（审阅 → 保护工作簿）后重试，或选择空白单元格插入。`,
      );
    }

    // Sync 3: text format first, then the values, then the name (a stale #REF! name is replaced).
    if (target.titleRow !== undefined) {
      const title = target.sheet.getRangeByIndexes(target.titleRow, 0, 1, 1);
      title.numberFormat = [['@']];
      title.values = [[literalCellValue(narrativeSheetTitle(options.unit, options.year))]];
    }
    const range = target.sheet.getRangeByIndexes(target.row, target.col, blockRows, 1);
    range.numberFormat = rows.map(() => ['@']);
    range.values = written.map((text) => [literalCellValue(text)]);
    if (!replaced) {
      if (!named.isNullObject) named.delete();
      workbook.names.add(NARRATIVE_BLOCK_NAME, range, NAME_COMMENT);
    }
    await context.sync();
    const address = localRange(target.row, target.col, blockRows);
    return merge
      ? { sheet: target.sheetName, address, replaced, merge }
      : { sheet: target.sheetName, address, replaced };
  });
}
