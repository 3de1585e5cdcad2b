import Decimal from 'decimal.js';
import { parseAmount } from '../../src/engine/amount';
import type { CellRef } from '../../src/engine/grid';
import type { Figure, TextCell } from '../../src/engine/tables/types';

/** A figure for typed-table unit tests: figure('334.50', 'D6') or figure(null, 'D7') for a blank cell. */
export function figure(value: string | number | null, address: string, sheet = '表'): Figure {
  const amount = parseAmount(value === null ? undefined : { value });
  return { value: amount.value, amount, cell: { sheet, address } };
}

export function textCell(text: string, address: string, sheet = '表'): TextCell {
  return { text, cell: { sheet, address } };
}

export function cellRef(address: string, sheet = '表'): CellRef {
  return { sheet, address };
}

export function dec(v: string | number): Decimal {
  return new Decimal(v);
}
