/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { webLightTheme } from '@fluentui/react-components';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckResult } from '../../src/engine/checkWorkbook';
import type { Finding } from '../../src/engine/findings';
import type { WorkbookGrid } from '../../src/engine/grid';
import type { CheckOptions } from '../../src/engine/rules/rule';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import type { ExcelRunner, WorkbookAdapter } from '../../src/excel/types';
import { createMemoryRunner, MemoryWorkbook } from '../../src/preview/memoryExcel';
import { App } from '../../src/taskpane/App';
import { orderFindings } from '../../src/taskpane/findingFilter';
import { ECONOMIC_WARNING, fakeAdapter, GRID, HIERARCHY_ERROR, resultWith, ROUNDING_INFO, UNIT_WARNING } from './fakes';

configure({ asyncUtilTimeout: 10_000 });

const SECOND_ROUNDING: Finding = {
  ...ROUNDING_INFO,
  message: '尾差：21011 合计 21.04 与各项之和 21.03 相差 0.01',
  cells: [{ sheet: '表3', address: 'D19' }],
};
/** Given out of order, as a rule might: the list puts them in order. */
const FINDINGS = [ROUNDING_INFO, UNIT_WARNING, SECOND_ROUNDING, ECONOMIC_WARNING, HIERARCHY_ERROR];
const RESULT = resultWith(FINDINGS);
/** Strict mode: the engine reports the 尾差 as errors. */
const STRICT = resultWith(FINDINGS.map((f) => (f.severity === 'info' ? { ...f, severity: 'error' as const } : f)));

type CheckMock = jest.Mock<CheckResult, [WorkbookGrid, Partial<CheckOptions>]>;
const fakeCheck = (): CheckMock => jest.fn((_g, o) => (o.strict ? STRICT : RESULT));

function setup<A extends WorkbookAdapter>(adapter: A, check: CheckMock = fakeCheck()) {
  const user = userEvent.setup();
  render(<App adapter={adapter} check={check} theme={webLightTheme} />);
  return { user, adapter, check };
}

async function validate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: '校验工作簿' }));
  await screen.findByRole('region', { name: '问题清单' });
  await waitFor(() => expect(screen.getByRole('button', { name: '校验工作簿' })).toBeEnabled());
}

/** The findings a user can see (folded ones are hidden), top to bottom. */
const shownFindings = () =>
  screen
    .getAllByRole('button')
    .filter((b) => b.dataset.rule !== undefined)
    .map((b) => b.textContent ?? '');

const item = (message: string) => {
  const el = screen.getByText(message).closest('[role="button"]');
  if (!(el instanceof HTMLElement)) throw new Error(message);
  return el;
};

test('the list order: errors, then warnings, then 尾差, each by table in the standard order', () => {
  expect(orderFindings(FINDINGS)).toEqual([
    HIERARCHY_ERROR,
    ECONOMIC_WARNING,
    UNIT_WARNING,
    ROUNDING_INFO,
    SECOND_ROUNDING,
  ]);
});

test('尾差 fold into one line per table that opens on click; strict mode shows them as errors', async () => {
  const { user } = setup(fakeAdapter());
  await validate(user);

  const shown = shownFindings();
  expect(shown[0]).toContain(HIERARCHY_ERROR.message);
  expect(shown.some((t) => t.includes('尾差'))).toBe(false);
  const fold = screen.getByRole('button', { name: /尾差 2 处，均在容许范围内/ });
  expect(fold).toHaveAttribute('aria-expanded', 'false');

  await user.click(fold);
  expect(fold).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByRole('button', { name: new RegExp(SECOND_ROUNDING.message) })).toBeVisible();
  await user.click(fold);
  expect(screen.queryByRole('button', { name: new RegExp(SECOND_ROUNDING.message) })).not.toBeInTheDocument();

  await user.click(screen.getByRole('switch', { name: '严格模式：尾差按错误处理' }));
  await waitFor(() => expect(screen.queryByRole('button', { name: /均在容许范围内/ })).not.toBeInTheDocument());
  const errors = within(screen.getByRole('group', { name: '错误：部门预算支出总表' }));
  expect(
    errors.getByRole('button', { name: new RegExp(ROUNDING_INFO.message.replace(/[()（）]/g, '.')) }),
  ).toBeVisible();
  expect(errors.getByRole('button', { name: new RegExp(SECOND_ROUNDING.message) })).toBeVisible();
});

