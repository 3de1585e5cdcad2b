import type { CellRange, SheetVisibility, WorkbookGrid } from '../../engine/grid';
import { localAddress, MAX_COLUMNS, MAX_ROWS, parseRectangle } from './address';

export type MemoryCellValue = number | string | boolean | null;

/** One stored cell. A cell without fill has no `fill`; Excel reports it as '#FFFFFF'. */
export interface MemoryCell {
  value: MemoryCellValue;
  /** With its leading '='. */
  formula?: string;
  numberFormat?: string;
  /** Displayed text when it was given (read from a file); otherwise computed from value and format. */
  text?: string;
  /** '#RRGGBB', uppercase. */
  fill?: string;
}

/** A note or a comment anchored on one cell. */
export interface MemoryAnnotation {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
  author: string;
}

export interface MemoryXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/**
 * A workbook-level defined name. It refers to its sheet by id, so it follows a renamed sheet; a name whose
 * sheet was deleted has neither sheetId nor rect and reads as #REF!, as in Excel.
 */
export interface MemoryName {
  name: string;
  sheetId?: string;
  rect?: CellRange;
  comment: string;
  visible: boolean;
}

export interface MemorySheetSnapshot {
  id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  cells: Array<[number, number, MemoryCell]>;
  merges: CellRange[];
  hiddenRows: number[];
}

/** Plain JSON of a whole workbook: what "saving and reopening" keeps. */
export interface MemoryWorkbookSnapshot {
  sheets: MemorySheetSnapshot[];
  notes: MemoryAnnotation[];
  comments: MemoryAnnotation[];
  customXmlParts: MemoryXmlPart[];
  activeSheetId?: string;
  selection?: { sheetId: string; addresses: string[] };
  /** Absent in snapshots taken before names were modelled. */
  names?: MemoryName[];
  /** Workbook structure protection (no sheet can be added, deleted or renamed); absent = false. */
  structureProtected?: boolean;
  nextId: number;
}

const key = (row: number, col: number): string => `${row},${col}`;

function copyName(n: MemoryName): MemoryName {
  return { ...n, ...(n.rect ? { rect: { ...n.rect } } : {}) };
}

/** A rectangle after inserting `count` rows above row `at`: below moves down, spanning grows. */
function moveRect(rect: CellRange, at: number, count: number): CellRange {
  if (rect.top >= at) return { ...rect, top: rect.top + count, bottom: rect.bottom + count };
  if (rect.bottom >= at) return { ...rect, bottom: rect.bottom + count };
  return { ...rect };
}

export class MemorySheet {
  readonly cells = new Map<string, MemoryCell>();
  merges: CellRange[] = [];
  hiddenRows = new Set<number>();
  visibility: SheetVisibility = 'visible';
  protected = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): MemoryCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** The cell for writing, created empty when missing. */
  ensureCell(row: number, col: number): MemoryCell {
    let c = this.cells.get(key(row, col));
    if (!c) {
      c = { value: null };
      this.cells.set(key(row, col), c);
    }
    return c;
  }

  /** Drops cells that hold nothing at all, so the used range shrinks like Excel's. */
  compact(row: number, col: number): void {
    const c = this.cell(row, col);
    if (c && c.value === null && !c.formula && !c.fill && !c.numberFormat && c.text === undefined) {
      this.cells.delete(key(row, col));
    }
  }

  forEachCell(fn: (row: number, col: number, cell: MemoryCell) => void): void {
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(',').map(Number);
      fn(r, col, c);
    }
  }

  /**
   * Bounding box of the cells with a value or formula (valuesOnly) or with anything at all; of those
   * inside `within` when given (Range.getUsedRange).
   */
  usedRectangle(valuesOnly: boolean, within?: CellRange): CellRange | undefined {
    let rect: CellRange | undefined;
    this.forEachCell((r, c, cell) => {
      if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) return;
      const hasValue = cell.value !== null || cell.formula !== undefined;
      const hasFormat = cell.fill !== undefined || cell.numberFormat !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) return;
      if (!rect) rect = { top: r, bottom: r, left: c, right: c };
      else {
        rect.top = Math.min(rect.top, r);
        rect.bottom = Math.max(rect.bottom, r);
        rect.left = Math.min(rect.left, c);
        rect.right = Math.max(rect.right, c);
      }
    });
    return rect;
  }

  /** Test and preview helper: set a cell's own fill directly (null = no fill), outside any request. */
  setFill(address: string, color: string | null): void {
    const rect = parseRectangle(address);
    if (!rect || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) throw new Error(`bad address ${address}`);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = this.ensureCell(r, c);
        if (color === null) delete cell.fill;
        else cell.fill = color.toUpperCase();
        this.compact(r, c);
      }
    }
  }
}

