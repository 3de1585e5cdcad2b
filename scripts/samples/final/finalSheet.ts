/**
 * One sheet of a 决算 workbook being written: the builder, the header writer, and amounts and codes under the
 * variant's zero and code styles. Amount cells carry AMOUNT_STYLE, which is how tests find them.
 */
import type { Money } from '../budgetData';
import { STANDARD } from '../layoutVariant';
import { SheetBuilder } from '../sheetBuilder';
import { AMOUNT_STYLE, CENTER_STYLE, TableContext, TEXT_STYLE, type HeaderCell } from '../tableWriter';
import { amountCell } from '../shanghai/amountCell';
import type { FinalVariant } from './finalVariant';

/** '2010301' → ['201', '03', '01']. */
export function codeParts(code: string): string[] {
  const parts = [code.slice(0, 3)];
  for (let i = 3; i < code.length; i += 2) parts.push(code.slice(i, i + 2));
  return parts;
}

export class FinalSheet {
  readonly sheet: SheetBuilder;
  readonly ctx: TableContext;

  constructor(
    name: string,
    readonly variant: FinalVariant,
    /** Which table (1–9), so 'mixed' zeros differ between tables. */
    readonly table: number,
  ) {
    this.sheet = new SheetBuilder(name);
    this.ctx = new TableContext(this.sheet, STANDARD);
  }

  /** Does a zero in this column print as 0.00? */
  private zeroShown(col: number): boolean {
    if (this.variant.zeros !== 'mixed') return this.variant.zeros === 'zero';
    return ((this.variant.zeroMask >>> ((this.table * 7 + col) % 31)) & 1) === 1;
  }

  amount(row: number, col: number, money: Money | undefined): void {
    if (money === null || money === undefined || /^-?0(\.0+)?$/.test(money)) {
      if (this.zeroShown(col)) this.sheet.put(row, col, amountCell('0.00'), AMOUNT_STYLE);
      else this.sheet.style(row, col, AMOUNT_STYLE);
      return;
    }
    this.sheet.put(row, col, amountCell(money), AMOUNT_STYLE);
  }

  text(row: number, col: number, text: string, style = TEXT_STYLE): void {
    this.ctx.body(row, col, text, style);
  }

  header(top: number, left: number, width: number, rows: HeaderCell[][]): number {
    return this.ctx.header(top, left, width, rows);
  }

  title(row: number, width: number, text: string): void {
    this.ctx.title(row, 0, width, text);
  }

  /** Text merged across columns left…right of one row. */
  merged(row: number, left: number, right: number, text: string): void {
    this.text(row, left, text);
    for (let c = left + 1; c <= right; c++) this.sheet.style(row, c, TEXT_STYLE);
    this.sheet.merge(row, left, row, right);
  }

  /** A note line under a table (not bordered, no width fitting). */
  note(row: number, text: string): void {
    this.sheet.text(row, 0, text, { align: 'left' }, false);
  }

  /** 栏次 row: '栏次' at `labelCol`, then 1…n at the given columns. */
  columnNumbers(row: number, labelCol: number, cols: number[], first = 1): void {
    this.text(row, labelCol, '栏次', CENTER_STYLE);
    cols.forEach((c, i) => this.sheet.put(row, c, { value: first + i, text: String(first + i) }, CENTER_STYLE));
  }

  /** A 行次 cell. */
  lineNo(row: number, col: number, n: number): void {
    this.sheet.put(row, col, { value: n, text: String(n) }, CENTER_STYLE);
  }
}
