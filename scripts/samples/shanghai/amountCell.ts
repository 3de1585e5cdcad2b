/** Amount cells as the Shanghai tables print them: numbers formatted '#,##0.00' ('12,029,501.84'). */
import type { GridCell } from '../../../src/engine/grid';
import type { Money } from '../budgetData';
import { AMOUNT_STYLE, type TableContext } from '../tableWriter';
import type { ShanghaiVariant } from './shanghaiVariant';

export const YUAN_FORMAT = '#,##0.00';

/** '12029501.84' → '12,029,501.84' (what Excel displays under '#,##0.00'). */
export function grouped(money: string): string {
  const negative = money.startsWith('-');
  const [int, frac = ''] = (negative ? money.slice(1) : money).split('.');
  const digits = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${digits}.${frac.padEnd(2, '0').slice(0, 2)}`;
}

export function amountCell(money: string): GridCell {
  return { value: Number(money), text: grouped(money), numberFormat: YUAN_FORMAT };
}

/** Write one amount (blank, or 0.00 under the 'zero' variant, when null). */
export function writeAmount(ctx: TableContext, variant: ShanghaiVariant, row: number, col: number, money: Money): void {
  if (money === null || money === undefined) {
    if (variant.zeros === 'zero') ctx.sheet.put(row, col, amountCell('0.00'), AMOUNT_STYLE);
    else ctx.sheet.style(row, col, AMOUNT_STYLE);
    return;
  }
  ctx.sheet.put(row, col, amountCell(money), AMOUNT_STYLE);
}
