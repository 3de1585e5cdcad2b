import { parseRectangle, splitSheetAddress } from './address';
import { MemoryClientObject, MemoryCollection } from './clientObject';
import type { MemoryAnnotation, MemorySheet } from './memoryWorkbook';
import { MemoryOfficeError } from './officeError';
import { MemoryRange } from './range';

/** Notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10) behave alike for the adapter. */
export type AnnotationKind = 'notes' | 'comments';

/** Excel.Note or Excel.Comment: content, author, delete, getLocation. */
export class MemoryAnnotationProxy extends MemoryClientObject<MemoryAnnotation> {
  protected readonly scalarNames = ['id', 'content', 'authorName'] as const;

  constructor(
    context: MemoryAnnotationCollection['context'],
    path: string,
    locate: () => MemoryAnnotation | null,
    private readonly kind: AnnotationKind,
  ) {
    super(context, path, locate);
  }

  protected readScalar(a: MemoryAnnotation, name: string): unknown {
    if (name === 'id') return a.id;
    if (name === 'content') return a.content;
    return a.author;
  }

  get id(): string {
    return this.loaded('id');
  }
  get content(): string {
    return this.loaded('content');
  }
  set content(value: string) {
    this.queueSet('content', value, (a) => {
      a.content = value;
    });
  }
  get authorName(): string {
    return this.loaded('authorName');
  }

  delete(): void {
    this.queueCall('delete', [], (a) => {
      const model = this.context.model;
      const sheet = model.sheetById(a.sheetId);
      if (sheet?.protected) throw new MemoryOfficeError('AccessDenied', `工作表“${sheet.name}”受保护`);
      model[this.kind] = model[this.kind].filter((x) => x !== a);
      return undefined;
    });
  }

  getLocation(): MemoryRange {
    return new MemoryRange(this.context, `${this.path}.getLocation()`, () => {
      const a = this.require();
      const sheet = this.context.model.sheetById(a.sheetId);
      if (!sheet) return null;
      return { sheet, rect: { top: a.row, bottom: a.row, left: a.col, right: a.col } };
    });
  }
}

/** workbook.notes or workbook.comments. */
export class MemoryAnnotationCollection extends MemoryCollection<MemoryAnnotation, MemoryAnnotationProxy> {
  constructor(
    context: MemoryAnnotationProxy['context'],
    private readonly kind: AnnotationKind,
  ) {
    super(context, kind, () => context.model[kind]);
  }

  protected itemProxy(a: MemoryAnnotation): MemoryAnnotationProxy {
    return new MemoryAnnotationProxy(this.context, `${this.kind}[${a.id}]`, () => a, this.kind);
  }

  /** cellAddress: 'Sheet1!A1' or a one-cell Range. */
  add(cellAddress: string | MemoryRange, content: string): MemoryAnnotationProxy {
    let created: MemoryAnnotation | undefined;
    this.context.enqueue(
      {
        object: this.key,
        name: 'Add',
        args: [typeof cellAddress === 'string' ? cellAddress : 0, content],
        refs: typeof cellAddress === 'string' ? [] : [cellAddress.key],
        returnsObject: true,
      },
      () => {
        const model = this.context.model;
        const { sheet, row, col } = this.cellOf(cellAddress);
        if (sheet.protected) throw new MemoryOfficeError('AccessDenied', `工作表“${sheet.name}”受保护`);
        // A cell holds one note or one threaded comment, never both (Excel: “a cell can't have both”).
        const taken = (list: MemoryAnnotation[]): boolean =>
          list.some((a) => a.sheetId === sheet.id && a.row === row && a.col === col);
        if (taken(model.notes) || taken(model.comments)) {
          throw new MemoryOfficeError('InvalidOperation', '该单元格已有批注');
        }
        created = { id: model.newId('N'), sheetId: sheet.id, row, col, content, author: '预算审核' };
        model[this.kind].push(created);
        return { id: created.id };
      },
    );
    return new MemoryAnnotationProxy(
      this.context,
      `${this.kind}.add()`,
      () => {
        if (!created) throw new MemoryOfficeError('InvalidObjectPath', '批注尚未创建');
        return created;
      },
      this.kind,
    );
  }

  private cellOf(cellAddress: string | MemoryRange): { sheet: MemorySheet; row: number; col: number } {
    if (typeof cellAddress !== 'string') {
      const t = cellAddress.resolve();
      if (!t || t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) {
        throw new MemoryOfficeError('InvalidArgument', '批注只能加在一个单元格上');
      }
      return { sheet: t.sheet, row: t.rect.top, col: t.rect.left };
    }
    const { sheet: name, local } = splitSheetAddress(cellAddress);
    const sheet = name === undefined ? undefined : this.context.model.sheetByName(name);
    const rect = parseRectangle(local);
    if (!sheet || !rect || rect.top !== rect.bottom || rect.left !== rect.right) {
      throw new MemoryOfficeError('InvalidArgument', `无效单元格：${cellAddress}`);
    }
    return { sheet, row: rect.top, col: rect.left };
  }
}
