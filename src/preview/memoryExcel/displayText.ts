import type { MemoryCellValue } from './memoryWorkbook';

/**
 * What Excel would display for a value under a number format: enough of Excel's formatting for the
 * budget tables (General, '@', 0, 0.00, #,##0.00, percentages). Other formats fall back to General.
 */
export function displayText(value: MemoryCellValue, numberFormat: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = (numberFormat ?? 'General').split(';')[0].replace(/"[^"]*"/g, '');
  if (format === 'General' || format === '@' || !/[0#]/.test(format)) return generalText(value);
  const percent = format.includes('%');
  const shown = percent ? value * 100 : value;
  const decimalsMatch = /\.([0#]+)/.exec(format);
  const decimals = decimalsMatch ? decimalsMatch[1].length : 0;
  let text = Math.abs(shown).toFixed(decimals);
  if (format.includes(',')) {
    const [intPart, frac] = text.split('.');
    text = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const sign = shown < 0 && Number(text.replace(/,/g, '')) !== 0 ? '-' : '';
  return `${sign}${text}${percent ? '%' : ''}`;
}

/** Excel's General shows up to 11 significant characters. */
function generalText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const s = String(Number(value.toPrecision(10)));
  return s;
}