test('上一个 / 下一个 step through the findings in list order, selecting their cells; the place survives a re-check', async () => {
  const { user, adapter } = setup(fakeAdapter());
  await validate(user);
  const next = screen.getByRole('button', { name: '下一个' });
  const previous = screen.getByRole('button', { name: '上一个' });
  expect(screen.getByText('共 5 条')).toBeInTheDocument();

  await user.click(next);
  expect(adapter.selectCells).toHaveBeenLastCalledWith(HIERARCHY_ERROR.cells);
  await user.click(next);
  expect(adapter.selectCells).toHaveBeenLastCalledWith(ECONOMIC_WARNING.cells);
  expect(item(ECONOMIC_WARNING.message)).toHaveAttribute('aria-current', 'true');
  expect(screen.getByText('第 2 / 5 条')).toBeInTheDocument();
  expect(next).toHaveFocus();
  await user.click(previous);
  expect(adapter.selectCells).toHaveBeenLastCalledWith(HIERARCHY_ERROR.cells);
  expect(previous).toBeDisabled();

  // Stepping onto a folded 尾差 opens its fold.
  await user.click(next);
  await user.click(next);
  await user.click(next);
  expect(adapter.selectCells).toHaveBeenLastCalledWith(ROUNDING_INFO.cells);
  expect(screen.getByRole('button', { name: /尾差 2 处/ })).toHaveAttribute('aria-expanded', 'true');
  expect(item(ROUNDING_INFO.message)).toBeVisible();

  // The same findings after a re-check: still on the fourth.
  await validate(user);
  expect(adapter.readWorkbook).toHaveBeenCalledTimes(2);
  expect(screen.getByText('第 4 / 5 条')).toBeInTheDocument();
  expect(item(ROUNDING_INFO.message)).toHaveAttribute('aria-current', 'true');
  await user.click(next);
  expect(adapter.selectCells).toHaveBeenLastCalledWith(SECOND_ROUNDING.cells);
  expect(next).toBeDisabled();
});

test('↑/↓ on a finding move to the next one and select it, Enter selects; one tab stop for the list', async () => {
  const { user, adapter } = setup(fakeAdapter());
  await validate(user);

  const first = item(HIERARCHY_ERROR.message);
  expect(first).toHaveAttribute('tabindex', '0');
  expect(item(ECONOMIC_WARNING.message)).toHaveAttribute('tabindex', '-1');
  first.focus();
  await user.keyboard('{ArrowDown}');
  expect(adapter.selectCells).toHaveBeenLastCalledWith(ECONOMIC_WARNING.cells);
  expect(item(ECONOMIC_WARNING.message)).toHaveFocus();
  await user.keyboard('{ArrowDown}');
  expect(item(UNIT_WARNING.message)).toHaveFocus();
  await user.keyboard('{ArrowUp}');
  expect(item(ECONOMIC_WARNING.message)).toHaveFocus();
  expect(item(ECONOMIC_WARNING.message)).toHaveAttribute('tabindex', '0');
  const calls = adapter.selectCells.mock.calls.length;
  await user.keyboard('{Enter}');
  expect(adapter.selectCells).toHaveBeenCalledTimes(calls + 1);
  expect(adapter.selectCells).toHaveBeenLastCalledWith(ECONOMIC_WARNING.cells);
  // One tab stop for the whole list: Tab leaves it instead of walking every finding.
  const stops = document.querySelectorAll('[data-rule][tabindex="0"]');
  expect([...stops]).toEqual([item(ECONOMIC_WARNING.message)]);
});

/** A promise a test resolves itself: where a fake call waits. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

test('reading shows its progress and can be cancelled: the last result stays and nothing is checked', async () => {
  const adapter = fakeAdapter();
  const { user, check } = setup(adapter);
  await validate(user);
  const release = gate();
  adapter.readWorkbook.mockImplementationOnce(async (onProgress, signal) => {
    onProgress?.({ fraction: 0.4, label: '正在读取 表3（工作表 2/5，第 1 批）' });
    await release.opened;
    if (signal?.aborted) throw Object.assign(new Error('已取消。'), { code: 'Cancelled' });
    return GRID;
  });

  await user.click(screen.getByRole('button', { name: '校验工作簿' }));
  expect(await screen.findByText('正在读取 表3（工作表 2/5，第 1 批）')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '取消' }));
  await act(async () => release.open());

  expect(await screen.findByText('已取消校验，工作簿未作任何改动。')).toBeInTheDocument();
  expect(check).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByText(HIERARCHY_ERROR.message)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '取消' })).not.toBeInTheDocument();
});

/** The sheet the fake findings point at, in an in-memory workbook with the real adapter. */
function memoryWorkbook(): MemoryWorkbook {
  const rows: WorkbookGrid['sheets'][number]['rows'] = [];
  rows[5] = [undefined, undefined, undefined, { value: 334.5 }];
  rows[6] = [undefined, undefined, undefined, { value: 340.51 }];
  rows[11] = [undefined, undefined, undefined, { value: 1.12 }];
  rows[18] = [undefined, undefined, undefined, { value: 21.04 }];
  return MemoryWorkbook.fromGrid({ source: 'm.xlsx', sheets: [{ name: '表3', rows, merges: [] }] });
}

