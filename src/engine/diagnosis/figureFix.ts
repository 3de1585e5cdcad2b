import type Decimal from 'decimal.js';
import type { FindingFix } from '../findings';
import { printedDecimals, writeStep, type FigureNode } from './figureNode';

/** '1234567.5' → '1,234,567.5'. */
function grouped(plain: string): string {
  const [whole, fraction] = plain.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/**
 * The change that writes `value` into the figure: a table cell reads it with its step's decimals; a figure in a
 * paragraph is replaced digits for digits, printed as the text printed it, every other character kept.
 */
export function figureFix(node: FigureNode, value: Decimal): FindingFix {
  const span = node.text;
  if (!span) return { cell: node.cell, value: value.toFixed(writeStep(node).decimalPlaces()) };
  // As many decimals as the text printed, or as the value needs at the step it was solved to (writeStep).
  const plain = value.toFixed(Math.max(printedDecimals(span), writeStep(node).decimalPlaces()));
  const printed = span.paragraph.slice(span.start, span.end).includes(',') ? grouped(plain) : plain;
  const text = span.paragraph.slice(0, span.start) + printed + span.paragraph.slice(span.end);
  const after = span.paragraphStart + span.paragraph.length;
  const cellText = span.cellText.slice(0, span.paragraphStart) + text + span.cellText.slice(after);
  return { cell: node.cell, value: printed, text, cellText };
}
