/**
 * The pieces every table of the Hebei template shares: title row, meta row, merged header rows,
 * 栏次 row, and how amounts, codes and total formulas are written under a LayoutVariant.
 */
import { toA1, type GridCell } from '../../src/engine/grid';
import type { Money } from './budgetData';
import type { LayoutVariant } from './layoutVariant';
import type { CellStyle, SheetBuilder } from './sheetBuilder';

export const HEADER_STYLE: CellStyle = { bold: true, border: true, align: 'center', fill: 'FFD9E1F2', wrap: true };
export const TITLE_STYLE: CellStyle = { bold: true, align: 'center', fontSize: 16 };
export const TEXT_STYLE: CellStyle = { border: true, align: 'left' };
export const CENTER_STYLE: CellStyle = { border: true, align: 'center' };
export const AMOUNT_STYLE: CellStyle = { border: true, align: 'right' };

/** A header cell as an HTML table would write it: the grid position is found by skipping spans. */
export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

/** Where a table writes, and how. Amount cells are counted so text forms rotate deterministically. */
export class TableContext {
  private amountCount = 0;

  constructor(
    readonly sheet: SheetBuilder,
    readonly variant: LayoutVariant,
  ) {}

  /** Title merged across the table's width. */
  title(row: number, left: number, width: number, text: string): void {
    this.sheet.text(row, left, text, TITLE_STYLE, false);
    this.sheet.merge(row, left, row, left + width - 1);
  }

  /** Meta row: unit at left, 预算年度 in the middle, 单位：万元 at right (any of them may be omitted). */
  meta(row: number, left: number, width: number, parts: { unit?: string; middle?: string; right?: string }): void {
    if (parts.unit !== undefined) this.sheet.text(row, left, parts.unit, { align: 'left' }, false);
    if (parts.middle !== undefined) this.sheet.text(row, left + Math.floor(width / 2), parts.middle, {}, false);
    if (parts.right !== undefined) this.sheet.text(row, left + width - 1, parts.right, { align: 'right' }, false);
  }

  /** Header rows with merges; returns the number of rows written. */
  header(top: number, left: number, width: number, rows: HeaderCell[][]): number {
    const taken = new Set<string>();
    rows.forEach((cells, r) => {
      let c = 0;
      for (const cell of cells) {
        while (taken.has(`${r},${c}`)) c++;
        const rs = cell.rowSpan ?? 1;
        const cs = cell.colSpan ?? 1;
        for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) taken.add(`${r + i},${c + j}`);
        this.sheet.text(top + r, left + c, cell.text, HEADER_STYLE, cs === 1);
        this.sheet.merge(top + r, left + c, top + r + rs - 1, left + c + cs - 1);
        c += cs;
      }
    });
    // Borders on every header cell, merged continuations included.
    for (let r = 0; r < rows.length; r++)
      for (let c = 0; c < width; c++) this.sheet.style(top + r, left + c, HEADER_STYLE);
    return rows.length;
  }

  /** 栏次 row: '栏次' in the first column, then 1…n under the data columns. */
  columnNumbers(row: number, left: number, count: number): void {
    this.sheet.text(row, left, '栏次', CENTER_STYLE);
    for (let i = 1; i <= count; i++) this.sheet.put(row, left + i, { value: i, text: String(i) }, CENTER_STYLE);
  }

  /** A plain text cell inside the table body. */
  body(row: number, col: number, text: string, style: CellStyle = TEXT_STYLE): void {
    if (text === '') this.sheet.style(row, col, style);
    else this.sheet.text(row, col, text, style);
  }

  /** A 序号 cell. */
  serial(row: number, col: number, n: number): void {
    this.sheet.put(row, col, { value: n, text: String(n) }, CENTER_STYLE);
  }

  /** A 科目编码 cell, as text or as a number per the variant. */
  code(row: number, col: number, code: string): void {
    if (code === '') return this.sheet.style(row, col, TEXT_STYLE);
    if (this.variant.codesAsNumbers && /^\d+$/.test(code)) {
      this.sheet.put(row, col, { value: Number(code), text: code, numberFormat: '0' }, TEXT_STYLE);
    } else {
      this.sheet.text(row, col, code, TEXT_STYLE);
    }
  }

  /**
   * An amount cell. `parts` are the cells it is the sum of: with totalsAsFormulas the cell holds
   * =SUM(parts) and the published figure as its cached result.
   */
  amount(row: number, col: number, money: Money, parts?: Array<{ row: number; col: number }>): void {
    if (money === null) return this.sheet.style(row, col, AMOUNT_STYLE);
    if (this.variant.totalsAsFormulas && parts && parts.length > 0) {
      this.sheet.put(row, col, { ...numberCell(money), formula: `=${sumFormula(parts)}` }, AMOUNT_STYLE);
      return;
    }
    if (this.variant.amountStyle === 'text') {
      const text = textAmount(money, this.amountCount++);
      this.sheet.put(row, col, { value: text, text }, AMOUNT_STYLE);
      return;
    }
    this.sheet.put(row, col, numberCell(money), AMOUNT_STYLE);
  }
}

/** A numeric cell showing the figure as published: '0.00' for two decimals, General otherwise. */
export function numberCell(money: string): GridCell {
  const decimals = money.includes('.') ? money.length - money.indexOf('.') - 1 : 0;
  return { value: Number(money), text: money, numberFormat: decimals === 2 ? '0.00' : 'General' };
}

/** SUM over cells: a range when they are one contiguous column run, a list otherwise. */
export function sumFormula(parts: Array<{ row: number; col: number }>): string {
  const sorted = [...parts].sort((a, b) => a.col - b.col || a.row - b.row);
  const contiguous =
    sorted.length > 1 && sorted.every((p, i) => p.col === sorted[0].col && p.row === sorted[0].row + i);
  if (contiguous)
    return `SUM(${toA1(sorted[0].row, sorted[0].col)}:${toA1(sorted[sorted.length - 1].row, sorted[0].col)})`;
  return `SUM(${sorted.map((p) => toA1(p.row, p.col)).join(',')})`;
}

const TEXT_FORMS = ['plain', 'grouped', 'fullWidth', 'trailingSpace'] as const;

/** The n-th text form of an amount: '384.34', '1,234.50', '３８４．３４', '384.34  ' in rotation. */
export function textAmount(money: string, n: number): string {
  const form = TEXT_FORMS[n % TEXT_FORMS.length];
  switch (form) {
    case 'plain':
      return money;
    case 'grouped': {
      const [int, frac] = money.split('.');
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return frac === undefined ? grouped : `${grouped}.${frac}`;
    }
    case 'fullWidth':
      return money.replace(/[0-9.,-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    case 'trailingSpace':
      return `${money}  `;
  }
}
