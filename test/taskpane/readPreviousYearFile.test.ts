import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { writeXlsxBuffer } from '../../scripts/samples/writeXlsx';
import { PreviousYearFileError, readPreviousYearFile } from '../../src/taskpane/narrative/readPreviousYearFile';
import { previousYearData } from '../engine/narrative/previousYearData';

const arrayBufferOf = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('readPreviousYearFile', () => {
  test('reads last year’s 预算收支, 基本/项目支出 and 三公 from an .xlsx', async () => {
    const data = arrayBufferOf(await writeXlsxBuffer(layoutWorkbook(previousYearData())));
    const figures = await readPreviousYearFile(data, '2023.xlsx');
    expect(figures.year).toBe(2023);
    expect([figures.total, figures.basic, figures.project].map((d) => d?.toFixed(2))).toEqual([
      '514.74',
      '350.00',
      '164.74',
    ]);
    expect(figures.threePublic?.total.toFixed(2)).toBe('3.40');
  });

  test('a file that is not a workbook, or one without budget tables, says so in Chinese', async () => {
    const text = new TextEncoder().encode('not a workbook').buffer as ArrayBuffer;
    await expect(readPreviousYearFile(text, 'notes.xlsx')).rejects.toThrow(
      new PreviousYearFileError('无法读取 notes.xlsx：请选择 Excel 工作簿（.xlsx）文件。'),
    );
    const ExcelJS = (await import('exceljs')).default;
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1').getCell('A1').value = '备注';
    const bytes = arrayBufferOf(Buffer.from(await blank.xlsx.writeBuffer()));
    await expect(readPreviousYearFile(bytes, 'blank.xlsx')).rejects.toThrow(
      '在 blank.xlsx 中没有找到部门预算收支总表、支出总表或“三公”经费表，未读取上年数。',
    );
  });
});
