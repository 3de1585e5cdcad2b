import type { ResolvedAdapterOptions } from './adapterOptions';
import { PAYLOAD_SAFETY } from './adapterOptions';
import { FillPlan, loadFills, type CellOnSheet } from './fills';
import { serializeMarkParts, type MarkEntry } from './markRecord';
import { cellKey, loadMarkState, resolveNotes, sheetOfEntry } from './markState';
import { SyncBudget } from './syncBudget';
import type { ClearResult, ExcelRunner } from './types';

/**
 * Gives every recorded cell its own fill back and removes our notes and the record. Works from the
 * record stored in the workbook, so it needs nothing from the session that marked. A cell whose fill
 * the user changed after marking keeps the user's fill. Cells on protected sheets stay recorded.
 */
export function clearMarks(run: ExcelRunner, options: ResolvedAdapterOptions): Promise<ClearResult> {
  return run(async (context) => {
    const state = await loadMarkState(context, options);
    const writable: Array<CellOnSheet & { entry: MarkEntry }> = [];
    const kept: MarkEntry[] = [];
    for (const entry of state.entries) {
      const sheet = sheetOfEntry(state, entry);
      if (!sheet) continue;
      if (sheet.protected) kept.push({ ...entry, sheetId: sheet.id, sheet: sheet.name });
      else writable.push({ sheet, address: entry.address, entry });
    }
    const fills = await loadFills(context, writable, options, state.queuedBytes);
    resolveNotes(state);

    const restore = new FillPlan();
    let restored = 0;
    for (const { sheet, address, entry } of writable) {
      if (fills.get(cellKey(sheet.id, address)) !== entry.mark) continue;
      restore.add(sheet, entry.original, address);
      restored++;
    }
    const budget = new SyncBudget(context, options.maxPayloadBytes * PAYLOAD_SAFETY);
    await restore.queue(budget, options);
    let notesRemoved = 0;
    for (const { annotation, sheet } of state.ours) {
      if (sheet?.protected) continue;
      annotation.delete();
      notesRemoved++;
      await budget.reserve(100);
    }
    for (const part of state.parts) part.delete();
    if (kept.length) {
      for (const xml of serializeMarkParts(kept, options.maxPayloadBytes * PAYLOAD_SAFETY * 0.5)) {
        await budget.reserve(200 + xml.length);
        context.workbook.customXmlParts.add(xml);
      }
    }
    await context.sync();
    return { restored, notesRemoved };
  });
}
