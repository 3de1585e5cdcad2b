import { assertStructureWritable } from './cellBlock';
import { MemoryCollection } from './clientObject';
import type { MemorySheet } from './memoryWorkbook';
import { MemoryOfficeError } from './officeError';
import { MemoryWorksheet } from './worksheet';

/** workbook.worksheets. getItem accepts a name (case-insensitive) or an id, as Excel does. */
export class MemoryWorksheetCollection extends MemoryCollection<MemorySheet, MemoryWorksheet> {
  protected itemProxy(sheet: MemorySheet): MemoryWorksheet {
    return new MemoryWorksheet(this.context, `worksheets[${sheet.id}]`, () => sheet);
  }

  private find(key: string): MemorySheet | undefined {
    return this.context.model.sheetById(key) ?? this.context.model.sheetByName(key);
  }

  getItem(key: string): MemoryWorksheet {
    return new MemoryWorksheet(this.context, `worksheets.getItem(${key})`, () => {
      const sheet = this.find(key);
      if (!sheet) throw new MemoryOfficeError('ItemNotFound', `找不到工作表：${key}`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): MemoryWorksheet {
    return new MemoryWorksheet(
      this.context,
      `worksheets.getItemOrNullObject(${key})`,
      () => this.find(key) ?? null,
    ).requires('WorksheetCollection.getItemOrNullObject');
  }

  getActiveWorksheet(): MemoryWorksheet {
    return new MemoryWorksheet(this.context, 'worksheets.getActiveWorksheet()', () => {
      const model = this.context.model;
      return (model.activeSheetId && model.sheetById(model.activeSheetId)) || model.sheets[0] || null;
    });
  }

  add(name?: string): MemoryWorksheet {
    let created: MemorySheet | undefined;
    this.context.enqueue({ object: this.key, name: 'Add', args: [name], returnsObject: true }, () => {
      const model = this.context.model;
      assertStructureWritable(model);
      let sheetName = name;
      if (sheetName === undefined) {
        let n = model.sheets.length + 1;
        while (model.sheetByName(`Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      if (model.sheetByName(sheetName)) {
        throw new MemoryOfficeError('ItemAlreadyExists', `工作表名已存在：${sheetName}`);
      }
      created = model.addSheet(sheetName);
      return undefined;
    });
    return new MemoryWorksheet(this.context, `worksheets.add(${name ?? ''})`, () => {
      if (!created) throw new MemoryOfficeError('InvalidObjectPath', '工作表尚未创建');
      return created;
    });
  }
}
