import type { CellRange } from '../../engine/grid';
import { intersects, localAddress, rectCellCount, sheetAddress } from './address';
import type { CellBlock } from './cellBlock';
import { assertWritable } from './cellBlock';
import { writeValue } from './cellWrite';
import { MemoryClientObject, MemoryClientResult } from './clientObject';
import { displayText } from './displayText';
import type { MemorySheet } from './memoryWorkbook';
import { MemoryOfficeError } from './officeError';
import { MemoryRangeAreas } from './rangeAreas';
import { MemoryRangeFormat } from './rangeFormat';
import type { MemoryRequestContext } from './requestContext';

/** One rectangle of one sheet. */
export interface RangeTarget {
  sheet: MemorySheet;
  rect: CellRange;
}

type Matrix = unknown[][];

/** What getCellProperties can be asked for here: the fill. */
export interface CellPropertiesSpec {
  format?: { fill?: { color?: boolean; pattern?: boolean; tintAndShade?: boolean } };
}

export interface CellPropertiesFill {
  color?: string;
  pattern?: string | null;
  tintAndShade?: number | null;
}

/** What getRowProperties can be asked for here. */
export interface RowPropertiesSpec {
  rowIndex?: boolean;
  rowHidden?: boolean;
}

export interface RowProperties {
  rowIndex?: number;
  rowHidden?: boolean;
}

export interface CellProperties {
  format?: { fill?: CellPropertiesFill };
}

/** Excel.Range over a rectangle: values, text, formulas, numberFormat, position, fill, select. */
export class MemoryRange extends MemoryClientObject<RangeTarget> {
  protected readonly scalarNames = [
    'address',
    'addressLocal',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'cellCount',
    'values',
    'text',
    'formulas',
    'numberFormat',
    'valueTypes',
    'rowHidden',
  ] as const;
  readonly format: MemoryRangeFormat;

  constructor(context: MemoryRequestContext, path: string, locate: () => RangeTarget | null) {
    super(context, path, locate);
    this.format = new MemoryRangeFormat(context, `${path}.format`, () => this.block());
  }

  private block(): CellBlock | null {
    const t = this.resolve();
    return t ? { sheet: t.sheet, rects: [t.rect] } : null;
  }

  protected override navigate(name: string): MemoryClientObject<unknown> | undefined {
    return name === 'format' ? (this.format as MemoryClientObject<unknown>) : undefined;
  }

  protected readScalar(t: RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    switch (name) {
      case 'address':
      case 'addressLocal':
        return sheetAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'cellCount':
        return rectCellCount(rect);
      case 'rowHidden': {
        let hidden = 0;
        for (const r of sheet.hiddenRows) if (r >= rect.top && r <= rect.bottom) hidden++;
        return hidden === 0 ? false : hidden === rect.bottom - rect.top + 1 ? true : null;
      }
      default:
        return this.matrix(t, name);
    }
  }

