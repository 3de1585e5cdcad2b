import type { MemoryCell, MemoryCellValue } from './memoryWorkbook';

/**
 * What Excel stores when a value is typed or written through range.values: '=…' becomes a formula
 * unless the cell is formatted as text ('@'); a leading apostrophe keeps the rest as text; numeric text
 * in a General cell becomes a number. range.formulas behaves the same for these inputs.
 */
export function writeValue(cell: MemoryCell, input: unknown): void {
  delete cell.text;
  delete cell.formula;
  const isText = cell.numberFormat === '@';
  if (input === null || input === undefined || input === '') {
    cell.value = null;
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  if (isText) {
    cell.value = s;
    return;
  }
  if (s.startsWith('=') && s.length > 1) {
    cell.formula = s;
    // No calculation engine: a formula written here keeps the value the cell had.
    return;
  }
  const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s.trim()) ? Number(s) : NaN;
  cell.value = Number.isFinite(n) ? n : (s as MemoryCellValue);
}
