import { toA1, type CellRange, type GridCell, type SheetGrid, type WorkbookGrid } from '../../src/engine/grid';

/** How a sample cell looks; writeXlsx turns this into ExcelJS styles. */
export interface CellStyle {
  bold?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Header fill colour, ARGB like 'FFD9E1F2'. */
  fill?: string;
  wrap?: boolean;
  fontSize?: number;
}

/** A laid-out sample: the grid the engine reads, plus the looks that only the .xlsx needs. */
export interface SampleWorkbook {
  grid: WorkbookGrid;
  /** Per sheet name, per A1 address. */
  styles: Record<string, Record<string, CellStyle>>;
  /** Per sheet name, character widths by 0-based column. */
  columnWidths: Record<string, number[]>;
}

/** Display width of a text: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/** Collects the cells, merges, styles and widths of one sheet. */
export class SheetBuilder {
  readonly rows: Array<Array<GridCell | undefined>> = [];
  readonly merges: CellRange[] = [];
  readonly styles: Record<string, CellStyle> = {};
  readonly widths: number[] = [];

  constructor(readonly name: string) {}

  /** Put a cell; `fitWidth` widens the column to its text (titles and paragraphs don't). */
  put(row: number, col: number, cell: GridCell, style?: CellStyle, fitWidth = true): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length <= col) r.push(undefined);
    r[col] = cell;
    if (style) this.styles[toA1(row, col)] = style;
    if (fitWidth) this.fit(col, displayWidth(cell.text ?? String(cell.value ?? '')) + 2);
  }

  text(row: number, col: number, text: string, style?: CellStyle, fitWidth = true): void {
    this.put(row, col, { value: text, text }, style, fitWidth);
  }

  /** Style a cell without giving it a value (borders of blank data cells). */
  style(row: number, col: number, style: CellStyle): void {
    this.styles[toA1(row, col)] = style;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  fit(col: number, width: number): void {
    while (this.widths.length <= col) this.widths.push(0);
    this.widths[col] = Math.max(this.widths[col], Math.min(width, 48));
  }

  toSheet(): SheetGrid {
    return { name: this.name, rows: this.rows, merges: this.merges };
  }
}

/** Assemble builders into a SampleWorkbook. */
export function toSampleWorkbook(builders: SheetBuilder[], source?: string): SampleWorkbook {
  const styles: SampleWorkbook['styles'] = {};
  const columnWidths: SampleWorkbook['columnWidths'] = {};
  for (const b of builders) {
    styles[b.name] = b.styles;
    columnWidths[b.name] = b.widths.map((w) => Math.max(w, 6));
  }
  return { grid: { source, sheets: builders.map((b) => b.toSheet()) }, styles, columnWidths };
}
