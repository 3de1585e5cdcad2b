import { createMemoryRunner, MemoryRequestContext, MemoryWorkbook } from '../../src/preview/memoryExcel';

function book(): MemoryWorkbook {
  return MemoryWorkbook.fromGrid({
    sheets: [
      { name: '表1', merges: [], rows: [[{ value: '部门预算收支总表' }]] },
      { name: '情况说明', merges: [], rows: [[{ value: '情况说明' }], [{ value: '第一段' }]] },
    ],
  });
}

const ctx = (wb: MemoryWorkbook): Excel.RequestContext =>
  new MemoryRequestContext(wb) as unknown as Excel.RequestContext;

describe('in-memory Excel API: workbook names and the selection', () => {
  it('adds a name at sync; its properties throw until loaded; it reads back as a Range', async () => {
    const wb = book();
    const context = ctx(wb);
    const range = context.workbook.worksheets.getItem('情况说明').getRange('A4:A19');
    const item = context.workbook.names.add('BudgetChecker.Narrative', range, '说明');
    expect(wb.names).toHaveLength(0);
    expect(() => item.name).toThrow(/not available/);
    item.load('name,type,value,comment');
    await context.sync();
    expect([item.name, item.type, item.value, item.comment]).toEqual([
      'BudgetChecker.Narrative',
      'Range',
      '情况说明!$A$4:$A$19',
      '说明',
    ]);
    const found = context.workbook.names.getItemOrNullObject('budgetchecker.narrative').getRange();
    found.load('address');
    const missing = context.workbook.names.getItemOrNullObject('Other');
    missing.load('name');
    await context.sync();
    expect(found.address).toBe('情况说明!A4:A19');
    expect(missing.isNullObject).toBe(true);
  });

  it('rejects invalid and duplicate names as Excel does', async () => {
    for (const bad of ['A1', '1abc', 'has space', 'R1C1']) {
      const context = ctx(book());
      context.workbook.names.add(bad, '=表1!$A$1');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    const context = ctx(book());
    context.workbook.names.add('Block', '=表1!$A$1');
    context.workbook.names.add('BLOCK', '=表1!$A$2');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('follows a renamed sheet, inserted rows and a reopen; reads #REF! once its sheet is deleted', async () => {
    let wb = book();
    const run = createMemoryRunner(wb);
    await run(async (context) => {
      context.workbook.names.add('Block', '=情况说明!$A$3:$A$18');
      await context.sync();
    });
    wb.sheet('情况说明').name = '说明';
    wb.insertRows('说明', 0, 2);
    wb = wb.reopen();
    const read = async (w: MemoryWorkbook) =>
      createMemoryRunner(w)(async (context) => {
        const item = context.workbook.names.getItem('Block');
        item.load('type,value');
        const range = item.getRangeOrNullObject();
        range.load('address');
        await context.sync();
        return { type: item.type, value: item.value, range: range.isNullObject ? null : range.address };
      });
    expect(await read(wb)).toEqual({ type: 'Range', value: '说明!$A$5:$A$20', range: '说明!A5:A20' });
    wb.removeSheet(wb.sheet('说明'));
    expect(await read(wb)).toEqual({ type: 'Error', value: '#REF!', range: null });
  });

  it('getSelectedRange is the selection of the active sheet, A1 when there is none', async () => {
    const wb = book();
    const other = wb.sheet('情况说明');
    const context = ctx(wb);
    const first = context.workbook.getSelectedRange();
    first.load('address');
    await context.sync();
    expect(first.address).toBe('表1!A1');
    wb.activeSheetId = other.id;
    wb.selection = { sheetId: other.id, addresses: ['C5'] };
    const second = context.workbook.getSelectedRange();
    second.load('address,rowIndex,columnIndex');
    await context.sync();
    expect([second.address, second.rowIndex, second.columnIndex]).toEqual(['情况说明!C5', 4, 2]);
  });
});
