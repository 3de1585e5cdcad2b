import type { Finding, Severity } from '../engine/findings';
import { SEVERITY_NAMES } from '../engine/findings';
import { fromA1, toA1, type CellRef } from '../engine/grid';
import { throwIfCancelled, CancelledError, type LongCallOptions } from './cancel';
import { clearMarks } from './clearMarks';
import { MARK_PAYLOAD_SHARE, PAYLOAD_SAFETY, type ResolvedAdapterOptions } from './adapterOptions';
import { FillPlan, loadFills, type CellOnSheet } from './fills';
import { noteContent } from './literalText';
import { MARK_COLORS, NOTE_PREFIX } from './markColors';
import { serializeMarkParts, type MarkEntry } from './markRecord';
import { REQUEST_COSTS } from './requestCosts';
import {
  cellKey,
  entriesByCell,
  entryForFill,
  loadMarkState,
  resolveNotes,
  type AnnotationCollection,
} from './markState';
import { jsonBytes, SyncBudget } from './syncBudget';
import type { ExcelRunner, MarkResult } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Excel notes hold far more, but a longer note is unreadable anyway. */
const MAX_NOTE_LENGTH = 2000;

interface Target extends CellOnSheet {
  severity: Severity;
  /** Messages of the findings whose first (most likely wrong) cell this is: they go in its note. */
  messages: string[];
}

function normalizeAddress(address: string): string | undefined {
  try {
    const { row, col } = fromA1(address);
    return toA1(row, col);
  } catch {
    return undefined;
  }
}

export function noteText(messages: readonly string[]): string {
  const text = noteContent(`${NOTE_PREFIX}${messages.join('\n')}`);
  return text.length > MAX_NOTE_LENGTH ? `${text.slice(0, MAX_NOTE_LENGTH - 1)}…` : text;
}

/**
 * Fills the cells of the findings by severity and notes the first cell of each finding. Three syncs in
 * all, whatever the number of cells: one to read the sheets, the earlier record and the notes, one for
 * the cells' own fills and the notes' locations, one to write (plus one per ~4 MB when a very large
 * batch has to be split under Excel's 5 MB payload limit). Marks from an earlier run are replaced, not stacked: a cell still wearing our colour keeps
 * the original recorded the first time; cells no longer in a finding get their own fill back.
 */