/** An in-memory workbook: the document behind the in-memory Excel API. */
export class MemoryWorkbook {
  sheets: MemorySheet[] = [];
  notes: MemoryAnnotation[] = [];
  comments: MemoryAnnotation[] = [];
  customXmlParts: MemoryXmlPart[] = [];
  activeSheetId?: string;
  selection?: { sheetId: string; addresses: string[] };
  names: MemoryName[] = [];
  /** Review → Protect Workbook: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  sheet(name: string): MemorySheet {
    const s = this.sheetByName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Excel matches sheet names case-insensitively. */
  sheetByName(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): MemorySheet {
    const sheet = new MemorySheet(this.newId('S'), name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  removeSheet(sheet: MemorySheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.notes = this.notes.filter((n) => n.sheetId !== sheet.id);
    this.comments = this.comments.filter((n) => n.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id;
    if (this.selection?.sheetId === sheet.id) this.selection = undefined;
    for (const n of this.names) {
      if (n.sheetId !== sheet.id) continue;
      delete n.sheetId;
      delete n.rect;
    }
  }

  /** Excel matches defined names case-insensitively. */
  nameByName(name: string): MemoryName | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  /**
   * Test and preview helper: insert `count` empty rows above row `at` (0-based), as a user would. Cells,
   * merges, hidden rows, notes, comments, the selection and defined names move down; a name spanning the
   * row grows. Formulas are not rewritten (there is no formula engine).
   */
  insertRows(sheetName: string, at: number, count: number): void {
    const sheet = this.sheet(sheetName);
    const shift = (row: number): number => (row >= at ? row + count : row);
    const moved = new Map<string, MemoryCell>();
    sheet.forEachCell((r, c, cell) => moved.set(key(shift(r), c), cell));
    sheet.cells.clear();
    for (const [k, cell] of moved) sheet.cells.set(k, cell);
    sheet.merges = sheet.merges.map((m) => moveRect(m, at, count));
    sheet.hiddenRows = new Set([...sheet.hiddenRows].map(shift));
    for (const a of [...this.notes, ...this.comments]) if (a.sheetId === sheet.id) a.row = shift(a.row);
    for (const n of this.names) if (n.sheetId === sheet.id && n.rect) n.rect = moveRect(n.rect, at, count);
    if (this.selection?.sheetId === sheet.id) {
      this.selection.addresses = this.selection.addresses.map((a) => {
        const rect = parseRectangle(a);
        return rect ? localAddress(moveRect(rect, at, count)) : a;
      });
    }
  }

  static fromGrid(grid: WorkbookGrid): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const g of grid.sheets) {
      const sheet = wb.addSheet(g.name);
      sheet.visibility = g.visibility ?? 'visible';
      sheet.merges = g.merges.map((m) => ({ ...m }));
      sheet.hiddenRows = new Set(g.hiddenRows ?? []);
      g.rows.forEach((row, r) => {
        row?.forEach((cell, c) => {
          if (!cell) return;
          const stored: MemoryCell = { value: cell.error ?? cell.value };
          if (cell.formula !== undefined) stored.formula = cell.formula;
          if (cell.numberFormat !== undefined && cell.numberFormat !== 'General')
            stored.numberFormat = cell.numberFormat;
          if (cell.text !== undefined) stored.text = cell.text;
          if (stored.value === null && !stored.formula && !stored.numberFormat && stored.text === undefined) return;
          sheet.cells.set(key(r, c), stored);
        });
      });
    }
    return wb;
  }

  toJSON(): MemoryWorkbookSnapshot {
    return {
      sheets: this.sheets.map((s) => {
        const cells: Array<[number, number, MemoryCell]> = [];
        s.forEachCell((r, c, cell) => cells.push([r, c, { ...cell }]));
        return {
          id: s.id,
          name: s.name,
          visibility: s.visibility,
          protected: s.protected,
          cells,
          merges: s.merges.map((m) => ({ ...m })),
          hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
        };
      }),
      notes: this.notes.map((n) => ({ ...n })),
      comments: this.comments.map((n) => ({ ...n })),
      customXmlParts: this.customXmlParts.map((p) => ({ ...p })),
      activeSheetId: this.activeSheetId,
      selection: this.selection ? { ...this.selection, addresses: [...this.selection.addresses] } : undefined,
      names: this.names.map(copyName),
      ...(this.structureProtected ? { structureProtected: true } : {}),
      nextId: this.nextId,
    };
  }

  static fromJSON(snapshot: MemoryWorkbookSnapshot): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.nextId = snapshot.nextId;
    for (const s of snapshot.sheets) {
      const sheet = new MemorySheet(s.id, s.name);
      sheet.visibility = s.visibility;
      sheet.protected = s.protected;
      sheet.merges = s.merges.map((m) => ({ ...m }));
      sheet.hiddenRows = new Set(s.hiddenRows);
      for (const [r, c, cell] of s.cells) sheet.cells.set(key(r, c), { ...cell });
      wb.sheets.push(sheet);
    }
    wb.notes = snapshot.notes.map((n) => ({ ...n }));
    wb.comments = snapshot.comments.map((n) => ({ ...n }));
    wb.customXmlParts = snapshot.customXmlParts.map((p) => ({ ...p }));
    wb.activeSheetId = snapshot.activeSheetId;
    wb.selection = snapshot.selection;
    wb.names = (snapshot.names ?? []).map(copyName);
    wb.structureProtected = snapshot.structureProtected ?? false;
    return wb;
  }

