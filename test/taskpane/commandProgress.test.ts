import { validateAndMark } from '../../src/commands/commandActions';
import { fakeAdapter, RESULT } from './fakes';

test('校验工作簿 from the ribbon reports 读取, 核对 and 标记 to its dialog, and passes the cancel on', async () => {
  const adapter = fakeAdapter();
  const labels: string[] = [];
  const signal = { aborted: false };
  const onProgress = (p: { label: string }) => labels.push(p.label);
  await validateAndMark(adapter, () => RESULT, { onProgress, signal });
  expect(labels).toEqual(['正在读取 表3（1/2）', '正在核对勾稽关系…']);
  expect(adapter.readWorkbook).toHaveBeenCalledWith(onProgress, signal);
  expect(adapter.markFindings).toHaveBeenCalledWith(RESULT.findings, { onProgress, signal });
});

test('a cancel from the dialog during the read stops before the check: nothing is marked', async () => {
  const adapter = fakeAdapter();
  const signal = { aborted: false };
  adapter.readWorkbook.mockImplementationOnce(async () => {
    signal.aborted = true;
    return { source: 'x.xlsx', sheets: [] };
  });
  const check = jest.fn(() => RESULT);
  await expect(validateAndMark(adapter, check, { signal })).rejects.toMatchObject({ code: 'Cancelled' });
  expect(check).not.toHaveBeenCalled();
  expect(adapter.markFindings).not.toHaveBeenCalled();
});
