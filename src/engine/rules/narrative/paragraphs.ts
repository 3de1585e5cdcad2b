import Decimal from 'decimal.js';
import type { Amount } from '../../amount';
import type { StatedAmount } from '../../narrativeText';
import { tablesOf, type BudgetWorkbook, type Figure, type TextCell } from '../../tables/types';

/** Every paragraph of the 情况说明 table(s), in reading order. */
export function narrativeParagraphs(wb: BudgetWorkbook): TextCell[] {
  return tablesOf(wb, 'narrative').flatMap((t) => t.paragraphs);
}

/** An amount stated in a paragraph, as a Figure whose cell is the paragraph's cell. */
export function statedFigure(stated: StatedAmount, paragraph: TextCell): Figure {
  const decimals = /\.(\d+)/.exec(stated.raw)?.[1].length ?? 0;
  const amount: Amount = { kind: 'number', value: stated.value, raw: stated.raw, decimals, storedAsText: true };
  return { value: stated.value, amount, cell: paragraph.cell };
}

/** A zero figure for a blank or absent table cell (a blank amount means zero). */
export function zeroFigure(cell: Figure['cell']): Figure {
  const amount: Amount = { kind: 'blank', value: new Decimal(0), raw: '', decimals: 0, storedAsText: false };
  return { value: amount.value, amount, cell };
}

/** Short quote of a paragraph for messages. */
export function quote(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start), end).trim();
}
