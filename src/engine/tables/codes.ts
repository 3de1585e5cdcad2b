import { toHalfWidth } from '../amount';
import type { GridCell } from '../grid';
import { cellText } from '../grid';

/**
 * A 科目编码 as text whatever way the cell holds it: numbers (201, 2013701.0), text with spaces or full-width
 * digits ('２０１', '201 37 01'). Returns '' when the cell is not a code.
 */
export function normalizeCode(cell: GridCell | undefined): string {
  if (!cell || cell.error) return '';
  if (typeof cell.value === 'number' && Number.isInteger(cell.value)) return String(cell.value);
  const text = toHalfWidth(cellText(cell))
    .replace(/[\s\u00a0]/g, '')
    .replace(/\.0+$/, '');
  return /^\d{3,}$/.test(text) ? text : '';
}

/** 类/款/项 level of a code by its length: 3 → 1, 5 → 2, 7 → 3; undefined for other lengths. */
export function codeLevel(code: string): 1 | 2 | 3 | undefined {
  if (code.length === 3) return 1;
  if (code.length === 5) return 2;
  if (code.length === 7) return 3;
  return undefined;
}
