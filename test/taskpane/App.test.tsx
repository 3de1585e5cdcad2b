/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import type { WorkbookAdapter } from '../../src/excel/types';
import { App } from '../../src/taskpane/App';
import { ECONOMIC_WARNING, fakeAdapter, GRID, HIERARCHY_ERROR, RESULT, ROUNDING_INFO, UNIT_WARNING } from './fakes';
import { sampleResult } from './narrativeFixtures';

// On a busy 2-core machine running the whole suite a render can take longer than Testing Library's
// default second: wait up to 10 s (no sleeps; a passing wait returns at once).
configure({ asyncUtilTimeout: 10_000 });

function setup(adapter: WorkbookAdapter = fakeAdapter(), check = jest.fn((): CheckResult => RESULT)) {
  const user = userEvent.setup();
  render(<App adapter={adapter} check={check} theme={webLightTheme} />);
  return { user, adapter, check };
}

async function validate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: '校验工作簿' }));
  await screen.findByRole('region', { name: '问题清单' });
  // The commands are enabled again only when the check has finished, not when its list first renders.
  await waitFor(() => expect(screen.getByRole('button', { name: '校验工作簿' })).toBeEnabled());
}

/** The finding's clickable element, found by its message. */
function findingButton(message: string): HTMLElement {
  const el = screen.getByText(message).closest('[role="button"]');
  if (!(el instanceof HTMLElement)) throw new Error(`no finding button for ${message}`);
  return el;
}

