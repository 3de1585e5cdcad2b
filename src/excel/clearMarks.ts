import type { ResolvedAdapterOptions } from './adapterOptions';
import { MARK_PAYLOAD_SHARE, PAYLOAD_SAFETY } from './adapterOptions';
import { FillPlan, loadFills, type CellOnSheet } from './fills';
import { serializeMarkParts, type MarkEntry } from './markRecord';
import { REQUEST_COSTS } from './requestCosts';
import { cellKey, entriesByCell, entryForFill, loadMarkState, resolveNotes } from './markState';
import { jsonBytes, SyncBudget } from './syncBudget';
import type { ClearResult, ExcelRunner } from './types';

/**
 * Gives every recorded cell its own fill back and removes our notes and the record. Works from the
 * record stored in the workbook, so it needs nothing from the session that marked. A cell whose fill
 * the user changed after marking keeps the user's fill. Cells on protected sheets stay recorded.
 */
export function clearMarks(run: ExcelRunner, options: ResolvedAdapterOptions): Promise<ClearResult> {
  return run(async (context) => {
    const state = await loadMarkState(context, options);
    const writable: Array<CellOnSheet & { entries: MarkEntry[] }> = [];
    const kept: MarkEntry[] = [];
    for (const { sheet, entries } of entriesByCell(state).values()) {
      if (sheet.protected) kept.push(...entries.map((e) => ({ ...e, sheetId: sheet.id, sheet: sheet.name })));
      else writable.push({ sheet, address: entries[0].address, entries });
    }
    const fills = await loadFills(context, writable, options, state.queuedBytes);
    resolveNotes(state);

    const restore = new FillPlan();
    let restored = 0;
    for (const { sheet, address, entries } of writable) {
      const fill = fills.get(cellKey(sheet.id, address));
      const entry = entryForFill(entries, fill);
      if (fill !== entry.mark) continue;
      restore.add(sheet, entry.original, address);
      restored++;
    }
    // The record of what stays marked is written before the old one goes, so a failure in between loses nothing.
    const budget = new SyncBudget(context, options.maxPayloadBytes * MARK_PAYLOAD_SHARE);
    if (kept.length) {
      for (const xml of serializeMarkParts(kept, options.maxPayloadBytes * PAYLOAD_SAFETY * 0.5)) {
        await budget.reserve(REQUEST_COSTS.xmlPartAdd + jsonBytes(xml));
        context.workbook.customXmlParts.add(xml);
      }
    }
    await restore.queue(budget, options);
    let notesRemoved = 0;
    for (const { annotation, sheet } of state.ours) {
      if (sheet?.protected) continue;
      annotation.delete();
      notesRemoved++;
      await budget.reserve(REQUEST_COSTS.noteDelete);
    }
    for (const part of state.parts) part.delete();
    await context.sync();
    return { restored, notesRemoved };
  });
}
