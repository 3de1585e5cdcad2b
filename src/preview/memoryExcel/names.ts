import type { CellRange } from '../../engine/grid';
import { columnLetters } from '../../engine/grid';
import { parseRectangle, quoteSheetName, splitSheetAddress } from './address';
import { MemoryClientObject, MemoryCollection } from './clientObject';
import type { MemoryName, MemorySheet } from './memoryWorkbook';
import { MemoryOfficeError } from './officeError';
import { MemoryRange, type RangeTarget } from './range';
import type { MemoryRequestContext } from './requestContext';

/**
 * Excel's rule for names: a letter, '_' or '\' first, then letters, digits, '.', '_' or '\'; not something
 * that reads as a cell reference (A1, R1C1, R, C).
 */
const NAME_SYNTAX = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/;

export function isValidName(name: string): boolean {
  return name.length <= 255 && NAME_SYNTAX.test(name) && !CELL_LIKE.test(name);
}

function absolute(rect: CellRange): string {
  const a = `$${columnLetters(rect.left)}$${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:$${columnLetters(rect.right)}$${rect.bottom + 1}`;
}

/** Excel.NamedItem for a workbook-level name: its range follows the sheet (by id) and inserted rows. */
export class MemoryNamedItem extends MemoryClientObject<MemoryName> {
  protected readonly scalarNames = ['name', 'type', 'value', 'formula', 'visible', 'comment'] as const;

  private target(n: MemoryName): RangeTarget | null {
    const sheet = n.sheetId === undefined ? undefined : this.context.model.sheetById(n.sheetId);
    return sheet && n.rect ? { sheet, rect: { ...n.rect } } : null;
  }

  protected readScalar(n: MemoryName, name: string): unknown {
    const target = this.target(n);
    const reference = target ? `${quoteSheetName(target.sheet.name)}!${absolute(target.rect)}` : '#REF!';
    switch (name) {
      case 'name':
        return n.name;
      case 'type':
        return target ? 'Range' : 'Error';
      case 'value':
        return reference;
      case 'formula':
        return `=${reference}`;
      case 'visible':
        return n.visible;
      default:
        return n.comment;
    }
  }

  get name(): string {
    return this.loaded('name');
  }
  get type(): string {
    return this.loaded('type');
  }
  get value(): string {
    return this.loaded('value');
  }
  get formula(): string {
    return this.loaded('formula');
  }
  get visible(): boolean {
    return this.loaded('visible');
  }
  get comment(): string {
    return this.loaded('comment');
  }

  /** The range the name refers to; an error at sync when it refers to none (#REF!). */
  getRange(): MemoryRange {
    return new MemoryRange(this.context, `${this.path}.getRange()`, () => {
      const target = this.target(this.require());
      if (!target) throw new MemoryOfficeError('InvalidOperation', `名称没有引用区域：${this.path}`);
      return target;
    });
  }

  /** The range the name refers to, or a null object (ExcelApi 1.4). */
  getRangeOrNullObject(): MemoryRange {
    return new MemoryRange(this.context, `${this.path}.getRangeOrNullObject()`, () =>
      this.target(this.require()),
    ).requires('NamedItem.getRangeOrNullObject');
  }

  delete(): void {
    this.queueCall('delete', [], (n) => {
      this.context.model.names = this.context.model.names.filter((x) => x !== n);
      return undefined;
    });
  }
}

/** The sheet and rectangle of 'Sheet1!$A$1:$A$16' (with or without '='). */
function referenceOf(model: MemoryRequestContext['model'], reference: string): { sheet: MemorySheet; rect: CellRange } {
  const { sheet, local } = splitSheetAddress(reference.replace(/^=/, ''));
  const found = sheet === undefined ? undefined : model.sheetByName(sheet);
  const rect = parseRectangle(local);
  if (!found || !rect) throw new MemoryOfficeError('InvalidArgument', `无效的引用：${reference}`);
  return { sheet: found, rect };
}

/** workbook.names: workbook-level defined names. */
export class MemoryNamedItemCollection extends MemoryCollection<MemoryName, MemoryNamedItem> {
  protected itemProxy(n: MemoryName): MemoryNamedItem {
    return new MemoryNamedItem(this.context, `names[${n.name}]`, () => n);
  }

  getItem(name: string): MemoryNamedItem {
    return new MemoryNamedItem(this.context, `names.getItem(${name})`, () => {
      const n = this.context.model.nameByName(name);
      if (!n) throw new MemoryOfficeError('ItemNotFound', `找不到名称：${name}`);
      return n;
    });
  }

  getItemOrNullObject(name: string): MemoryNamedItem {
    return new MemoryNamedItem(
      this.context,
      `names.getItemOrNullObject(${name})`,
      () => this.context.model.nameByName(name) ?? null,
    ).requires('NamedItemCollection.getItemOrNullObject');
  }

  /** Adds a name for a Range or an address string like '=Sheet1!$A$1:$A$16' (ExcelApi 1.4). */
  add(name: string, reference: MemoryRange | string, comment = ''): MemoryNamedItem {
    let created: MemoryName | undefined;
    const describe = typeof reference === 'string' ? reference : reference.path;
    this.context.enqueue(
      {
        object: this.key,
        name: 'Add',
        returnsObject: true,
        args: [name, describe, comment],
        member: 'NamedItemCollection.add',
      },
      () => {
        const model = this.context.model;
        if (!isValidName(name)) throw new MemoryOfficeError('InvalidArgument', `名称无效：${name}`);
        if (model.nameByName(name)) throw new MemoryOfficeError('ItemAlreadyExists', `名称已存在：${name}`);
        const target = typeof reference === 'string' ? referenceOf(model, reference) : reference.resolve();
        if (!target) throw new MemoryOfficeError('InvalidArgument', `引用的区域不存在：${describe}`);
        created = { name, sheetId: target.sheet.id, rect: { ...target.rect }, comment, visible: true };
        model.names.push(created);
        return undefined;
      },
    );
    return new MemoryNamedItem(this.context, `names.add(${name})`, () => {
      if (!created) throw new MemoryOfficeError('InvalidObjectPath', '名称尚未创建');
      return created;
    });
  }
}
