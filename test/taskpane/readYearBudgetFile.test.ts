import { promises as fs } from 'fs';
import * as path from 'path';
import { readYearBudgetFile, YearBudgetFileError } from '../../src/taskpane/budget/readYearBudgetFile';

const ROOT = path.join(__dirname, '../..');
const bytes = async (file: string): Promise<ArrayBuffer> => {
  const b = await fs.readFile(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('readYearBudgetFile (pane)', () => {
  test('reads a 预算 workbook into its figures in 万元', async () => {
    const figures = await readYearBudgetFile(
      await bytes(path.join(ROOT, 'assets/samples/sample-shanghai-2025.xlsx')),
      'yusuan.xlsx',
    );
    expect(figures.year).toBe(2025);
    expect(figures.source).toBe('yusuan.xlsx');
    expect(figures.general?.total?.value.toFixed(2)).toBe('9101.68');
    expect(figures.threePublic?.total?.value.toFixed(2)).toBe('867.50');
  });

  test('refuses a 决算 and a file that is no workbook, in Chinese', async () => {
    const final = await bytes(path.join(ROOT, '../shared/real/final/sh-putuo-czj-2024.xlsx'));
    await expect(readYearBudgetFile(final, 'juesuan.xlsx')).rejects.toThrow(
      new YearBudgetFileError('juesuan.xlsx：这是部门决算，不是部门预算；请选择同一年度的部门预算工作簿'),
    );
    const text = new TextEncoder().encode('not a workbook').buffer as ArrayBuffer;
    await expect(readYearBudgetFile(text, 'notes.xlsx')).rejects.toThrow(
      new YearBudgetFileError('无法读取 notes.xlsx：请选择 Excel 工作簿（.xlsx）文件。'),
    );
  });
});
