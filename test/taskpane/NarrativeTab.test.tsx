/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Decimal from 'decimal.js';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import { toA1 } from '../../src/engine/grid';
import { generateNarrative, NARRATIVE_SECTION_IDS } from '../../src/engine/narrative';
import { NARRATIVE_BLOCK_ROWS } from '../../src/engine/narrative/narrativeBlock';
import { NarrativeInsertError } from '../../src/excel/insertNarrative';
import type { WorkbookAdapter } from '../../src/excel/types';
import NarrativeTab from '../../src/taskpane/narrative/NarrativeTab';
import type { ReadPreviousYear } from '../../src/taskpane/narrative/useNarrativeSession';
import { fakeAdapter } from './fakes';
import { sampleGrid, sampleResult, sampleWithBlock, sampleWithoutStatements } from './narrativeFixtures';

// A busy machine renders slowly: wait longer than Testing Library's default second, never sleep.
configure({ asyncUtilTimeout: 10_000 });

const RESULT = sampleResult();

interface SetupOptions {
  adapter?: jest.Mocked<WorkbookAdapter>;
  result?: CheckResult;
  readPreviousYear?: ReadPreviousYear;
}

function setup({ adapter = fakeAdapter(), result = RESULT, readPreviousYear }: SetupOptions = {}) {
  const user = userEvent.setup();
  const onRevalidate = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <NarrativeTab adapter={adapter} result={result} onRevalidate={onRevalidate} readPreviousYear={readPreviousYear} />
    </FluentProvider>,
  );
  return { user, adapter, onRevalidate };
}

