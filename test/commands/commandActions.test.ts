import { clearMarks, validateAndMark } from '../../src/commands/commandActions';
import { fakeAdapter, GRID, RESULT, resultWith } from '../taskpane/fakes';

test('validateAndMark reads, checks in normal mode, marks every finding and sums up in Chinese', async () => {
  const adapter = fakeAdapter();
  const check = jest.fn(() => RESULT);
  const text = await validateAndMark(adapter, check);
  expect(check).toHaveBeenCalledWith(GRID, { strict: false });
  expect(adapter.markFindings).toHaveBeenCalledWith(RESULT.findings);
  expect(text).toBe('校验完成：错误 1 项，提示 2 项，尾差/说明 1 项。已标记 4 个单元格，添加 4 条批注。');
});

test('validateAndMark marks nothing when the workbook holds no budget table', async () => {
  const adapter = fakeAdapter();
  const text = await validateAndMark(adapter, () => ({ ...resultWith([]), tables: [] }));
  expect(adapter.markFindings).not.toHaveBeenCalled();
  expect(text).toBe('未在工作簿中找到部门预算公开表格。');
});

test('clearMarks reports what was restored', async () => {
  expect(await clearMarks(fakeAdapter())).toBe('已恢复 3 个单元格的填充色，删除 2 条审核批注。');
});
