import type { ResolvedAdapterOptions } from './adapterOptions';
import { firstCell, splitQualifiedAddress } from './cellAddress';
import { NOTE_PREFIX } from './markColors';
import { MARK_PAYLOAD_SHARE } from './adapterOptions';
import { REQUEST_COSTS } from './requestCosts';
import { jsonBytes, SyncBudget } from './syncBudget';
import { MARKS_NAMESPACE, parseMarks, type FillState, type MarkEntry } from './markRecord';

export interface SheetInfo {
  worksheet: Excel.Worksheet;
  id: string;
  name: string;
  protected: boolean;
}

/**
 * The loaded sheets by lower-cased name and by id: a record names both, since ids can change between sessions
 * and names when the user renames (markRecord, fixRecord).
 */
export function indexSheets(worksheets: readonly Excel.Worksheet[]): {
  sheetsByName: Map<string, SheetInfo>;
  sheetsById: Map<string, SheetInfo>;
} {
  const sheetsByName = new Map<string, SheetInfo>();
  const sheetsById = new Map<string, SheetInfo>();
  for (const ws of worksheets) {
    const info: SheetInfo = { worksheet: ws, id: ws.id, name: ws.name, protected: ws.protection.protected };
    sheetsByName.set(ws.name.toLowerCase(), info);
    sheetsById.set(ws.id, info);
  }
  return { sheetsByName, sheetsById };
}

/** The part of Excel.Note and Excel.Comment the adapter uses: both have content, delete, getLocation. */
export interface Annotation {
  content: string;
  delete(): void;
  getLocation(): Excel.Range;
}

export interface AnnotationCollection {
  load(propertyNames: string): unknown;
  readonly items: Annotation[];
  add(cellAddress: Excel.Range, content: string): unknown;
}

/**
 * The annotation collections of this host: notes (ExcelApi 1.18) and threaded comments (1.10). `target`
 * is where our notes go (notes, else comments); `sources` are all the host can see, read for our own
 * earlier notes (a file marked on an older host carries comments) and for cells the user annotated.
 * A cell holds a note or a threaded comment, never both; before 1.18 the user's notes are invisible, so
 * an add can clash (see markFindings). ExcelApi 1.9 has neither: no note is written.
 */
export function annotationsOf(
  context: Excel.RequestContext,
  options: ResolvedAdapterOptions,
): { target?: AnnotationCollection; sources: AnnotationCollection[] } {
  if (options.isSetSupported('ExcelApi', '1.18')) {
    const target = context.workbook.notes as unknown as AnnotationCollection;
    return { target, sources: [target, context.workbook.comments as unknown as AnnotationCollection] };
  }
  if (options.isSetSupported('ExcelApi', '1.10')) {
    const target = context.workbook.comments as unknown as AnnotationCollection;
    return { target, sources: [target] };
  }
  return { sources: [] };
}

export function cellKey(sheetId: string, address: string): string {
  return `${sheetId}!${address.toUpperCase()}`;
}

/** What is in the workbook from earlier marking: sheets, our record, our notes, the user's notes. */
export interface MarkState {
  sheetsByName: Map<string, SheetInfo>;
  sheetsById: Map<string, SheetInfo>;
  parts: Excel.CustomXmlPart[];
  /**
   * Recorded cells, oldest record first. A cell is normally recorded once; a marking interrupted after
   * writing its new record and before removing the old one leaves two entries (see entryForFill).
   */
  entries: MarkEntry[];
  /** Where our notes go: notes, else threaded comments, else none (ExcelApi 1.9). */
  annotations?: AnnotationCollection;
  /** The notes cannot all be seen (threaded comments only): an add may clash with a user's note. */
  blindAdds: boolean;
  /** Where each note is: queued by loadMarkState, loaded by the caller's next sync (see resolveNotes). */
  locations: Array<{ annotation: Annotation; location: Excel.Range }>;
  /** Estimated response bytes of the queued locations, for the caller's SyncBudget. */
  queuedBytes: number;
  ours: Array<{ annotation: Annotation; sheet?: SheetInfo }>;
  /** Cells holding a note that is not ours: we never add a second one there. */
  userAnnotated: Set<string>;
}

/**
 * The live sheet of a recorded cell, by id and name together: ids survive a rename within a session but
 * not a reopen (desktop Excel numbers sheets by position when a file opens, so a recorded id may name
 * another sheet then), names survive a reopen but not a rename. The sheet with both; else the one with
 * the recorded name; else the one with the recorded id, unless its name is recorded for another sheet of
 * the record (then the id is another session's). Cells are restored only where they still wear our mark,
 * so a wrong guess changes nothing.
 */
