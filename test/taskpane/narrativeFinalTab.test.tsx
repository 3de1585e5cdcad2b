/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import NarrativeTab from '../../src/taskpane/narrative/NarrativeTab';
import { czjWorkbook } from '../engine/narrative/final/czjTables';
import { fakeAdapter } from './fakes';

// A busy machine renders slowly: wait longer than Testing Library's default second, never sleep.
configure({ asyncUtilTimeout: 10_000 });

/** A checked 决算 workbook: the 财政局 2024 tables, its 情况说明 stating last year's 收入支出总计 change. */
function finalResult(): CheckResult {
  const workbook = czjWorkbook([
    '第三部分 上海市普陀区财政局2024年度部门决算情况说明',
    '上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：略。',
  ]);
  // Only what the tab reads of a check result: the workbook and its year.
  return { template: 'shanghai-final', document: 'final', year: 2024, workbook } as unknown as CheckResult;
}

function setup() {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <NarrativeTab adapter={fakeAdapter()} result={finalResult()} onRevalidate={jest.fn()} />
    </FluentProvider>,
  );
  return { user };
}

const region = (heading: string) => screen.getByRole('region', { name: heading });
const field = (label: string) => screen.getByRole('textbox', { name: label });

describe('生成说明 tab on a 决算 workbook', () => {
  test('previews sections 一 to 十一 and asks for last year’s 决算数 and this year’s 年初预算', () => {
    setup();
    expect(screen.getByRole('region', { name: '上年决算数及本年年初预算（万元）' })).toBeInTheDocument();
    for (const label of [
      '收入支出总计',
      '财政拨款收入支出总计',
      '一般公共预算财政拨款支出',
      '“三公”经费合计',
      '公务用车购置及运行维护费',
      '机关运行经费',
      '本年年初预算：一般公共预算财政拨款支出',
    ])
      expect(field(label)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '上年预算总额' })).not.toBeInTheDocument();
    // Last year's 总计 from the text's own statement, marked as such.
    expect(field('收入支出总计')).toHaveValue('3052.34');
    expect(field('收入支出总计')).toHaveAccessibleDescription('取自原说明');
    expect(region('一、收入支出决算总体情况说明')).toHaveTextContent('收入支出总计减少56.95万元，下降1.87%');
    expect(region('六、一般公共预算财政拨款基本支出决算情况说明')).toHaveTextContent('人员经费2152.26万元');
    expect(region('十、预算绩效管理情况')).toHaveTextContent('【请填写】');
  });

  test('a typed 年初预算 and 机关运行经费 become the completion rate and the change', async () => {
    const { user } = setup();
    const items = () => region('（三）一般公共预算财政拨款支出决算具体情况');
    expect(items()).toHaveTextContent('年初预算为【请填写】万元');
    await user.type(field('本年年初预算：一般公共预算财政拨款支出'), '2993.92');
    expect(items()).toHaveTextContent(
      '年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数',
    );
    await user.type(field('机关运行经费'), '182.10');
    expect(region('十一、其他重要事项的情况说明 （一）机关运行经费支出情况')).toHaveTextContent(
      '机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。',
    );
  });
});
