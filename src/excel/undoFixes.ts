import type { CellRef } from '../engine/grid';
import type { ResolvedAdapterOptions } from './adapterOptions';
import type { FixEntry } from './fixRecord';
import {
  CELL_LOAD_BYTES,
  CELL_WRITE_BYTES,
  cellInput,
  fixBudget,
  loadFixState,
  queueRecord,
  sameValue,
  sheetOfFix,
} from './fixState';
import type { SheetInfo } from './markState';
import { jsonBytes } from './syncBudget';
import type { UndoFixesResult } from './fixTypes';
import type { ExcelRunner } from './types';

interface Recorded {
  sheet: SheetInfo;
  address: string;
  /** Newest first. */
  entries: FixEntry[];
  range?: Excel.Range;
}

/**
 * 撤销修正: every cell the add-in fixed gets back the value and number format it had before, from the record
 * stored in the workbook (so it works after save and reopen). A cell fixed twice goes back step by step
 * while it still holds what each fix wrote; a cell the user changed since keeps the user's content and is
 * reported. Cells of protected sheets stay recorded for later. Three syncs: the record, the cells, the writes.
 */
export function undoFixes(run: ExcelRunner, options: ResolvedAdapterOptions): Promise<UndoFixesResult> {
  return run(async (context) => {
    const state = await loadFixState(context);
    if (state.entries.length === 0) return { restored: [], changed: [], kept: 0 };
    const cells = new Map<string, Recorded>();
    const kept: FixEntry[] = [];
    for (const entry of state.entries) {
      const sheet = sheetOfFix(state, entry);
      // A deleted sheet: nothing to restore.
      if (!sheet) continue;
      if (sheet.protected) {
        kept.push({ ...entry, sheetId: sheet.id, sheet: sheet.name });
        continue;
      }
      const key = `${sheet.id}!${entry.address.toUpperCase()}`;
      const group = cells.get(key) ?? { sheet, address: entry.address.toUpperCase(), entries: [] };
      group.entries.push(entry);
      cells.set(key, group);
    }
    const reads = fixBudget(context, options);
    for (const group of cells.values()) {
      group.entries.sort((a, b) => b.seq - a.seq);
      await reads.reserve(CELL_LOAD_BYTES + 3 * jsonBytes(group.entries[0].new));
      group.range = group.sheet.worksheet.getRange(group.address);
      group.range.load('values,formulas,numberFormat');
    }
    if (cells.size > 0) await context.sync();

    const restored: CellRef[] = [];
    const changed: CellRef[] = [];
    const budget = fixBudget(context, options);
    await queueRecord(context, options, budget, kept);
    for (const group of cells.values()) {
      const range = group.range as Excel.Range;
      const formula = range.formulas[0][0];
      let current: unknown = range.values[0][0];
      const isFormula = typeof formula === 'string' && formula.startsWith('=');
      let back: FixEntry | undefined;
      for (const entry of group.entries) {
        if (isFormula || !sameValue(current, entry.new)) break;
        back = entry;
        current = entry.old;
      }
      const cell = { sheet: group.sheet.name, address: group.address };
      if (!back) {
        changed.push(cell);
        continue;
      }
      const format = String(range.numberFormat[0][0] ?? 'General');
      if (format !== back.oldFormat) {
        await budget.reserve(CELL_WRITE_BYTES + jsonBytes(back.oldFormat));
        range.numberFormat = [[back.oldFormat]];
      }
      const input = cellInput(back.old, back.oldFormat);
      await budget.reserve(CELL_WRITE_BYTES + jsonBytes(input));
      range.values = [[input]];
      restored.push(cell);
    }
    for (const part of state.parts) part.delete();
    await context.sync();
    return { restored, changed, kept: kept.length };
  });
}
