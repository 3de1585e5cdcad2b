import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf, tablesOf } from '../../../src/engine/tables/types';
import type { SheetGrid, WorkbookGrid } from '../../../src/engine/grid';
import { sheetFromBlocks, workbookOf } from '../../helpers/gridFromRows';
import {
  assetsBlock,
  expenditureBlock,
  functionalBlock,
  GENERAL_DATA,
  incomeBlock,
  narrativeBlock,
  procurementBlock,
  threePublicBlock,
} from './seedTables';

describe('recognizeWorkbook', () => {
  it('reads two tables stacked on one sheet, each ending before the next title', () => {
    const sheet = sheetFromBlocks('Sheet1', [incomeBlock('B3'), expenditureBlock('B27')]);
    const wb = recognizeWorkbook(workbookOf(sheet));
    const income = tableOf(wb, 'income')!;
    const expenditure = tableOf(wb, 'expenditure')!;
    expect(income.range.bottom).toBe(2 + 4 + 16);
    expect(income.rows).toHaveLength(15);
    expect(expenditure.range.top).toBe(26);
    expect(expenditure.total?.values.project?.value.toFixed(2)).toBe('27.23');
  });

  it('recognizes tables by title whatever the sheet is called, and agrees on unit, year and measure', () => {
    const wb = recognizeWorkbook(
      workbookOf(
        sheetFromBlocks('1部门预算收入总表', [incomeBlock('A1', '表2 部门预算收入总表')]),
        sheetFromBlocks('Sheet7', [functionalBlock('2024年一般公共预算财政拨款支出表', GENERAL_DATA)]),
        sheetFromBlocks('表9', [threePublicBlock('D5', '财政拨款"三公"经费支出表')]),
      ),
    );
    expect(wb.tables.map((t) => [t.kind, t.sheet])).toEqual([
      ['income', '1部门预算收入总表'],
      ['general_budget_expenditure', 'Sheet7'],
      ['three_public', '表9'],
    ]);
    expect([wb.unitName, wb.year, wb.measure]).toEqual(['224网信办', 2024, '万元']);
  });

  it('reads the 三公 rows by label, including the indented vehicle items', () => {
    const t = tableOf(recognizeWorkbook(workbookOf(sheetFromBlocks('s', [threePublicBlock('B2')]))), 'three_public')!;
    expect(Object.keys(t.rows).sort()).toEqual([
      'outbound',
      'reception',
      'total',
      'vehicle',
      'vehicleOps',
      'vehiclePurchase',
    ]);
    expect(t.rows.vehicleOps?.values.general?.value.toFixed(2)).toBe('2.40');
    expect(t.rows.vehiclePurchase?.values.total?.amount.kind).toBe('blank');
    expect(t.rows.total?.values.total?.cell.address).toBe('D7');
  });

  it('reads the assets table: 数量 apart from 价值, only 价值 as amounts, 截止时间 and 金额单位', () => {
    const t = tableOf(recognizeWorkbook(workbookOf(sheetFromBlocks('资产', [assetsBlock()]))), 'assets')!;
    expect(t.rows.total?.value?.value.toFixed(2)).toBe('40.20');
    expect(t.rows.vehicle?.quantity?.value.toString()).toBe('1');
    expect(t.rows.officeBuilding?.label.text).toContain('办公用房');
    expect(t.rows.other?.value?.value.toFixed(2)).toBe('29.10');
    expect(t.allFigures).toHaveLength(6);
    expect(t.asOf?.text).toBe('2023-12-31');
    expect(t.meta.measure?.text).toBe('万元');
  });

  it('reads an empty procurement table with its note', () => {
    const t = tableOf(recognizeWorkbook(workbookOf(sheetFromBlocks('采购', [procurementBlock()]))), 'procurement')!;
    expect(t.empty).toBe(true);
    expect(t.rows).toHaveLength(0);
    expect(t.emptyNote?.text).toBe('注：无政府采购预算，空表列示。');
  });

  it('reads procurement rows and their total from the 金额 合计 column', () => {
    const block = procurementBlock();
    block.rows.splice(
      4,
      3,
      ['网络设备维护', '0.80', '交换机', 'A02', '台', 2, '0.40', '0.80', '0.80'],
      ['合计', '', '', '', '', '', '', '0.80'],
    );
    const t = tableOf(recognizeWorkbook(workbookOf(sheetFromBlocks('采购', [block]))), 'procurement')!;
    expect(t.rows.map((r) => [r.label.text, r.amount.value.toFixed(2), r.amount.cell.address])).toEqual([
      ['网络设备维护', '0.80', 'H5'],
    ]);
    expect(t.total?.amount.value.toFixed(2)).toBe('0.80');
    expect(t.empty).toBe(false);
  });

  it('reads the narrative paragraphs in order', () => {
    const t = tableOf(recognizeWorkbook(workbookOf(sheetFromBlocks('情况说明', [narrativeBlock('A2')]))), 'narrative')!;
    expect(t.paragraphs.map((p) => p.text)).toEqual([
      '一、部门职责及机构设置情况',
      '2024年预算收入384.34万元，其中：一般公共预算收入384.34万元。',
      '三、机关运行经费安排情况',
      '2024年，我部门机关运行经费共计安排24.79万元。',
    ]);
    expect(t.paragraphs[1].cell.address).toBe('A4');
  });

  it('reads hidden rows like any other', () => {
    const sheet = sheetFromBlocks('s', [expenditureBlock()], [7]);
    expect(tableOf(recognizeWorkbook(workbookOf(sheet)), 'expenditure')!.rows[2].code).toBe('2013701');
  });

  it('never throws on odd input and leaves unreadable tables out', () => {
    const odd: SheetGrid = {
      name: 'odd',
      rows: [[{ value: '部门预算支出总表' }], undefined, [{ value: '#REF!', error: '#REF!' }], [{ value: true }]],
      merges: [{ top: 5, left: 5, bottom: 2, right: 1 }],
    };
    const broken = { sheets: [odd, { name: 'x' } as unknown as SheetGrid] } as WorkbookGrid;
    const wb = recognizeWorkbook(broken);
    expect(tablesOf(wb, 'expenditure')).toHaveLength(0);
    expect(recognizeWorkbook({} as WorkbookGrid).tables).toEqual([]);
  });
});
