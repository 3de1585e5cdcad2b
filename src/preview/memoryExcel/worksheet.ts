import type { CellRange } from '../../engine/grid';
import { MAX_COLUMNS, MAX_ROWS, parseRectangle, splitSheetAddress, splitUnionAddress } from './address';
import { assertStructureWritable } from './cellBlock';
import { MemoryClientObject } from './clientObject';
import type { MemorySheet } from './memoryWorkbook';
import { MemoryOfficeError } from './officeError';
import { MemoryRange } from './range';
import { MemoryRangeAreas } from './rangeAreas';
import type { MemoryRequestContext } from './requestContext';

/** Worksheet.protection: only `protected` is modelled. */
export class MemoryWorksheetProtection extends MemoryClientObject<MemorySheet> {
  protected readonly scalarNames = ['protected'] as const;

  protected readScalar(sheet: MemorySheet): unknown {
    return sheet.protected;
  }

  get protected(): boolean {
    return this.loaded('protected');
  }
}

function rectangleOf(local: string): CellRange {
  const rect = parseRectangle(splitSheetAddress(local).local);
  if (!rect) throw new MemoryOfficeError('InvalidArgument', `无效地址：${local}`);
  return rect;
}

/** Excel.Worksheet. */
export class MemoryWorksheet extends MemoryClientObject<MemorySheet> {
  protected readonly scalarNames = ['name', 'id', 'position', 'visibility'] as const;
  readonly protection: MemoryWorksheetProtection;

  constructor(context: MemoryRequestContext, path: string, locate: () => MemorySheet | null) {
    super(context, path, locate);
    this.protection = new MemoryWorksheetProtection(context, `${path}.protection`, () => this.resolve()).requires(
      'Worksheet.protection',
    );
  }

  protected override navigate(name: string): MemoryClientObject<unknown> | undefined {
    return name === 'protection' ? (this.protection as MemoryClientObject<unknown>) : undefined;
  }

  protected readScalar(sheet: MemorySheet, name: string): unknown {
    if (name === 'name') return sheet.name;
    if (name === 'id') return sheet.id;
    if (name === 'visibility') return sheet.visibility === 'veryHidden' ? 'VeryHidden' : capitalize(sheet.visibility);
    return this.context.model.sheets.indexOf(sheet);
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.queueSet('name', value, (sheet) => {
      const other = this.context.model.sheetByName(value);
      if (other && other !== sheet) throw new MemoryOfficeError('ItemAlreadyExists', `工作表名已存在：${value}`);
      if (sheet.name !== value) assertStructureWritable(this.context.model);
      sheet.name = value;
    });
  }
  get id(): string {
    return this.loaded('id');
  }
  get position(): number {
    return this.loaded('position');
  }
  get visibility(): string {
    return this.loaded('visibility');
  }

  private range(name: string, fn: (sheet: MemorySheet) => CellRange | null): MemoryRange {
    return new MemoryRange(this.context, `${this.path}.${name}`, () => {
      const sheet = this.require();
      const rect = fn(sheet);
      return rect ? { sheet, rect } : null;
    });
  }

  getRange(address?: string): MemoryRange {
    return this.range(`getRange(${address ?? ''})`, () =>
      address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : rectangleOf(address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): MemoryRange {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (rowCount < 1 || columnCount < 1) throw new MemoryOfficeError('InvalidArgument', '区域大小无效');
      return {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
    }).requires('Worksheet.getRangeByIndexes');
  }

  getUsedRangeOrNullObject(valuesOnly = false): MemoryRange {
    return this.range(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (sheet) => sheet.usedRectangle(valuesOnly) ?? null,
    ).requires('Worksheet.getUsedRangeOrNullObject');
  }

  getUsedRange(valuesOnly = false): MemoryRange {
    return this.range(
      `getUsedRange(${valuesOnly})`,
      (sheet) => sheet.usedRectangle(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }

  /** 'A1:B2, D4' → RangeAreas (ExcelApi 1.9). */
  getRanges(address: string): MemoryRangeAreas {
    return new MemoryRangeAreas(this.context, `${this.path}.getRanges(${address})`, () => {
      if (address.length > this.context.maxRangesAddressLength) {
        throw new MemoryOfficeError('InvalidArgument', `地址字符串过长（${address.length} 字符）`);
      }
      return { sheet: this.require(), rects: splitUnionAddress(address).map(rectangleOf) };
    }).requires('Worksheet.getRanges');
  }

  activate(): void {
    this.queueCall('activate', [], (sheet) => {
      if (sheet.visibility !== 'visible') throw new MemoryOfficeError('InvalidOperation', '不能激活隐藏的工作表');
      this.context.model.activeSheetId = sheet.id;
      return undefined;
    });
  }

  delete(): void {
    this.queueCall('delete', [], (sheet) => {
      const model = this.context.model;
      assertStructureWritable(model);
      const visible = model.sheets.filter((s) => s.visibility === 'visible' && s !== sheet);
      if (visible.length === 0) throw new MemoryOfficeError('InvalidOperation', '不能删除唯一可见的工作表');
      model.removeSheet(sheet);
      return undefined;
    });
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