  private matrix(t: RangeTarget, name: string): Matrix {
    const { sheet, rect } = t;
    if (rectCellCount(rect) > 5_000_000) throw new MemoryOfficeError('InvalidOperation', '区域过大');
    const out: Matrix = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.cell(r, c);
        const value = cell?.value ?? '';
        if (name === 'values') row.push(value);
        else if (name === 'formulas') row.push(cell?.formula ?? value);
        else if (name === 'numberFormat') row.push(cell?.numberFormat ?? 'General');
        else if (name === 'text') row.push(cell ? (cell.text ?? displayText(cell.value, cell.numberFormat)) : '');
        else row.push(valueType(cell?.value ?? null));
      }
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.loaded('address');
  }
  get addressLocal(): string {
    return this.loaded('addressLocal');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get cellCount(): number {
    return this.loaded('cellCount');
  }
  get text(): string[][] {
    return this.loaded('text');
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }
  get rowHidden(): boolean | null {
    return this.loaded('rowHidden');
  }

  get values(): Matrix {
    return this.loaded('values');
  }
  set values(v: Matrix) {
    this.writeMatrix('values', v, (cell, x) => writeValue(cell, x), true);
  }

  get formulas(): Matrix {
    return this.loaded('formulas');
  }
  set formulas(v: Matrix) {
    this.writeMatrix('formulas', v, (cell, x) => writeValue(cell, x), true);
  }

  get numberFormat(): Matrix {
    return this.loaded('numberFormat');
  }
  set numberFormat(v: Matrix) {
    this.writeMatrix('numberFormat', v, (cell, x) => {
      const f = String(x);
      if (f === 'General') delete cell.numberFormat;
      else cell.numberFormat = f;
      delete cell.text;
    });
  }

  private writeMatrix(
    name: string,
    v: Matrix,
    apply: (cell: ReturnType<MemorySheet['ensureCell']>, x: unknown) => void,
    contents = false,
  ): void {
    this.queueSet(name, v, ({ sheet, rect }) => {
      assertWritable({ sheet, rects: [rect] });
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (!Array.isArray(v) || v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new MemoryOfficeError('InvalidArgument', `数组大小与区域 ${localAddress(rect)} 不一致`);
      }
      // A merged area holds its value in its top-left cell. Writing a value into one of its other cells
      // fails, as in Excel ("This operation will cause some merged cells to unmerge"); nothing is written.
      // An empty value there is accepted and changes nothing.
      const merged = contents ? sheet.merges.filter((m) => intersects(m, rect)) : [];
      const hidden = (r: number, c: number): boolean =>
        merged.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const x = v[r][c];
          if (x !== '' && x !== null && x !== undefined && hidden(rect.top + r, rect.left + c)) {
            throw new MemoryOfficeError(
              'InvalidOperation',
              `不能更改合并单元格的一部分：${localAddress({ top: rect.top + r, bottom: rect.top + r, left: rect.left + c, right: rect.left + c })}`,
            );
          }
        }
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (hidden(rect.top + r, rect.left + c)) continue;
          apply(sheet.ensureCell(rect.top + r, rect.left + c), v[r][c]);
          sheet.compact(rect.top + r, rect.left + c);
        }
      }
    });
  }

  /**
   * Per-cell properties as one 2D array (ExcelApi 1.9); only format.fill is modelled, as Excel reports
   * it: color '#FFFFFF' for no fill and for white alike, tintAndShade null for no fill and a number for
   * a fill, pattern null for both (reported by users of Excel on the web and Windows). The result is
   * available after the sync and travels back in its response.
   */
  getCellProperties(spec: CellPropertiesSpec): MemoryClientResult<CellProperties[][]> {
    const result = new MemoryClientResult<CellProperties[][]>();
    this.context.enqueue(
      { object: this.key, name: 'GetCellProperties', args: [spec], member: 'Range.getCellProperties' },
      () => {
        const { sheet, rect } = this.require();
        if (rectCellCount(rect) > 5_000_000) throw new MemoryOfficeError('InvalidOperation', '区域过大');
        const want = spec.format?.fill ?? {};
        const out: CellProperties[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row: CellProperties[] = [];
          for (let c = rect.left; c <= rect.right; c++) {
            const own = sheet.cell(r, c)?.fill;
            const fill: CellPropertiesFill = {};
            if (want.color) fill.color = own ?? '#FFFFFF';
            if (want.pattern) fill.pattern = null;
            if (want.tintAndShade) fill.tintAndShade = own === undefined ? null : 0;
            row.push(spec.format?.fill ? { format: { fill } } : {});
          }
          out.push(row);
        }
        return result.settle(out);
      },
    );
    return result;
  }

  /** One entry per row of the range (ExcelApi 1.9): rowIndex and rowHidden, as asked. */
  getRowProperties(spec: RowPropertiesSpec): MemoryClientResult<RowProperties[]> {
    const result = new MemoryClientResult<RowProperties[]>();
    this.context.enqueue(
      { object: this.key, name: 'GetRowProperties', args: [spec], member: 'Range.getRowProperties' },
      () => {
        const { sheet, rect } = this.require();
        const out: RowProperties[] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row: RowProperties = {};
          if (spec.rowIndex) row.rowIndex = r;
          if (spec.rowHidden) row.rowHidden = sheet.hiddenRows.has(r);
          out.push(row);
        }
        return result.settle(out);
      },
    );
    return result;
  }

  /** The i-th row of this range (0-based). */
  getRow(index: number): MemoryRange {
    return this.sub(`getRow(${index})`, (rect) => ({ ...rect, top: rect.top + index, bottom: rect.top + index }));
  }

  getCell(row: number, column: number): MemoryRange {
    return this.sub(`getCell(${row},${column})`, (rect) => ({
      top: rect.top + row,
      bottom: rect.top + row,
      left: rect.left + column,
      right: rect.left + column,
    }));
  }

  private sub(name: string, fn: (rect: CellRange) => CellRange): MemoryRange {
    return new MemoryRange(this.context, `${this.path}.${name}`, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, rect: fn(t.rect) } : null;
    });
  }

  /** The used part of this range (ExcelApi 1.4); a null object when none of its cells is used. */
  getUsedRangeOrNullObject(valuesOnly = false): MemoryRange {
    return new MemoryRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const t = this.resolve();
      const rect = t ? t.sheet.usedRectangle(valuesOnly, t.rect) : undefined;
      return t && rect ? { sheet: t.sheet, rect } : null;
    }).requires('Range.getUsedRangeOrNullObject');
  }

  /** The merged areas that touch this range; a null object when there are none (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): MemoryRangeAreas {
    return new MemoryRangeAreas(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const t = this.resolve();
      if (!t) return null;
      const rects = t.sheet.merges.filter((m) => intersects(m, t.rect)).map((m) => ({ ...m }));
      return rects.length ? { sheet: t.sheet, rects } : null;
    }).requires('Range.getMergedAreasOrNullObject');
  }

  select(): void {
    this.queueCall('select', [], ({ sheet, rect }) => {
      this.context.model.activeSheetId = sheet.id;
      this.context.model.selection = { sheetId: sheet.id, addresses: [localAddress(rect)] };
      return undefined;
    });
  }

  /** Clears contents and formats (applyTo 'All'), or only 'Contents' / 'Formats'. */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.queueCall('clear', [applyTo], ({ sheet, rect }) => {
      assertWritable({ sheet, rects: [rect] });
      const doomed: Array<[number, number]> = [];
      sheet.forEachCell((r, c) => {
        if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) doomed.push([r, c]);
      });
      for (const [r, c] of doomed) {
        const cell = sheet.ensureCell(r, c);
        if (applyTo !== 'Formats') {
          cell.value = null;
          delete cell.formula;
          delete cell.text;
        }
        if (applyTo !== 'Contents') {
          delete cell.fill;
          delete cell.numberFormat;
        }
        sheet.compact(r, c);
      }
      return undefined;
    });
  }
}

function valueType(value: unknown): string {
  if (value === null || value === '') return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!|SPILL!|CALC!)$/.test(String(value)) ? 'Error' : 'String';
}
