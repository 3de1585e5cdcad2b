import type { GridCell } from '../engine/grid';

const ERROR_VALUE =
  /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/;

/** A number format that shows a date or time: y, m, d, h or s outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/**
 * One cell as Excel's range arrays give it (values, text, formulas, numberFormat) → GridCell, or
 * undefined for an empty cell. A text cell whose text starts with '=' reads the same in values and
 * formulas, so it is not taken for a formula.
 */
export function toGridCell(
  value: unknown,
  text: unknown,
  formula: unknown,
  numberFormat: unknown,
): GridCell | undefined {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  if ((value === '' || value === null || value === undefined) && !hasFormula) return undefined;
  const format = typeof numberFormat === 'string' ? numberFormat : undefined;
  const shown = typeof text === 'string' ? text : undefined;
  let v: GridCell['value'] =
    typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : null;
  if (v === '') v = null;
  // Dates arrive as their text (serial numbers mean nothing to the engine).
  if (typeof v === 'number' && isDateFormat(format) && shown !== undefined) v = shown;
  const cell: GridCell = { value: v };
  if (shown !== undefined) cell.text = shown;
  if (hasFormula) cell.formula = formula as string;
  if (typeof value === 'string' && ERROR_VALUE.test(value)) cell.error = value;
  if (format !== undefined && format !== 'General') cell.numberFormat = format;
  return cell;
}