export function markFindings(
  run: ExcelRunner,
  options: ResolvedAdapterOptions,
  findings: readonly Finding[],
  call: LongCallOptions = {},
): Promise<MarkResult> {
  const { onProgress, signal } = call;
  // Cancelled before the first write: nothing changed. Cancelled while writing: the write completes (the record
  // stays whole) and clearMarks then restores every marked cell, so a cancel never leaves half marks.
  let writing = false;
  const marking = run(async (context) => {
    throwIfCancelled(signal);
    onProgress?.({ fraction: 0, label: '正在标记（1/3）：读取已有标记' });
    const state = await loadMarkState(context, options);
    throwIfCancelled(signal);
    const targets = new Map<string, Target>();
    const skipped = new Map<string, { cell: CellRef; reason: string }>();
    const skip = (cell: CellRef, reason: string): void => {
      skipped.set(`${cell.sheet}!${cell.address}`, { cell, reason });
    };
    for (const f of findings) {
      f.cells.forEach((cell, i) => {
        const sheet = state.sheetsByName.get(cell.sheet.toLowerCase());
        const address = normalizeAddress(cell.address);
        if (!sheet) return skip(cell, `找不到工作表“${cell.sheet}”`);
        if (!address) return skip(cell, `单元格地址无效：${cell.address}`);
        if (sheet.protected) return skip(cell, `工作表“${sheet.name}”受保护，未标记`);
        const key = cellKey(sheet.id, address);
        const t = targets.get(key) ?? { sheet, address, severity: f.severity, messages: [] };
        if (RANK[f.severity] < RANK[t.severity]) t.severity = f.severity;
        const line = `[${SEVERITY_NAMES[f.severity]}] ${f.message}`;
        if (i === 0 && !t.messages.includes(line)) t.messages.push(line);
        targets.set(key, t);
      });
    }

    const previous = entriesByCell(state);
    const toRead: CellOnSheet[] = [...targets.values()];
    for (const [key, p] of previous) {
      if (!p.sheet.protected && !targets.has(key)) toRead.push({ sheet: p.sheet, address: p.entries[0].address });
    }
    onProgress?.({ fraction: 1 / 3, label: '正在标记（2/3）：读取单元格原有填充色' });
    const fills = await loadFills(context, toRead, options, state.queuedBytes);
    throwIfCancelled(signal);
    resolveNotes(state);

    const record: MarkEntry[] = [];
    const restore = new FillPlan();
    const paint = new FillPlan();
    let marked = 0;
    for (const [key, { entries, sheet }] of previous) {
      if (targets.has(key)) continue;
      // A protected sheet cannot be restored now: keep its cells in the record for a later clear.
      if (sheet.protected) record.push(...entries.map((e) => ({ ...e, sheetId: sheet.id, sheet: sheet.name })));
      else {
        const entry = entryForFill(entries, fills.get(key));
        if (fills.get(key) === entry.mark) restore.add(sheet, entry.original, entry.address);
      }
    }
    for (const [key, t] of targets) {
      const current = fills.get(key);
      const earlier = previous.get(key)?.entries;
      const before = earlier && entryForFill(earlier, current);
      // Still our colour from the last run: the original is what that run recorded.
      const original = before && current === before.mark ? before.original : current;
      if (original === undefined) continue;
      const mark = MARK_COLORS[t.severity];
      record.push({ sheetId: t.sheet.id, sheet: t.sheet.name, address: t.address, original, mark });
      paint.add(t.sheet, mark, t.address);
      marked++;
    }

    // Write order, so that a failure after any operation leaves a workbook clearMarks can restore: the new
    // record first (beside the old one), then the fills and notes, the old record last.
    onProgress?.({ fraction: 2 / 3, label: `正在标记（3/3）：写入 ${marked} 个单元格` });
    writing = true;
    const budget = new SyncBudget(context, options.maxPayloadBytes * MARK_PAYLOAD_SHARE);
    if (record.length) {
      for (const xml of serializeMarkParts(record, options.maxPayloadBytes * PAYLOAD_SAFETY * 0.5)) {
        await budget.reserve(REQUEST_COSTS.xmlPartAdd + jsonBytes(xml));
        context.workbook.customXmlParts.add(xml);
      }
    }
    await restore.queue(budget, options);
    for (const { annotation, sheet } of state.ours) {
      if (!sheet || sheet.protected) continue;
      annotation.delete();
      await budget.reserve(REQUEST_COSTS.noteDelete);
    }
    await paint.queue(budget, options);
    for (const part of state.parts) part.delete();
    const notesToAdd: Array<{ target: Target; text: string }> = [];
    for (const [key, t] of targets) {
      if (t.messages.length === 0 || state.userAnnotated.has(key)) continue;
      notesToAdd.push({ target: t, text: noteText(t.messages) });
    }
    let notes = 0;
    const collection = state.annotations;
    if (collection && !state.blindAdds) {
      // Every annotation is visible: no add can clash, the notes go with the rest.
      for (const { target, text } of notesToAdd) {
        collection.add(target.sheet.worksheet.getRange(target.address), text);
        notes++;
        await budget.reserve(REQUEST_COSTS.noteAdd + jsonBytes(text));
      }
      await context.sync();
    } else {
      await context.sync();
      if (collection) {
        const kept = state.ours.filter((o) => !o.sheet || o.sheet.protected).length;
        const added = await addBlind(context, collection, notesToAdd, kept, options);
        notes = added.notes;
        for (const t of added.clashed) {
          skip(
            { sheet: t.sheet.name, address: t.address },
            `单元格 ${t.sheet.name}!${t.address} 已有批注，已标记颜色，未添加审核批注`,
          );
        }
      }
    }
    return { marked, notes, skipped: [...skipped.values()] };
  });
  return marking.then(async (result) => {
    if (!(writing && signal?.aborted)) {
      onProgress?.({ fraction: 1, label: '标记完成' });
      return result;
    }
    onProgress?.({ fraction: 1, label: '正在撤销本次标记' });
    await clearMarks(run, options);
    throw new CancelledError();
  });
}

/**
 * Adds notes where the user's notes cannot be seen (threaded comments before ExcelApi 1.18): a cell
 * holding a note refuses a comment, and Excel stops the request there with the adds before it applied.
 * After such a failure the notes now present tell how many went in; the one that failed is skipped and
 * the rest sent again. Everything else was written in the syncs before, so nothing but a note is lost.
 */
async function addBlind(
  context: Excel.RequestContext,
  collection: AnnotationCollection,
  queue: ReadonlyArray<{ target: Target; text: string }>,
  kept: number,
  options: ResolvedAdapterOptions,
): Promise<{ notes: number; clashed: Target[] }> {
  const clashed: Target[] = [];
  const countOurs = async (): Promise<number> => {
    collection.load('items/content');
    await context.sync();
    return collection.items.filter((a) => a.content.startsWith(NOTE_PREFIX)).length;
  };
  let notes = 0;
  let i = 0;
  const limit = options.maxPayloadBytes * MARK_PAYLOAD_SHARE;
  while (i < queue.length) {
    let bytes = 0;
    let end = i;
    while (end < queue.length && (end === i || bytes + REQUEST_COSTS.noteAdd + jsonBytes(queue[end].text) <= limit)) {
      const { target, text } = queue[end];
      collection.add(target.sheet.worksheet.getRange(target.address), text);
      bytes += REQUEST_COSTS.noteAdd + jsonBytes(text);
      end++;
    }
    try {
      await context.sync();
      notes += end - i;
      i = end;
    } catch (e) {
      // Ours now, less those kept from before (on protected sheets) and those added so far: how far it got.
      const went = (await countOurs()) - kept - notes;
      // Not a clash this can place: report it as it is.
      if (went < 0 || went >= end - i) throw e;
      notes += went;
      clashed.push(queue[i + went].target);
      i += went + 1;
    }
  }
  return { notes, clashed };
}
