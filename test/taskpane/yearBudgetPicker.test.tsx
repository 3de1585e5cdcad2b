/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Decimal from 'decimal.js';
import type { YearBudgetFigures } from '../../src/engine/budgetVsFinal/types';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import { App } from '../../src/taskpane/App';
import { YearBudgetPicker, type ReadYearBudget } from '../../src/taskpane/budget/YearBudgetPicker';
import { fakeAdapter, RESULT } from './fakes';

configure({ asyncUtilTimeout: 10_000 });

const FIGURES: YearBudgetFigures = {
  year: 2024,
  source: 'yusuan-2024.xlsx',
  general: { total: { value: new Decimal('2993.92') }, byCode: new Map() },
  threePublic: { total: { value: new Decimal('0.95') } },
};

function xlsx(name: string): File {
  const file = new File(['xlsx'], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => new ArrayBuffer(4) });
  return file;
}

const reader = () => jest.fn<ReturnType<ReadYearBudget>, Parameters<ReadYearBudget>>();

describe('选择同年预算文件', () => {
  test('reads the 预算 and says what it read; a wrong file says why and the picker stays usable', async () => {
    const user = userEvent.setup();
    const readBudget = reader()
      .mockResolvedValueOnce(FIGURES)
      .mockRejectedValueOnce(new Error('juesuan.xlsx：这是部门决算，不是部门预算；请选择同一年度的部门预算工作簿'));
    let budget: YearBudgetFigures | undefined;
    const onBudget = jest.fn((b: YearBudgetFigures | undefined) => (budget = b));
    const { rerender } = render(
      <FluentProvider theme={webLightTheme}>
        <YearBudgetPicker onBudget={onBudget} readBudget={readBudget} />
      </FluentProvider>,
    );
    await user.upload(screen.getByLabelText('选择同年预算文件'), xlsx('yusuan-2024.xlsx'));
    await waitFor(() => expect(onBudget).toHaveBeenCalledWith(FIGURES));
    expect(readBudget).toHaveBeenCalledWith(expect.any(ArrayBuffer), 'yusuan-2024.xlsx');
    rerender(
      <FluentProvider theme={webLightTheme}>
        <YearBudgetPicker budget={budget} onBudget={onBudget} readBudget={readBudget} />
      </FluentProvider>,
    );
    expect(
      screen.getByText('已读取 2024 年预算：一般公共预算财政拨款支出 2993.92 万元，“三公”经费 0.95 万元'),
    ).toBeInTheDocument();

    await user.upload(screen.getByLabelText('选择同年预算文件'), xlsx('juesuan.xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('juesuan.xlsx：这是部门决算，不是部门预算');
    // The figures read before stay; the picker can be used again.
    expect(onBudget).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('选择同年预算文件')).toBeEnabled();
  });

  test('in 审核 of a 决算 only; a file that cannot be read leaves the pane usable and the check as it was', async () => {
    const user = userEvent.setup();
    const final: CheckResult = { ...RESULT, document: 'final', template: 'shanghai-final' };
    const check = jest.fn((): CheckResult => final);
    render(<App adapter={fakeAdapter()} check={check} theme={webLightTheme} />);
    // No picker before a 决算 has been checked.
    expect(screen.queryByLabelText('选择同年预算文件')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '校验工作簿' }));
    const picker = await screen.findByLabelText('选择同年预算文件');
    expect(check).toHaveBeenLastCalledWith(expect.anything(), { strict: false });

    // The real (lazily loaded) reader cannot read these bytes: an alert, and the pane keeps working.
    await user.upload(picker, xlsx('bad.xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('无法读取 bad.xlsx：请选择 Excel 工作簿（.xlsx）文件。');
    expect(screen.getByRole('button', { name: '校验工作簿' })).toBeEnabled();
    expect(check).toHaveBeenCalledTimes(1);
  });
});
