import { cellAt, cellText, colCount, ref, type CellRange, type CellRef, type GridCell, type SheetGrid } from '../grid';
import { normalizeLabel } from './normalizeText';

/** Read-only helpers over one sheet, aware of merged areas. Never throws on missing rows or cells. */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeByCell = new Map<string, CellRange>();

  constructor(readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.rowCount = sheet.rows.length;
    this.colCount = colCount(sheet);
    for (const m of sheet.merges ?? []) {
      // Large merges are rare and only need their corner cells; cap to keep odd sheets cheap.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10000) continue;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) this.mergeByCell.set(`${r},${c}`, m);
    }
  }

  cell(row: number, col: number): GridCell | undefined {
    return cellAt(this.sheet, row, col);
  }

  /** Displayed text, trimmed. */
  text(row: number, col: number): string {
    return cellText(this.cell(row, col));
  }

  /** Normalized text (see normalizeLabel). */
  label(row: number, col: number): string {
    return normalizeLabel(this.text(row, col));
  }

  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeByCell.get(`${row},${col}`);
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

  /** Columns of the non-empty cells of a row, left to right. */
  nonEmptyCols(row: number): number[] {
    const r = this.sheet.rows[row];
    const cols: number[] = [];
    if (!r) return cols;
    for (let c = 0; c < r.length; c++) if (cellText(r[c]) !== '') cols.push(c);
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
