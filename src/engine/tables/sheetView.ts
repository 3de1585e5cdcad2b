import { cellAt, cellText, colCount, ref, type CellRange, type CellRef, type GridCell, type SheetGrid } from '../grid';
import { normalizeLabel } from './normalizeText';

const NO_TEXTS: readonly string[] = [];
const NO_COLS: readonly number[] = [];

/**
 * Read-only helpers over one sheet, aware of merged areas. Never throws on missing rows or cells.
 * The readers ask for the same cells many times, so texts, labels and non-empty columns are worked out once
 * per row: the sheet must not change while its view is in use.
 */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** Merged areas by row, then column (numbers, not 'r,c' strings: this is looked up for every cell read). */
  private readonly mergeByCell = new Map<number, Map<number, CellRange>>();
  private readonly textsByRow: Array<readonly string[] | undefined> = [];
  private readonly labelsByRow: Array<Array<string | undefined> | undefined> = [];
  private readonly nonEmptyByRow: Array<readonly number[] | undefined> = [];

  constructor(readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.rowCount = sheet.rows.length;
    this.colCount = colCount(sheet);
    for (const m of sheet.merges ?? []) {
      // Large merges are rare and only need their corner cells; cap to keep odd sheets cheap.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        let row = this.mergeByCell.get(r);
        if (!row) this.mergeByCell.set(r, (row = new Map()));
        for (let c = m.left; c <= m.right; c++) row.set(c, m);
      }
    }
  }

  cell(row: number, col: number): GridCell | undefined {
    return cellAt(this.sheet, row, col);
  }

  /** The displayed texts of a row's cells (see cellText), read once. */
  private rowTexts(row: number): readonly string[] {
    const r = this.sheet.rows[row];
    if (!r) return NO_TEXTS;
    let texts = this.textsByRow[row];
    if (!texts) {
      // A plain loop: Array.from with a map function is several times slower, and this reads every cell.
      const read: string[] = [];
      for (let c = 0; c < r.length; c++) read.push(cellText(r[c]));
      this.textsByRow[row] = texts = read;
    }
    return texts;
  }

  /** Displayed text, trimmed. */
  text(row: number, col: number): string {
    return this.rowTexts(row)[col] ?? '';
  }

  /** Normalized text (see normalizeLabel). */
  label(row: number, col: number): string {
    const texts = this.rowTexts(row);
    const text = texts[col];
    if (text === undefined) return '';
    let labels = this.labelsByRow[row];
    if (!labels) this.labelsByRow[row] = labels = new Array<string | undefined>(texts.length);
    let label = labels[col];
    if (label === undefined) labels[col] = label = normalizeLabel(text);
    return label;
  }

  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeByCell.get(row)?.get(col);
  }

  /** Text of a cell, or of the top-left cell of the merged area covering it. */
  mergedText(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.text(m.top, m.left) : this.text(row, col);
  }

  /** Last column a cell's merged area covers (the cell's own column when not merged). */
  mergeRight(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m ? m.right : col;
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  rowIsEmpty(row: number): boolean {
    return this.nonEmptyCols(row).length === 0;
  }

  /** Columns of the non-empty cells of a row, left to right (shared: do not modify). */
  nonEmptyCols(row: number): readonly number[] {
    const texts = this.rowTexts(row);
    if (texts.length === 0) return NO_COLS;
    let cols = this.nonEmptyByRow[row];
    if (!cols) {
      const found: number[] = [];
      for (let c = 0; c < texts.length; c++) if (texts[c] !== '') found.push(c);
      this.nonEmptyByRow[row] = cols = found;
    }
    return cols;
  }

  /** First column at or right of `from` whose normalized text satisfies the test, or -1. */
  findInRow(row: number, test: (label: string) => boolean, from = 0): number {
    for (const c of this.nonEmptyCols(row)) if (c >= from && test(this.label(row, c))) return c;
    return -1;
  }

  ref(row: number, col: number): CellRef {
    return ref(this.name, row, col);
  }
}
