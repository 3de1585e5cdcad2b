import { createMemoryRunner, MemoryWorkbook, MemoryRequestContext } from '../../src/preview/memoryExcel';

function sample(): MemoryWorkbook {
  return MemoryWorkbook.fromGrid({
    sheets: [
      {
        name: '表1',
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        rows: [
          [{ value: '部门预算收支总表' }],
          [{ value: '合计' }, { value: 334.5, numberFormat: '0.00' }, { value: 334.5, formula: '=SUM(B3:B4)' }],
        ],
      },
    ],
  });
}

const ctx = (wb: MemoryWorkbook): Excel.RequestContext =>
  new MemoryRequestContext(wb) as unknown as Excel.RequestContext;

describe('in-memory Excel API', () => {
  it('throws PropertyNotLoaded for a property that was not loaded and synced', async () => {
    const context = ctx(sample());
    const range = context.workbook.worksheets.getItem('表1').getRange('A1:C2');
    expect(() => range.values).toThrow(/not available/);
    range.load('values');
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([
      ['部门预算收支总表', '', ''],
      ['合计', 334.5, 334.5],
    ]);
    expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('applies writes only at sync, in queue order', async () => {
    const wb = sample();
    const context = ctx(wb);
    const sheet = context.workbook.worksheets.getItem('表1');
    sheet.getRange('B2').format.fill.color = '#ffc7ce';
    sheet.getRange('D5').values = [['新']];
    expect(wb.sheet('表1').cell(1, 1)?.fill).toBeUndefined();
    expect(wb.sheet('表1').cell(4, 3)).toBeUndefined();
    const fill = sheet.getRange('B2').format.fill;
    fill.load('color,tintAndShade');
    await context.sync();
    expect(wb.sheet('表1').cell(1, 1)?.fill).toBe('#FFC7CE');
    expect(wb.sheet('表1').cell(4, 3)?.value).toBe('新');
    expect(fill.color).toBe('#FFC7CE');
    expect(fill.tintAndShade).toBe(0);
  });

  it('reports no fill as white with a null tint, like Excel', async () => {
    const context = ctx(sample());
    const fill = context.workbook.worksheets.getItem('表1').getRange('A2').format.fill;
    fill.load('color,tintAndShade');
    await context.sync();
    expect(fill.color).toBe('#FFFFFF');
    expect(fill.tintAndShade).toBeNull();
  });

  it('gives null objects instead of errors for the OrNullObject methods', async () => {
    const context = ctx(sample());
    const missing = context.workbook.worksheets.getItemOrNullObject('没有');
    const found = context.workbook.worksheets.getItemOrNullObject('表1');
    missing.load('name');
    found.load('name');
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(found.isNullObject).toBe(false);
    expect(found.name).toBe('表1');
    const bad = context.workbook.worksheets.getItem('没有');
    bad.load('name');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('keeps text formatted as "@" from becoming a formula', async () => {
    const wb = sample();
    const context = ctx(wb);
    const range = context.workbook.worksheets.getItem('表1').getRange('E1:E2');
    range.numberFormat = [['@'], ['General']];
    range.values = [['=1+1'], ['=1+1']];
    await context.sync();
    expect(wb.sheet('表1').cell(0, 4)).toMatchObject({ value: '=1+1' });
    expect(wb.sheet('表1').cell(0, 4)?.formula).toBeUndefined();
    expect(wb.sheet('表1').cell(1, 4)?.formula).toBe('=1+1');
  });

  it('counts syncs and payload bytes, and refuses a response over the payload limit', async () => {
    const wb = sample();
    const run = createMemoryRunner(wb, { payloadLimitBytes: 2000 });
    await run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    });
    expect(run.stats.syncs).toBe(1);
    expect(run.stats.requestBytes).toBeGreaterThan(0);
    expect(run.stats.responseBytes).toBeGreaterThan(0);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('表1').getRange('A1:Z100').load('values,text');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    await expect(
      run(async (context) => {
        context.workbook.customXmlParts.add(`<a xmlns="urn:x">${'x'.repeat(3000)}</a>`);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('finds custom XML parts by namespace and keeps them across a reopen', async () => {
    const wb = sample();
    const run = createMemoryRunner(wb);
    await run(async (context) => {
      context.workbook.customXmlParts.add('<a xmlns="urn:x"><b/></a>');
      context.workbook.customXmlParts.add('<c xmlns="urn:y"/>');
      await context.sync();
    });
    const reopened = wb.reopen();
    const xml = await createMemoryRunner(reopened)(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace('urn:x');
      parts.load('items/id');
      await context.sync();
      const results = parts.items.map((p) => p.getXml());
      await context.sync();
      return results.map((r) => r.value);
    });
    expect(xml).toEqual(['<a xmlns="urn:x"><b/></a>']);
  });

  it('reports merged areas and the used range away from A1', async () => {
    const wb = MemoryWorkbook.fromGrid({
      sheets: [
        {
          name: 'S',
          merges: [{ top: 2, left: 1, bottom: 2, right: 3 }],
          rows: [undefined, undefined, [undefined, { value: 'x' }]],
        },
      ],
    });
    const context = ctx(wb);
    const used = context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
    used.load('address,rowIndex,columnIndex');
    const merged = used.getMergedAreasOrNullObject();
    merged.load('address');
    await context.sync();
    expect(used.address).toBe('S!B3');
    expect([used.rowIndex, used.columnIndex]).toEqual([2, 1]);
    expect(merged.address).toBe('S!B3:D3');
  });
});
