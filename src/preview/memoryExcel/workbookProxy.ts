import { MemoryAnnotationCollection } from './annotations';
import { MemoryCustomXmlPartCollection } from './customXmlParts';
import type { MemoryRequestContext } from './requestContext';
import { MemoryWorksheetCollection } from './worksheetCollection';

/** context.workbook: the collections the adapter reaches from the workbook. */
export class MemoryWorkbookProxy {
  readonly worksheets: MemoryWorksheetCollection;
  readonly customXmlParts: MemoryCustomXmlPartCollection;
  readonly notes: MemoryAnnotationCollection;
  readonly comments: MemoryAnnotationCollection;

  constructor(context: MemoryRequestContext) {
    this.worksheets = new MemoryWorksheetCollection(context, 'worksheets', () => [...context.model.sheets]);
    this.customXmlParts = new MemoryCustomXmlPartCollection(context, 'customXmlParts', () => [
      ...context.model.customXmlParts,
    ]);
    this.notes = new MemoryAnnotationCollection(context, 'notes');
    this.comments = new MemoryAnnotationCollection(context, 'comments');
  }
}
