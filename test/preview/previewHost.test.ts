import * as fs from 'fs';
import * as path from 'path';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import { loadWorkbookFile } from '../../src/preview/loadWorkbookFile';
import { MemoryWorkbook } from '../../src/preview/memoryExcel';
import { createObservedRunner } from '../../src/preview/observedRunner';
import { layOutSheet } from '../../src/preview/sheetLayout';

function small(): MemoryWorkbook {
  return MemoryWorkbook.fromGrid({
    sheets: [
      {
        name: '表1',
        merges: [{ top: 0, left: 0, bottom: 1, right: 2 }],
        hiddenRows: [3],
        rows: [[{ value: '部门预算收支总表' }], [], [{ value: '合计' }, { value: 334.5, numberFormat: '0.00' }]],
      },
    ],
  });
}

describe('layOutSheet', () => {
  it('draws a merge once with its span, skips hidden rows, shows formatted text and fills', () => {
    const wb = small();
    const sheet = wb.sheet('表1');
    sheet.setFill('B3', '#d9e1f2');
    const layout = layOutSheet(wb, sheet);
    expect(layout.rows).not.toContain(3);
    const first = layout.cells.get(0)!;
    expect(first[0]).toMatchObject({ col: 0, rowSpan: 2, colSpan: 3, text: '部门预算收支总表' });
    expect(first.map((c) => c.col)).not.toContain(1);
    expect(layout.cells.get(1)!.map((c) => c.col)).not.toContain(0);
    expect(layout.cells.get(2)![1]).toMatchObject({ text: '334.50', fill: '#D9E1F2' });
  });

  it('marks the selected cells and the active one when the selection is on the sheet', () => {
    const wb = small();
    const sheet = wb.sheet('表1');
    wb.selection = { sheetId: sheet.id, addresses: ['B3:C3'] };
    const row = layOutSheet(wb, sheet).cells.get(2)!;
    expect(row.filter((c) => c.selected).map((c) => c.col)).toEqual([1, 2]);
    expect(row.filter((c) => c.active).map((c) => c.col)).toEqual([1]);
  });
});

describe('loadWorkbookFile and the observed runner', () => {
  it('reads the sample with its own fills and redraws after every sync of a mark and a clear', async () => {
    const file = fs.readFileSync(path.join(__dirname, '../../assets/samples/sample-2024.xlsx'));
    const doc = await loadWorkbookFile(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength),
      'sample-2024.xlsx',
    );
    const sheet = doc.workbook.sheet('表10');
    expect(sheet.cell(115, 0)?.fill).toBe('#D9E1F2'); // A116 预算规模及资金用途, a header cell
    expect(doc.columnWidths.get('表10')?.length).toBeGreaterThan(0);

    let syncs = 0;
    const adapter = createWorkbookAdapter(createObservedRunner(doc.workbook, () => syncs++));
    const finding = {
      ruleId: 'x',
      family: 'hierarchy' as const,
      severity: 'error' as const,
      message: 'm',
      cells: [{ sheet: '表10', address: 'A116' }],
    };
    await adapter.markFindings([finding]);
    expect(syncs).toBeGreaterThan(0);
    expect(sheet.cell(115, 0)?.fill).toBe('#FFC7CE');
    const afterMark = syncs;
    await adapter.clearMarks();
    expect(syncs).toBeGreaterThan(afterMark);
    expect(sheet.cell(115, 0)?.fill).toBe('#D9E1F2');
  });
});