export function sheetOfEntry(state: MarkState, entry: MarkEntry): SheetInfo | undefined {
  const byId = state.sheetsById.get(entry.sheetId);
  const byName = state.sheetsByName.get(entry.sheet.toLowerCase());
  if (byName) return byName;
  if (!byId) return undefined;
  const claimed = state.entries.some(
    (e) => e.sheet.toLowerCase() === byId.name.toLowerCase() && e.sheetId !== entry.sheetId,
  );
  return claimed ? undefined : byId;
}

/** The recorded entries of each live cell, keyed by cellKey, with the cell's sheet. */
export function entriesByCell(state: MarkState): Map<string, { entries: MarkEntry[]; sheet: SheetInfo }> {
  const out = new Map<string, { entries: MarkEntry[]; sheet: SheetInfo }>();
  for (const entry of state.entries) {
    const sheet = sheetOfEntry(state, entry);
    if (!sheet) continue;
    const key = cellKey(sheet.id, entry.address);
    const group = out.get(key) ?? { entries: [], sheet };
    group.entries.push(entry);
    out.set(key, group);
  }
  return out;
}

/**
 * Of a cell's entries, the one whose mark the cell wears now (the run that painted it recorded the
 * right original), else the oldest. Two entries exist only after an interrupted marking.
 */
export function entryForFill(entries: readonly MarkEntry[], fill: FillState | undefined): MarkEntry {
  return entries.find((e) => e.mark === fill) ?? entries[0];
}

/** JSON bytes of one loaded note location besides its sheet name: {"address":"''!XFD1048576"}, with margin. */
const BYTES_PER_LOCATION = 32;

/**
 * One sync for the sheets, our record and the notes' texts. The record is normally one XML part
 * (marking writes one), read in the same sync through getOnlyItemOrNullObject; a workbook holding
 * several (a record too big for one request, or two workbooks' records) costs one more sync here.
 * The notes' locations are queued, not synced: the caller syncs them with its own reads (the cells'
 * fills) and then calls resolveNotes.
 */
export async function loadMarkState(
  context: Excel.RequestContext,
  options: ResolvedAdapterOptions,
): Promise<MarkState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/protection/protected');
  const parts = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE);
  parts.load('items/id');
  const only = parts.getOnlyItemOrNullObject();
  const onlyXml = only.getXml();
  const { target: annotations, sources } = annotationsOf(context, options);
  for (const source of sources) source.load('items/content');
  await context.sync();

  let xmls: string[];
  if (parts.items.length === 0) xmls = [];
  else if (parts.items.length === 1) xmls = [onlyXml.value];
  else {
    const results = parts.items.map((p) => p.getXml());
    await context.sync();
    xmls = results.map((r) => r.value);
  }
  // Each location costs ~400 request bytes: tens of thousands of notes take a sync per 5 MB here.
  const longestName = Math.max(0, ...worksheets.items.map((ws) => jsonBytes(ws.name)));
  const perLocation = REQUEST_COSTS.locationLoad + BYTES_PER_LOCATION + longestName;
  const budget = new SyncBudget(context, options.maxPayloadBytes * MARK_PAYLOAD_SHARE);
  const locations: MarkState['locations'] = [];
  for (const annotation of sources.flatMap((source) => source.items)) {
    await budget.reserve(perLocation);
    const location = annotation.getLocation();
    location.load('address');
    locations.push({ annotation, location });
  }

  const { sheetsByName, sheetsById } = indexSheets(worksheets.items);
  const seen = new Set<string>();
  const entries: MarkEntry[] = [];
  for (const xml of xmls) {
    for (const e of parseMarks(xml ?? '')) {
      const k = JSON.stringify([cellKey(e.sheetId, e.address), e.original, e.mark]);
      if (seen.has(k)) continue;
      seen.add(k);
      entries.push(e);
    }
  }
  return {
    sheetsByName,
    sheetsById,
    parts: parts.items,
    entries,
    annotations,
    blindAdds: annotations !== undefined && sources.length < 2,
    locations,
    queuedBytes: options.maxPayloadBytes * MARK_PAYLOAD_SHARE - budget.remaining,
    ours: [],
    userAnnotated: new Set(),
  };
}

/** After the sync that loaded the notes' locations: which notes are ours, which cells hold the user's. */
export function resolveNotes(state: MarkState): void {
  for (const { annotation, location } of state.locations) {
    const { sheet, local } = splitQualifiedAddress(location.address);
    const info = state.sheetsByName.get(sheet.toLowerCase());
    if (annotation.content.startsWith(NOTE_PREFIX)) state.ours.push({ annotation, sheet: info });
    else if (info) state.userAnnotated.add(cellKey(info.id, firstCell(local)));
  }
}
