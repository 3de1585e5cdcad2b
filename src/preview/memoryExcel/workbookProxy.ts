import { MemoryAnnotationCollection } from './annotations';
import { parseRectangle } from './address';
import { MemoryClientObject } from './clientObject';
import { MemoryCustomXmlPartCollection } from './customXmlParts';
import type { MemoryWorkbook } from './memoryWorkbook';
import { MemoryNamedItemCollection } from './names';
import { MemoryOfficeError } from './officeError';
import { MemoryRange } from './range';
import type { MemoryRequestContext } from './requestContext';
import { MemoryWorksheetCollection } from './worksheetCollection';

/** Excel.WorkbookProtection (ExcelApi 1.7): whether the workbook's structure is protected. */
export class MemoryWorkbookProtection extends MemoryClientObject<MemoryWorkbook> {
  protected readonly scalarNames = ['protected'] as const;

  protected readScalar(wb: MemoryWorkbook): unknown {
    return wb.structureProtected;
  }

  get protected(): boolean {
    return this.loaded('protected');
  }
}

/** context.workbook: the collections the adapter reaches from the workbook. */
export class MemoryWorkbookProxy {
  readonly worksheets: MemoryWorksheetCollection;
  readonly customXmlParts: MemoryCustomXmlPartCollection;
  readonly notes: MemoryAnnotationCollection;
  readonly comments: MemoryAnnotationCollection;
  readonly names: MemoryNamedItemCollection;
  readonly protection: MemoryWorkbookProtection;

  constructor(private readonly context: MemoryRequestContext) {
    this.worksheets = new MemoryWorksheetCollection(context, 'worksheets', () => [...context.model.sheets]);
    this.customXmlParts = new MemoryCustomXmlPartCollection(context, 'customXmlParts', () => [
      ...context.model.customXmlParts,
    ]).requires('Workbook.customXmlParts');
    this.notes = new MemoryAnnotationCollection(context, 'notes').requires('Workbook.notes');
    this.comments = new MemoryAnnotationCollection(context, 'comments').requires('Workbook.comments');
    this.names = new MemoryNamedItemCollection(context, 'names', () => [...context.model.names]);
    this.protection = new MemoryWorkbookProtection(context, 'workbook.protection', () => context.model).requires(
      'Workbook.protection',
    );
  }

  /**
   * The selected range of the active sheet (A1 when nothing was selected there); an error for a selection
   * of several areas, as in Excel.
   */
  getSelectedRange(): MemoryRange {
    const context = this.context;
    return new MemoryRange(context, 'getSelectedRange()', () => {
      const model = context.model;
      const sheet = (model.activeSheetId && model.sheetById(model.activeSheetId)) || model.sheets[0];
      if (!sheet) throw new MemoryOfficeError('InvalidOperation', '工作簿中没有工作表');
      const selection = model.selection?.sheetId === sheet.id ? model.selection.addresses : ['A1'];
      if (selection.length !== 1) throw new MemoryOfficeError('InvalidOperation', '不能对多重选定区域执行此操作');
      const rect = parseRectangle(selection[0]);
      if (!rect) throw new MemoryOfficeError('InvalidArgument', `无效地址：${selection[0]}`);
      return { sheet, rect };
    });
  }
}