/** A generated section's preview, by its heading '3、比上年增减情况'. */
function section(title: string): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^\\d、${title}$`) });
}

const field = (label: string) => screen.getByRole('textbox', { name: label });

/** The sample's 情况说明 states '较2023年预算减少130.4万元': 2023's total as the pane takes it from there. */
const STATED = { year: 2023, total: new Decimal('514.74') };

describe('生成说明 tab', () => {
  test('previews every section generated from the checked workbook, with its notes', () => {
    setup();
    const expected = generateNarrative(RESULT.workbook, { previous: STATED });
    expect(expected.map((s) => s.id)).toEqual([...NARRATIVE_SECTION_IDS]);
    for (const [i, s] of expected.entries()) {
      const region = screen.getByRole('region', { name: `${i + 1}、${s.title}` });
      expect(region).toHaveTextContent(s.text);
      for (const note of s.notes) expect(within(region).getByText(note)).toBeInTheDocument();
    }
    expect(section('收入说明')).toHaveTextContent('2024年预算收入384.34万元');
    expect(section('比上年增减情况')).toHaveTextContent('较2023年预算减少130.40万元');
  });

  test('without a previous-year workbook, last year’s total is taken from the 情况说明, marked and editable', async () => {
    const { user } = setup();
    const total = field('上年预算总额');
    expect(total).toHaveValue('514.74');
    expect(total).toHaveAccessibleDescription('取自原说明');
    // Only the field the 情况说明 states is filled.
    expect(field('基本支出')).toHaveValue('');
    expect(field('基本支出')).not.toHaveAccessibleDescription('取自原说明');
    expect(screen.getAllByText('取自原说明')).toHaveLength(1);
    expect(section('比上年增减情况')).toHaveTextContent(
      '2024年预算收支安排384.34万元，较2023年预算减少130.40万元。（缺少2023年或本年的基本支出、项目支出预算数',
    );

    // Editing the field makes it the user's: the mark goes, the text follows what was typed.
    await user.clear(total);
    await user.type(total, '500');
    expect(total).toHaveValue('500');
    expect(total).not.toHaveAccessibleDescription('取自原说明');
    expect(screen.queryByText('取自原说明')).not.toBeInTheDocument();
    expect(section('比上年增减情况')).toHaveTextContent('较2023年预算减少115.66万元');

    // A field the user emptied stays empty.
    await user.clear(total);
    expect(total).toHaveValue('');
    expect(section('比上年增减情况')).toHaveTextContent('缺少2023年预算数');
  });

  test('a 情况说明 that states no change on last year fills nothing', () => {
    setup({ result: sampleResult(sampleWithoutStatements()) });
    expect(field('上年预算总额')).toHaveValue('');
    expect(screen.queryByText('取自原说明')).not.toBeInTheDocument();
    expect(section('比上年增减情况')).toHaveTextContent('缺少2023年预算数');
  });

  test('typed last-year figures state the change on last year', async () => {
    const { user } = setup();
    // The total taken from the 情况说明 is replaced by the typed one.
    await user.clear(field('上年预算总额'));
    await user.type(field('上年预算总额'), '514.74');
    await user.type(field('基本支出'), '350');
    await user.type(field('项目支出'), '164.74');

    const change = section('比上年增减情况');
    expect(change).toHaveTextContent(
      '2024年预算收支安排384.34万元，较2023年预算减少130.40万元，其中：基本支出增加7.11万元，项目支出减少137.51万元。主要原因是【请填写原因】。',
    );

    // 三公: only with the total and all four items.
    await user.type(field('“三公”经费合计'), '3.40');
    expect(screen.getByText('“三公”经费需填写合计及全部四项，才能说明增减。')).toBeInTheDocument();
    await user.type(field('因公出国（境）费'), '0');
    await user.type(field('公务用车购置费'), '0');
    await user.type(field('公务用车运行维护费'), '2.90');
    await user.type(field('公务接待费'), '0.50');
    expect(screen.queryByText('“三公”经费需填写合计及全部四项，才能说明增减。')).not.toBeInTheDocument();
    expect(section('财政拨款“三公”经费预算情况及增减变化原因')).toHaveTextContent(
      '与2023年相比，“三公”经费减少1.00万元，其中：因公出国（境）费与上年持平；公务用车购置及运维费减少0.50万元',
    );
  });

  test('a bad amount gets a Chinese message and is left out of the text', async () => {
    const { user } = setup();
    await user.clear(field('上年预算总额'));
    await user.type(field('上年预算总额'), '514.74');
    await user.type(field('基本支出'), '三百五十');
    await user.type(field('项目支出'), '1647400元');

    expect(screen.getByText('请输入金额（万元），如 384.34。')).toBeInTheDocument();
    expect(screen.getByText('请以万元填写，不要以元为单位。')).toBeInTheDocument();
    expect(field('基本支出')).toHaveAttribute('aria-invalid', 'true');
    const change = section('比上年增减情况');
    expect(change).toHaveTextContent('较2023年预算减少130.40万元');
    expect(change).toHaveTextContent('缺少2023年或本年的基本支出、项目支出预算数');

    await user.clear(field('项目支出'));
    await user.type(field('项目支出'), '-3');
    expect(screen.getByText('金额不能为负数。')).toBeInTheDocument();

    // 清空上年数 empties the fields, the one taken from the 情况说明 too.
    await user.click(screen.getByRole('button', { name: '清空上年数' }));
    expect(field('上年预算总额')).toHaveValue('');
    expect(screen.queryByText('取自原说明')).not.toBeInTheDocument();
    expect(screen.queryByText('请输入金额（万元），如 384.34。')).not.toBeInTheDocument();
    expect(section('比上年增减情况')).toHaveTextContent('缺少2023年预算数');
  });

  test('insert writes the previewed sections to the 情况说明 sheet and says where, with a re-check', async () => {
    const { user, adapter, onRevalidate } = setup();
    await user.clear(field('上年预算总额'));
    await user.type(field('上年预算总额'), '514.74');

    await user.click(screen.getByRole('button', { name: '插入到“情况说明”工作表' }));

    expect(await screen.findByText(/已将情况说明插入到 情况说明!A70:A85。请重新校验工作簿/)).toBeInTheDocument();
    expect(adapter.insertNarrative).toHaveBeenCalledTimes(1);
    const [sections, options] = adapter.insertNarrative.mock.calls[0];
    const previous = { year: undefined, total: new Decimal('514.74') };
    expect(sections).toEqual(generateNarrative(RESULT.workbook, { previous }));
    expect(options).toMatchObject({ atSelection: false, unit: RESULT.workbook.unitName, year: 2024 });

    await user.click(screen.getByRole('button', { name: '重新校验' }));
    expect(onRevalidate).toHaveBeenCalledTimes(1);
  });

  test('插入到所选单元格 asks the adapter for the selection', async () => {
    const { user, adapter } = setup();
    await user.click(screen.getByRole('button', { name: '插入到所选单元格' }));
    await screen.findByText(/已将情况说明插入到/);
    // Last year's total as the 情况说明 states it goes into the block.
    expect(adapter.insertNarrative).toHaveBeenCalledWith(
      generateNarrative(RESULT.workbook, { previous: STATED }),
      expect.objectContaining({ atSelection: true }),
    );
  });

  test('a block already in the workbook is replaced only after confirming what will change', async () => {
    // The block was generated with 2023's total, and the accountant filled in the reason.
    const { grid, firstRow, rows } = sampleWithBlock(STATED);
    const changeRow = rows.findIndex((text) => text.includes('较2023年预算减少130.40万元'));
    const typed = rows[changeRow].replace('【请填写原因】', '项目支出压减');
    expect(typed).not.toBe(rows[changeRow]);
    const narrativeSheet = grid.sheets.find((sh) => sh.name === '情况说明');
    narrativeSheet!.rows[firstRow + changeRow] = [{ value: typed, text: typed }];
    const adapter = fakeAdapter();
    adapter.readWorkbook.mockResolvedValue(grid);
    const where = `A${firstRow + 1}:A${firstRow + NARRATIVE_BLOCK_ROWS}`;
    adapter.insertNarrative.mockResolvedValue({ sheet: '情况说明', address: where, replaced: true });
    const { user } = setup({ adapter, result: sampleResult(grid) });
    // Last year's total is now 500: one figure of the block changes, the reason stays.
    await user.clear(field('上年预算总额'));
    await user.type(field('上年预算总额'), '500');

    await user.click(screen.getByRole('button', { name: '插入到“情况说明”工作表' }));
    const confirm = await screen.findByRole('alertdialog', { name: '替换已有的说明？' });
    expect(confirm).toHaveTextContent(`工作簿中已有生成的情况说明（情况说明!${where}）`);
    expect(confirm).toHaveTextContent('将更新 1 个数字，保留 1 处已填写的原因。');
    expect(confirm).not.toHaveTextContent('覆盖');
    // The block's cells are read as they are now, before anything is written.
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(1);
    expect(adapter.insertNarrative).not.toHaveBeenCalled();
    // Focus is on 取消: Enter cancels.
    expect(within(confirm).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(adapter.insertNarrative).not.toHaveBeenCalled();

    // A figure edited while the confirmation is open withdraws it: its count would be stale.
    await user.click(screen.getByRole('button', { name: '插入到“情况说明”工作表' }));
    await screen.findByRole('alertdialog');
    await user.type(field('基本支出'), '350');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await user.clear(field('基本支出'));

    await user.click(screen.getByRole('button', { name: '插入到“情况说明”工作表' }));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('将更新 1 个数字，保留 1 处已填写的原因。');
    await user.click(screen.getByRole('button', { name: '替换' }));
    expect(
      await screen.findByText(`已替换 情况说明!${where} 中原有的情况说明。请重新校验工作簿，核对说明与表格是否一致。`),
    ).toBeInTheDocument();
    expect(adapter.insertNarrative).toHaveBeenCalledTimes(1);
    expect(adapter.insertNarrative.mock.calls[0][0]).toEqual(
      generateNarrative(sampleResult(grid).workbook, { previous: { year: undefined, total: new Decimal('500') } }),
    );
  });

  test('a block that cannot be read is still confirmed, without the count', async () => {
    const { grid } = sampleWithBlock();
    const adapter = fakeAdapter();
    adapter.readWorkbook.mockRejectedValue(Object.assign(new Error('busy'), { code: 'Conflict' }));
    const { user } = setup({ adapter, result: sampleResult(grid) });

    await user.click(screen.getByRole('button', { name: '插入到“情况说明”工作表' }));
    const confirm = await screen.findByRole('alertdialog', { name: '替换已有的说明？' });
    expect(confirm).toHaveTextContent('数字按本次生成更新，您在其中填写的原因和添加的文字会保留。');
    expect(confirm).not.toHaveTextContent('个数字');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('after an insert, inserting again asks first', async () => {
    const { user, adapter } = setup();
    await user.click(screen.getByRole('button', { name: '插入到“情况说明”工作表' }));
    await screen.findByText(/已将情况说明插入到/);

    await user.click(screen.getByRole('button', { name: '插入到所选单元格' }));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('情况说明!A70:A85');
    await user.click(screen.getByRole('button', { name: '替换' }));
    await screen.findByText(/已将情况说明插入到/);
    expect(adapter.insertNarrative).toHaveBeenCalledTimes(2);
    expect(adapter.insertNarrative.mock.calls[1][1]).toEqual(expect.objectContaining({ atSelection: true }));
  });

  test('an insert the adapter refuses shows its Chinese message; the tab stays usable', async () => {
    const adapter = fakeAdapter();
    const refusal = `所选位置 表1!A1:${toA1(NARRATIVE_BLOCK_ROWS - 1, 0)} 中已有内容。为免覆盖，未插入情况说明；请选择下方有 16 行空白的单元格后重试。`;
    adapter.insertNarrative.mockRejectedValueOnce(new NarrativeInsertError(refusal));
    adapter.insertNarrative.mockRejectedValueOnce(Object.assign(new Error('denied'), { code: 'AccessDenied' }));
    const { user } = setup({ adapter });

    await user.click(screen.getByRole('button', { name: '插入到所选单元格' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    const insert = screen.getByRole('button', { name: '插入到“情况说明”工作表' });
    expect(insert).toBeEnabled();

    await user.click(insert);
    expect(await screen.findByRole('alert')).toHaveTextContent('没有权限执行此操作。');

    await user.click(insert);
    expect(await screen.findByText(/已将情况说明插入到/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('without a 校验 the tab reads the workbook itself', async () => {
    const adapter = fakeAdapter();
    adapter.readWorkbook.mockResolvedValueOnce(sampleGrid());
    render(
      <FluentProvider theme={webLightTheme}>
        <NarrativeTab adapter={adapter} onRevalidate={jest.fn()} />
      </FluentProvider>,
    );
    expect(await screen.findByRole('region', { name: '1、收入说明' })).toHaveTextContent('384.34万元');
    expect(adapter.readWorkbook).toHaveBeenCalledTimes(1);
  });

  test('a failed read says why and can be retried', async () => {
    const adapter = fakeAdapter();
    adapter.readWorkbook.mockRejectedValueOnce(Object.assign(new Error('busy'), { code: 'Conflict' }));
    adapter.readWorkbook.mockResolvedValueOnce(sampleGrid());
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <NarrativeTab adapter={adapter} onRevalidate={jest.fn()} />
      </FluentProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('工作簿正在被其他操作修改，请稍后再试。');
    expect(screen.getByRole('button', { name: '插入到“情况说明”工作表' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '重新读取工作簿' }));
    expect(await screen.findByRole('region', { name: '1、收入说明' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '插入到“情况说明”工作表' })).toBeEnabled();
  });

  test('last year’s workbook fills the figures; an unreadable one says so', async () => {
    const figures = {
      year: 2023,
      total: new Decimal('514.74'),
      basic: new Decimal('350'),
      project: new Decimal('164.74'),
    };
    const readPreviousYear = jest
      .fn<ReturnType<ReadPreviousYear>, Parameters<ReadPreviousYear>>()
      .mockResolvedValueOnce(figures)
      .mockRejectedValueOnce(new Error('无法读取 notes.xlsx：请选择 Excel 工作簿（.xlsx）文件。'));
    const { user } = setup({ readPreviousYear });
    const picker = screen.getByLabelText('读取上年预算工作簿（.xlsx）');

    const file = new File(['xlsx'], '2023.xlsx');
    Object.defineProperty(file, 'arrayBuffer', { value: async () => new ArrayBuffer(4) });
    expect(field('上年预算总额')).toHaveAccessibleDescription('取自原说明');
    await user.upload(picker, file);

    expect(await screen.findByText('已从 2023.xlsx 读取 2023 年预算数，可在上方修改。')).toBeInTheDocument();
    expect(readPreviousYear).toHaveBeenCalledWith(expect.any(ArrayBuffer), '2023.xlsx');
    // The file's figures win over the 情况说明's.
    expect(field('上年预算总额')).toHaveValue('514.74');
    expect(screen.queryByText('取自原说明')).not.toBeInTheDocument();
    expect(field('基本支出')).toHaveValue('350.00');
    expect(section('比上年增减情况')).toHaveTextContent('较2023年预算减少130.40万元，其中：基本支出增加7.11万元');

    const bad = new File(['x'], 'notes.xlsx');
    Object.defineProperty(bad, 'arrayBuffer', { value: async () => new ArrayBuffer(1) });
    await user.upload(picker, bad);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '无法读取 notes.xlsx：请选择 Excel 工作簿（.xlsx）文件。',
    );
    // The figures already read stay.
    expect(field('上年预算总额')).toHaveValue('514.74');
  });

  test('copy puts the whole block on the clipboard, or shows it to copy by hand', async () => {
    const { user } = setup();
    // user-event installs its own clipboard stub on setup(): replace it with ours afterwards.
    const writeText = jest.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(screen.getByRole('button', { name: '复制到剪贴板' }));
    expect(await screen.findByText('已复制全部说明文字。')).toBeInTheDocument();
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    const lines = text.split('\n');
    expect(lines).toHaveLength(NARRATIVE_BLOCK_ROWS);
    expect(lines[0]).toBe('1、收入说明');
    expect(lines[1]).toContain('384.34万元');

    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: '复制到剪贴板' }));
    expect(await screen.findByText(/无法访问剪贴板/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '说明文字' })).toHaveValue(text);
  });
});
