import { toHalfWidth } from '../amount';
import type { CellRef, GridCell } from '../grid';
import { cellText } from '../grid';
import { normalizeCode } from './codes';
import type { Header } from './readHeader';
import type { SheetView } from './sheetView';

/** Sub-column headers under a split 科目编码 header, top level first. */
const PART_LABELS = ['类', '款', '项'];

/** Digits each code part adds: 类 3, 款 2, 项 2. */
const partLength = (level: number): number => (level === 0 ? 3 : 2);
/** Length of the full code down to a part: 3, 5, 7. */
const fullLength = (level: number): number => 3 + 2 * level;

/**
 * The columns that hold a row's 科目编码: one column ('科目编码', Hebei), or 类 | 款 | 项 (or 类 | 款) columns under a
 * merged '…科目编码' header (Shanghai), with or without a 类/款/项 header row. Empty when the table has no code column.
 */
export function findCodeColumns(header: Header): number[] {
  const coded = header.columns.filter((h) => h.leaf.includes('编码'));
  // One '…编码' header merged over two or three adjacent columns, with no 类/款/项 row under it: the parts are positional.
  const merged = coded.filter((h, i) => h.joined === coded[0].joined && h.col === coded[0].col + i);
  if (merged.length === coded.length && coded.length >= 2 && coded.length <= PART_LABELS.length)
    return coded.map((h) => h.col);
  if (coded.length > 0) return [coded[0].col];
  const parts = header.columns.filter((h) => h.path.some((p) => p.includes('编码')) && PART_LABELS.includes(h.leaf));
  // The parts must be 类, 款[, 项] in that order; anything else is not a code header we know.
  return parts.every((h, i) => h.leaf === PART_LABELS[i]) ? parts.map((h) => h.col) : [];
}

/**
 * One code part as digits: numbers lose leading zeros (3 for '03'), so they are padded back to the part's length.
 * '' when the cell holds no digits (blank, '…', '无', '合计').
 */
function codePart(cell: GridCell | undefined, level: number): string {
  if (!cell || cell.error) return '';
  const text = toHalfWidth(typeof cell.value === 'number' ? String(cell.value) : cellText(cell))
    .replace(/[\s\u00a0]/g, '')
    .replace(/\.0+$/, '');
  if (!/^\d+$/.test(text)) return '';
  return text.length < partLength(level) ? text.padStart(partLength(level), '0') : text;
}

export interface RowCode {
  code: string;
  /** The cell of the deepest code part the row fills (the code cell itself with one column). */
  cell: CellRef;
}

/**
 * Reads the full 科目编码 of each data row, top to bottom. With split columns the code is composed from its
 * parts ('201' + '03' + '01' → '2010301'); an upper part left blank on a child row is carried from the rows above
 * (published tables print it once), a repeated one is used as written. The row's level is its deepest filled part.
 */
export class CodeReader {
  /** Full code at each level from the last code row, for blank upper parts. */
  private carried: string[] = [];

  constructor(
    private readonly view: SheetView,
    readonly columns: number[],
  ) {}

  /** The row's code, or undefined when the row has none (or its parts do not make a code). */
  read(row: number): RowCode | undefined {
    const { view, columns } = this;
    if (columns.length === 0) return undefined;
    if (columns.length === 1) {
      const code = normalizeCode(view.cell(row, columns[0]));
      return code ? { code, cell: view.ref(row, columns[0]) } : undefined;
    }
    const parts = columns.map((col, level) => codePart(view.cell(row, col), level));
    const deepest = parts.reduce((last, part, level) => (part ? level : last), -1);
    if (deepest < 0) return undefined;
    // Some tables write the whole code ('20805') in the 类 column and leave 款/项 blank.
    const whole = deepest === 0 && parts[0].length > partLength(0) ? parts[0] : undefined;
    if (whole !== undefined) {
      const level = (whole.length - partLength(0)) / 2;
      if (!Number.isInteger(level) || level >= columns.length) return undefined;
      this.carried = Array.from({ length: level + 1 }, (_, l) => whole.slice(0, fullLength(l)));
      return { code: whole, cell: view.ref(row, columns[0]) };
    }
    let code = '';
    for (let level = 0; level <= deepest; level++) {
      const part = parts[level];
      if (level > 0 && part.length === fullLength(level))
        code = part; // a full code written in a part column
      else if (part.length === partLength(level)) code += part;
      else if (part === '' && this.carried[level]?.startsWith(code)) code = this.carried[level];
      else return undefined;
      if (code.length !== fullLength(level)) return undefined;
    }
    this.carried = Array.from({ length: deepest + 1 }, (_, level) => code.slice(0, fullLength(level)));
    return { code, cell: view.ref(row, columns[deepest]) };
  }
}
