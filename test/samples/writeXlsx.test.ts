import ExcelJS from 'exceljs';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { combineVariants, PRESETS } from '../../scripts/samples/layoutVariant';
import { SEED_000 } from '../../scripts/samples/seed000';
import { writeXlsxBuffer } from '../../scripts/samples/writeXlsx';
import { rangeToA1 } from '../../src/engine/grid';

async function roundTrip(sample: ReturnType<typeof layoutWorkbook>): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsxBuffer(sample)) as unknown as ArrayBuffer);
  return wb;
}

describe('writeXlsx', () => {
  it('keeps sheets, values, number formats and merges', async () => {
    const sample = layoutWorkbook(SEED_000, PRESETS.standard);
    const wb = await roundTrip(sample);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sample.grid.sheets.map((s) => s.name));
    const income = wb.getWorksheet('表2')!;
    expect(income.getCell('A1').value).toBe('部门预算收入总表');
    expect(income.getCell('B8').value).toBe('20137');
    expect(income.getCell('D8').value).toBe(334.5);
    expect(income.getCell('D8').numFmt).toBe('0.00');
    expect(income.getCell('D8').border?.top?.style).toBe('thin');
    expect(income.getCell('A3').font?.bold).toBe(true);
    const merges = (income.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual(sample.grid.sheets[1].merges.map(rangeToA1).sort());
    expect(income.getColumn(3).width).toBeGreaterThan(income.getColumn(1).width ?? 0);
    const narrative = wb.getWorksheet('情况说明')!;
    expect(narrative.getCell('A1').value).toBe('第一部分  网信办2024年部门预算信息公开情况说明');
  });

  it('keeps formulas with their cached results, and text amounts as text', async () => {
    const sample = layoutWorkbook(SEED_000, combineVariants('formulas', 'textAmounts'));
    const wb = await roundTrip(sample);
    const income = wb.getWorksheet('表2')!;
    expect(income.getCell('D8').value).toEqual({ formula: 'SUM(D9:D11)', result: 334.5 });
    expect(typeof income.getCell('D9').value).toBe('string');
    const summary = wb.getWorksheet('表1')!;
    expect(summary.getCell('C37').value).toEqual({ formula: 'SUM(C6:C10)', result: 384.34 });
  });
});