const marksLeft = (wb: MemoryWorkbook) => {
  const snapshot = wb.toJSON();
  return {
    fills: snapshot.sheets.flatMap((s) => s.cells.filter(([, , c]) => c.fill).map(([r, c]) => `${s.name}:${r},${c}`)),
    notes: snapshot.notes.length + snapshot.comments.length,
  };
};

test('marking shows 标记 n/3 and a cancel leaves no mark in the workbook', async () => {
  const wb = memoryWorkbook();
  const memory = createMemoryRunner(wb);
  let hold: ReturnType<typeof gate> | undefined;
  const reached = gate();
  // Holds the next sync until the test opens the gate: the cancel arrives between two syncs.
  const run: ExcelRunner = (batch) =>
    memory(async (context) => {
      const sync = context.sync.bind(context);
      context.sync = async <T,>(value?: T): Promise<T> => {
        const h = hold;
        hold = undefined;
        if (h) {
          reached.open();
          await h.opened;
        }
        return (await sync(value)) as T;
      };
      return batch(context);
    });
  const adapter = createWorkbookAdapter(run);
  const tableResult: CheckResult = resultWith([HIERARCHY_ERROR, ROUNDING_INFO, SECOND_ROUNDING]);
  const { user } = setup(
    adapter,
    jest.fn<CheckResult, [WorkbookGrid, Partial<CheckOptions>]>(() => tableResult),
  );
  await validate(user);

  const release = gate();
  hold = release;
  await user.click(screen.getByRole('button', { name: '标记单元格' }));
  await act(() => reached.opened);
  expect(screen.getByText('正在标记（1/3）：读取已有标记')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '取消' }));
  await act(async () => release.open());

  expect(await screen.findByText('已取消标记，工作簿中没有留下本次的标记。')).toBeInTheDocument();
  expect(marksLeft(wb)).toEqual({ fills: [], notes: 0 });

  // Not cancelled, the same marking does fill the cells: the check above could have failed.
  await user.click(screen.getByRole('button', { name: '标记单元格' }));
  expect(await screen.findByText(/已标记 4 个单元格/)).toBeInTheDocument();
  expect(marksLeft(wb).fills.length).toBe(4);
});

test('a cancel that arrives while the marks are written clears them: no half marks, earlier marks restored too', async () => {
  const wb = memoryWorkbook();
  const adapter = createWorkbookAdapter(createMemoryRunner(wb));
  await adapter.markFindings([HIERARCHY_ERROR]);
  expect(marksLeft(wb).fills.length).toBe(2);

  const signal = { aborted: false };
  const labels: string[] = [];
  const marking = adapter.markFindings([HIERARCHY_ERROR, ROUNDING_INFO, SECOND_ROUNDING], {
    signal,
    onProgress: (p) => {
      labels.push(p.label);
      // The user cancels just as the writing starts.
      if (p.label.startsWith('正在标记（3/3）')) signal.aborted = true;
    },
  });
  await expect(marking).rejects.toMatchObject({ code: 'Cancelled' });
  expect(labels.slice(0, 3)).toEqual([
    '正在标记（1/3）：读取已有标记',
    '正在标记（2/3）：读取单元格原有填充色',
    '正在标记（3/3）：写入 4 个单元格',
  ]);
  expect(marksLeft(wb)).toEqual({ fills: [], notes: 0 });
  // The record went with the marks: a clear finds nothing left to restore.
  expect(await adapter.clearMarks()).toMatchObject({ restored: 0 });
});

test('the overview marks tables on hidden sheets; turning the setting off leaves hidden sheets out of the check', async () => {
  const adapter = fakeAdapter();
  const grid: WorkbookGrid = {
    source: 'h.xlsx',
    sheets: [
      { name: '表3', rows: [], merges: [] },
      { name: '基本支出', rows: [], merges: [], visibility: 'hidden' },
    ],
  };
  adapter.readWorkbook.mockResolvedValue(grid);
  const { user, check } = setup(adapter);
  await validate(user);

  expect(check).toHaveBeenLastCalledWith(grid, { strict: false });
  const overview = screen.getByRole('region', { name: '工作簿概况' });
  const basicRow = within(overview).getByRole('rowheader', { name: '一般公共预算财政拨款基本支出表' }).closest('tr');
  expect(basicRow).toHaveTextContent('基本支出隐藏');
  const expenditureRow = within(overview).getByRole('rowheader', { name: '部门预算支出总表' }).closest('tr');
  expect(expenditureRow).not.toHaveTextContent('隐藏');

  const setting = screen.getByRole('switch', { name: '检查隐藏的工作表' });
  expect(setting).toBeChecked();
  await user.click(setting);
  await waitFor(() => expect(check).toHaveBeenCalledTimes(2));
  expect(check.mock.calls[1][0].sheets.map((s) => s.name)).toEqual(['表3']);
  expect(adapter.readWorkbook).toHaveBeenCalledTimes(1);
  expect(await within(overview).findByText('未检查的隐藏工作表：基本支出')).toBeInTheDocument();
});