describe('task pane', () => {
  test('validating reads the workbook, checks the grid and lists the findings by severity, then by table', async () => {
    const { user, adapter, check } = setup();
    expect(screen.getByText('尚未校验。单击“校验工作簿”开始。')).toBeInTheDocument();

    await validate(user);

    expect(adapter.readWorkbook).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith(GRID, { strict: false });

    // Issue 12.1: errors, then warnings, then 尾差, each by table; the 尾差 sit (folded) under their table.
    const expenditure = screen.getByRole('group', { name: '错误：部门预算支出总表' });
    expect(within(expenditure).getByText(HIERARCHY_ERROR.message)).toBeInTheDocument();
    expect(within(expenditure).queryByText(ECONOMIC_WARNING.message)).not.toBeInTheDocument();
    const rounding = screen.getByRole('group', { name: '尾差/说明：部门预算支出总表' });
    expect(within(rounding).getByText(ROUNDING_INFO.message)).toBeInTheDocument();

    const basic = screen.getByRole('group', { name: '提示：一般公共预算财政拨款基本支出表' });
    expect(within(basic).getByText(ECONOMIC_WARNING.message)).toBeInTheDocument();

    const other = screen.getByRole('group', { name: '提示：工作簿/其他' });
    expect(within(other).getByText(UNIT_WARNING.message)).toBeInTheDocument();

    // expected / actual / 差额 = actual − expected
    expect(
      within(findingButton(HIERARCHY_ERROR.message)).getByText(/应为 340\.51.*实为 334\.50.*差额 -6\.01/),
    ).toBeInTheDocument();
    expect(within(findingButton(ROUNDING_INFO.message)).getByText(/差额 \+0\.01/)).toBeInTheDocument();
  });

  test('shows the counts by severity and the overview with missing tables', async () => {
    const { user } = setup();
    await validate(user);

    const counts = screen.getByRole('group', { name: '问题统计' });
    expect(within(counts).getByText('错误 1')).toBeInTheDocument();
    expect(within(counts).getByText('提示 2')).toBeInTheDocument();
    expect(within(counts).getByText('尾差/说明 1')).toBeInTheDocument();

    const overview = screen.getByRole('region', { name: '工作簿概况' });
    expect(within(overview).getByText(/224网信办/)).toBeInTheDocument();
    expect(within(overview).getByText(/2024/)).toBeInTheDocument();
    const basicRow = within(overview).getByRole('rowheader', { name: '一般公共预算财政拨款基本支出表' }).closest('tr');
    expect(basicRow).toHaveTextContent('基本支出');
    const procurementRow = within(overview).getByRole('rowheader', { name: '部门政府采购预算表' }).closest('tr');
    expect(procurementRow).toHaveTextContent('缺失');
  });

  test('the filters narrow the list', async () => {
    const { user } = setup();
    await validate(user);

    await user.selectOptions(screen.getByRole('combobox', { name: '级别' }), 'warning');
    expect(screen.queryByText(HIERARCHY_ERROR.message)).not.toBeInTheDocument();
    expect(screen.queryByText(ROUNDING_INFO.message)).not.toBeInTheDocument();
    expect(screen.getByText(ECONOMIC_WARNING.message)).toBeInTheDocument();
    expect(screen.getByText(UNIT_WARNING.message)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '表格' }), 'none');
    expect(screen.queryByText(ECONOMIC_WARNING.message)).not.toBeInTheDocument();
    expect(screen.getByText(UNIT_WARNING.message)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '审核类别' }), 'economic');
    expect(screen.queryByText(UNIT_WARNING.message)).not.toBeInTheDocument();
    expect(screen.getByText('没有符合筛选条件的问题。')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '级别' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: '表格' }), 'expenditure');
    await user.selectOptions(screen.getByRole('combobox', { name: '审核类别' }), 'hierarchy');
    expect(screen.getByText(HIERARCHY_ERROR.message)).toBeInTheDocument();
    expect(screen.getByText(ROUNDING_INFO.message)).toBeInTheDocument();
    expect(screen.queryByText(ECONOMIC_WARNING.message)).not.toBeInTheDocument();
  });

  test('a click or Enter on a finding selects its cells', async () => {
    const { user, adapter } = setup();
    await validate(user);

    await user.click(screen.getByText(HIERARCHY_ERROR.message));
    expect(adapter.selectCells).toHaveBeenLastCalledWith(HIERARCHY_ERROR.cells);

    findingButton(ECONOMIC_WARNING.message).focus();
    await user.keyboard('{Enter}');
    expect(adapter.selectCells).toHaveBeenLastCalledWith(ECONOMIC_WARNING.cells);
    expect(adapter.selectCells).toHaveBeenCalledTimes(2);
  });

  test('an adapter that rejects shows a Chinese message and the pane stays usable', async () => {
    const adapter = fakeAdapter();
    adapter.readWorkbook.mockRejectedValueOnce(
      Object.assign(new Error('The operation cannot be performed in cell edit mode.'), {
        code: 'InvalidOperationInCellEditMode',
      }),
    );
    const { user, check } = setup(adapter);

    await user.click(screen.getByRole('button', { name: '校验工作簿' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('单元格正在编辑，请先按 Enter 或 Esc 结束编辑。');
    expect(check).not.toHaveBeenCalled();
    const validateButton = screen.getByRole('button', { name: '校验工作簿' });
    expect(validateButton).toBeEnabled();
    expect(screen.getByRole('button', { name: '清除标记' })).toBeEnabled();

    // Retrying works and clears the message.
    await validate(user);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(HIERARCHY_ERROR.message)).toBeInTheDocument();
  });

  test('a failing selection keeps the findings and explains in Chinese', async () => {
    const adapter = fakeAdapter();
    adapter.selectCells.mockRejectedValueOnce(Object.assign(new Error('not found'), { code: 'ItemNotFound' }));
    const { user } = setup(adapter);
    await validate(user);

    await user.click(screen.getByText(UNIT_WARNING.message));

    expect(await screen.findByRole('alert')).toHaveTextContent('找不到对应的工作表或单元格');
    expect(screen.getByText(UNIT_WARNING.message)).toBeInTheDocument();
  });

  test('strict mode re-checks the grid already read', async () => {
    const { user, adapter, check } = setup();
    await validate(user);

    await user.click(screen.getByRole('switch', { name: '严格模式：尾差按错误处理' }));

    await waitFor(() => expect(check).toHaveBeenLastCalledWith(GRID, { strict: true }));
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(1);
  });

  test('mark, clear and export go through the adapter and report what they did', async () => {
    const { user, adapter } = setup();
    await validate(user);

    await user.click(screen.getByRole('button', { name: '标记单元格' }));
    // Issue 12.3: with the progress callback and the cancel signal.
    expect(adapter.markFindings).toHaveBeenCalledWith(
      RESULT.findings,
      expect.objectContaining({ signal: expect.objectContaining({ aborted: false }) }),
    );
    expect(await screen.findByText(/已标记 4 个单元格/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除标记' }));
    expect(adapter.clearMarks).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/已恢复 3 个单元格的填充色，删除 2 条审核批注/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '导出报告' }));
    expect(adapter.writeReport).toHaveBeenCalledWith(RESULT);
    expect(await screen.findByText(/校验报告/)).toBeInTheDocument();
  });

  test('mark and export wait for a check', () => {
    setup();
    expect(screen.getByRole('button', { name: '标记单元格' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '导出报告' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '清除标记' })).toBeEnabled();
  });
});