  /**
   * A deep copy, as if the file were saved and opened again. Desktop Excel gives worksheets new ids on
   * open, by position ({00000000-0001-0000-0000-000000000000} for the first sheet …): an id recorded in an
   * earlier session may now name another sheet (after a sheet was moved or deleted), or none. Notes,
   * comments, names, the selection and the active sheet follow their sheets.
   */
  reopen(): MemoryWorkbook {
    const snapshot = JSON.parse(JSON.stringify(this.toJSON())) as MemoryWorkbookSnapshot;
    const ids = new Map(snapshot.sheets.map((s, i) => [s.id, positionalSheetId(i)]));
    const remap = <T extends { sheetId?: string }>(o: T): T =>
      o.sheetId === undefined ? o : { ...o, sheetId: ids.get(o.sheetId) ?? o.sheetId };
    return MemoryWorkbook.fromJSON({
      ...snapshot,
      sheets: snapshot.sheets.map((s) => ({ ...s, id: ids.get(s.id) ?? s.id })),
      notes: snapshot.notes.map(remap),
      comments: snapshot.comments.map(remap),
      names: snapshot.names?.map(remap),
      activeSheetId: snapshot.activeSheetId && (ids.get(snapshot.activeSheetId) ?? snapshot.activeSheetId),
      selection: snapshot.selection && remap(snapshot.selection),
    });
  }
}

/** The id desktop Excel gives the sheet at `index` when the file is opened. */
export function positionalSheetId(index: number): string {
  return `{00000000-${(index + 1).toString(16).toUpperCase().padStart(4, '0')}-0000-0000-000000000000}`;
}
