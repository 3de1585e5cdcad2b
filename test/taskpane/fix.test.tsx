/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import type { Finding, FindingFix } from '../../src/engine/findings';
import type { WorkbookAdapter } from '../../src/excel/types';
import { App } from '../../src/taskpane/App';
import { ECONOMIC_WARNING, fakeAdapter, HIERARCHY_ERROR, resultWith, UNIT_WARNING } from './fakes';

configure({ asyncUtilTimeout: 10_000 });

const TOTAL_FIX: FindingFix = { cell: { sheet: '表3', address: 'D6' }, value: '340.51' };
const OFFICE_FIX: FindingFix = { cell: { sheet: '基本支出', address: 'E9' }, value: '0' };
const UNIT_FIX: FindingFix = {
  cell: { sheet: '表1', address: 'A2' },
  value: '网信办',
  text: '单位：网信办',
  cellText: '单位：网信办',
};
const WITH_FIXES: Finding[] = [
  { ...HIERARCHY_ERROR, fix: TOTAL_FIX },
  { ...ECONOMIC_WARNING, fix: OFFICE_FIX },
  { ...UNIT_WARNING, fix: UNIT_FIX },
];
const RESULT = resultWith(WITH_FIXES);

function setup(adapter: jest.Mocked<WorkbookAdapter> = fakeAdapter()) {
  const user = userEvent.setup();
  const check = jest.fn((): CheckResult => RESULT);
  render(<App adapter={adapter} check={check} theme={webLightTheme} />);
  return { user, adapter, check };
}

async function validate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: '校验工作簿' }));
  await screen.findByRole('region', { name: '问题清单' });
  await waitFor(() => expect(screen.getByRole('button', { name: '校验工作簿' })).toBeEnabled());
}

const suggestion = (text: string) => screen.getByRole('group', { name: text });

describe('修正 in the pane', () => {
  test('a finding with a fix shows the suggestion and a 修正 button; nothing is written before a click', async () => {
    const { user, adapter } = setup();
    await validate(user);
    const total = suggestion('建议：将 表3!D6 改为 340.51');
    expect(within(total).getByText('建议：将 表3!D6 改为 340.51')).toBeInTheDocument();
    expect(within(total).getByRole('button', { name: '修正' })).toBeEnabled();
    expect(
      within(suggestion('建议：将 表1!A2 改为 网信办')).getByText('修正后的文字：单位：网信办'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '修正' })).toHaveLength(3);
    // The suggestion is not inside the finding's select button.
    expect(total.closest('[role="button"]')).toBeNull();
    expect(adapter.applyFixes).not.toHaveBeenCalled();
    expect(adapter.undoFixes).not.toHaveBeenCalled();
  });

  test('修正 writes exactly that fix, then re-checks', async () => {
    const { user, adapter, check } = setup();
    await validate(user);
    await user.click(within(suggestion('建议：将 表3!D6 改为 340.51')).getByRole('button', { name: '修正' }));
    await screen.findByText(/已修正 1 个单元格并重新校验/);
    expect(adapter.applyFixes).toHaveBeenCalledTimes(1);
    expect(adapter.applyFixes).toHaveBeenCalledWith([TOTAL_FIX]);
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(2);
    expect(check).toHaveBeenCalledTimes(2);
    expect(adapter.selectCells).not.toHaveBeenCalled();
  });

  test('全部修正 lists every fix of the current filter and writes them only after 确认; 取消 writes nothing', async () => {
    const { user, adapter } = setup();
    await validate(user);
    await user.selectOptions(screen.getByRole('combobox', { name: '级别' }), 'warning');
    await user.click(screen.getByRole('button', { name: '全部修正' }));
    let confirm = screen.getByRole('alertdialog', { name: '修正以下 2 个单元格？' });
    expect(within(confirm).getByText('基本支出!E9 改为 0')).toBeInTheDocument();
    expect(within(confirm).getByText('表1!A2 改为 网信办')).toBeInTheDocument();
    expect(within(confirm).queryByText(/表3!D6/)).not.toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(adapter.applyFixes).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '全部修正' }));
    confirm = screen.getByRole('alertdialog', { name: '修正以下 2 个单元格？' });
    await user.click(within(confirm).getByRole('button', { name: '全部修正' }));
    await screen.findByText(/已修正 2 个单元格并重新校验/);
    expect(adapter.applyFixes).toHaveBeenCalledWith([OFFICE_FIX, UNIT_FIX]);
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(2);
  });

  test('a refused formula cell keeps its suggestion with the reason to correct the formula', async () => {
    const adapter = fakeAdapter();
    const reason = '表3!D6 是公式单元格（=SUM(D7:D9)），未修改：请修改公式或其引用的单元格，使其结果为 340.51。';
    adapter.applyFixes.mockResolvedValueOnce({ applied: [], refused: [{ fix: TOTAL_FIX, reason, formula: true }] });
    const { user } = setup(adapter);
    await validate(user);
    await user.click(within(suggestion('建议：将 表3!D6 改为 340.51')).getByRole('button', { name: '修正' }));
    await screen.findByText(`1 处未修正：${reason}`);
    const total = suggestion('建议：将 表3!D6 改为 340.51');
    expect(within(total).getByRole('note')).toHaveTextContent(reason);
    expect(within(total).getByRole('button', { name: '修正' })).toBeEnabled();
    // Nothing was written: no re-check.
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(1);
  });

  test('撤销修正 restores through the adapter and re-checks; says what stayed and when there is nothing', async () => {
    const adapter = fakeAdapter();
    adapter.undoFixes.mockResolvedValueOnce({
      restored: [{ sheet: '表3', address: 'D6' }],
      changed: [{ sheet: '表3', address: 'D7' }],
      kept: 0,
    });
    const { user } = setup(adapter);
    await validate(user);
    await user.click(screen.getByRole('button', { name: '撤销修正' }));
    await screen.findByText(/已撤销 1 处修正.*1 个单元格在修正后又被修改过，保留现有内容：表3!D7/);
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: '撤销修正' }));
    await screen.findByText('工作簿中没有可撤销的修正。');
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(2);
  });

  test('a failed write gives a Chinese error and the pane stays usable', async () => {
    const adapter = fakeAdapter();
    adapter.applyFixes.mockRejectedValueOnce(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }));
    const { user } = setup(adapter);
    await validate(user);
    await user.click(within(suggestion('建议：将 表3!D6 改为 340.51')).getByRole('button', { name: '修正' }));
    await screen.findByText('单元格正在编辑，请先按 Enter 或 Esc 结束编辑。');
    expect(screen.getByRole('button', { name: '校验工作簿' })).toBeEnabled();
    await user.click(within(suggestion('建议：将 表3!D6 改为 340.51')).getByRole('button', { name: '修正' }));
    await screen.findByText(/已修正 1 个单元格/);
  });

  test('全部修正 is disabled when no finding of the filter has a fix', async () => {
    const adapter = fakeAdapter();
    const user = userEvent.setup();
    render(<App adapter={adapter} check={() => resultWith([HIERARCHY_ERROR])} theme={webLightTheme} />);
    await validate(user);
    expect(screen.getByRole('button', { name: '全部修正' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '修正' })).not.toBeInTheDocument();
  });
});