describe('task pane tabs', () => {
  // The fake findings (a short list renders fast) over the sample's real tables, which the tab writes from.
  const SAMPLE: CheckResult = { ...RESULT, workbook: sampleResult().workbook };

  test('审核 is shown first; 生成说明 loads when opened and writes from the last 校验', async () => {
    const { user, adapter } = setup(
      fakeAdapter(),
      jest.fn((): CheckResult => SAMPLE),
    );
    expect(screen.getByRole('tab', { name: '审核' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('region', { name: '1、收入说明' })).not.toBeInTheDocument();
    await validate(user);

    await user.click(screen.getByRole('tab', { name: '生成说明' }));
    expect(await screen.findByRole('region', { name: '1、收入说明' })).toHaveTextContent('384.34万元');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('生成说明');
    expect(screen.queryByRole('button', { name: '校验工作簿' })).not.toBeInTheDocument();
    // The workbook the 校验 read: not read again.
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(1);
  });

  test('the tabs work from the keyboard and keep what was typed', async () => {
    const { user } = setup(
      fakeAdapter(),
      jest.fn((): CheckResult => SAMPLE),
    );
    await validate(user);
    // Tab stops on the tab list; Enter opens the focused tab (jsdom has no layout for the arrow-key mover).
    screen.getByRole('tab', { name: '生成说明' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: '生成说明' })).toHaveAttribute('aria-selected', 'true');
    const total = await screen.findByRole('textbox', { name: '上年预算总额' });
    // The sample's 情况说明 fills the field (514.74, 取自原说明): type another figure over it.
    await user.clear(total);
    await user.type(total, '500');

    await user.click(screen.getByRole('tab', { name: '审核' }));
    expect(screen.getByRole('button', { name: '校验工作簿' })).toBeVisible();
    await user.click(screen.getByRole('tab', { name: '生成说明' }));
    expect(screen.getByRole('textbox', { name: '上年预算总额' })).toHaveValue('500');
  });

  test('after an insert, 重新校验 goes back to 审核 and checks the workbook again', async () => {
    const { user, adapter, check } = setup(
      fakeAdapter(),
      jest.fn((): CheckResult => SAMPLE),
    );
    await validate(user);
    await user.click(screen.getByRole('tab', { name: '生成说明' }));
    await user.click(await screen.findByRole('button', { name: '插入到“情况说明”工作表' }));
    await user.click(await screen.findByRole('button', { name: '重新校验' }));

    expect(screen.getByRole('tab', { name: '审核' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(2);
    expect(adapter.insertNarrative).toHaveBeenCalledTimes(1);
  });
});
