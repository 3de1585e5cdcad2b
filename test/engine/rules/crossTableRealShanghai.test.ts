/**
 * The summary, cross-table, projects and assets-procurement families on the real Shanghai 预算 documents
 * (../shared/real/budget): the three documents README.md lists as consistent give no error or warning (strict mode
 * too); wanli 2023's 绩效目标 form 5 (当年财政拨款 above 年度资金申请总额) is found at its cells; a copy with one
 * figure of a relation changed gives an error naming that cell.
 */
import * as path from 'path';
import Decimal from 'decimal.js';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import { checkWorkbook } from '../../../src/engine/checkWorkbook';
import { fromA1, type WorkbookGrid } from '../../../src/engine/grid';
import { rules as assetsProcurement } from '../../../src/engine/rules/assetsProcurement';
import { rules as crossTable } from '../../../src/engine/rules/crossTable';
import { rules as projects } from '../../../src/engine/rules/projects';
import { rules as summary } from '../../../src/engine/rules/summary';

const BUDGET = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'real', 'budget');
const RULES = [...summary, ...crossTable, ...projects, ...assetsProcurement];

const grids = new Map<string, WorkbookGrid>();
async function gridOf(name: string): Promise<WorkbookGrid> {
  let grid = grids.get(name);
  if (!grid) {
    grid = (await readWorkbookFile(path.join(BUDGET, name))).grid;
    grids.set(name, grid);
  }
  return grid;
}

const check = (grid: WorkbookGrid, strict = false) => checkWorkbook(grid, { strict }, RULES);
const where = (f: { ruleId: string; cells: Array<{ sheet: string; address: string }>; message: string }) =>
  `${f.ruleId} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join(',')} ${f.message}`;

/** A copy of the grid with one numeric cell (sheet named by its prefix) raised by `delta`. */
function changed(grid: WorkbookGrid, sheetPrefix: string, address: string, delta: string): [WorkbookGrid, string] {
  const copy: WorkbookGrid = structuredClone(grid);
  const sheet = copy.sheets.find((s) => s.name.startsWith(sheetPrefix));
  if (!sheet) throw new Error(`no sheet ${sheetPrefix}`);
  const { row, col } = fromA1(address);
  const cell = sheet.rows[row]?.[col];
  if (!cell || typeof cell.value !== 'number') throw new Error(`${sheet.name}!${address} is not a number`);
  const value = new Decimal(cell.value).plus(delta);
  cell.value = value.toNumber();
  cell.text = value.toFixed(2);
  return [copy, sheet.name];
}

const CONSISTENT = ['sh-putuo-zfb-2025.xlsx', 'sh-putuo-swh-2025.xlsx', 'sh-putuo-swh-unit-2025.xlsx'];

describe.each(CONSISTENT)('consistent %s', (name) => {
  it('gives no error or warning from these families, strict mode included', async () => {
    const grid = await gridOf(name);
    for (const strict of [false, true]) {
      expect(
        check(grid, strict)
          .findings.filter((f) => f.severity !== 'info')
          .map(where),
      ).toEqual([]);
    }
  });
});

describe('sh-putuo-wanli-2023.xlsx', () => {
  it('finds 绩效目标 form 5: 当年财政拨款 11,419,043 above 年度资金申请总额 10,903,043, and nothing else here', async () => {
    const errors = check(await gridOf('sh-putuo-wanli-2023.xlsx')).findings.filter((f) => f.severity !== 'info');
    expect(errors.map((f) => [f.ruleId, f.severity, f.expected, f.actual])).toEqual([
      ['project-annual-funds', 'error', '11419043.00', '10903043.00'],
    ]);
    expect(errors[0].cells.map((c) => `${c.sheet}!${c.address}`).slice(0, 2)).toEqual([
      '绩效目标5-公共服务设施运行经费!E7',
      '绩效目标5-公共服务设施运行经费!E6',
    ]);
  });
});

/** [file, sheet prefix, address, what the cell is]: one figure of each relation, raised by 1 元. */
const CHANGES: Array<[string, string, string, string]> = [
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'B7', '表1 财政拨款收入'],
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'B8', '表1 1、一般公共预算资金'],
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'B18', '表1 收入总计'],
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'D7', '表1 一般公共服务支出 合计'],
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'E7', '表1 一般公共服务支出 人员经费'],
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'F7', '表1 一般公共服务支出 公用经费'],
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'G8', '表1 科学技术支出 项目支出'],
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'E18', '表1 支出总计 人员经费'],
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'F18', '表1 支出总计 公用经费'],
  ['sh-putuo-swh-unit-2025.xlsx', '1', 'D18', '表1 支出总计'],
  ['sh-putuo-swh-unit-2025.xlsx', '2', 'F36', '表2 合计 财政拨款收入'],
  ['sh-putuo-swh-unit-2025.xlsx', '3', 'F6', '表3 201 基本支出'],
  ['sh-putuo-swh-unit-2025.xlsx', '3', 'E36', '表3 合计'],
  ['sh-putuo-swh-unit-2025.xlsx', '4', 'B5', '表4 一般公共预算资金'],
  ['sh-putuo-swh-unit-2025.xlsx', '4', 'E17', '表4 支出总计 一般公共预算'],
  ['sh-putuo-swh-unit-2025.xlsx', '5', 'E6', '表5 201 合计'],
  ['sh-putuo-swh-unit-2025.xlsx', '8', 'E36', '表8 合计 人员经费'],
  ['sh-putuo-swh-unit-2025.xlsx', '8', 'F36', '表8 合计 公用经费'],
  ['sh-putuo-zfb-2025.xlsx', '1', 'B6', '表1 1. 一般公共预算资金'],
  ['sh-putuo-zfb-2025.xlsx', '1', 'D5', '表1 一般公共服务支出'],
  ['sh-putuo-zfb-2025.xlsx', '2', 'E26', '表2 合计'],
  ['sh-putuo-zfb-2025.xlsx', '5', 'F26', '表5 基本支出 合计'],
  ['sh-putuo-zfb-2025.xlsx', '8', 'D35', '表8 合计'],
  ['sh-putuo-wanli-2023.xlsx', '8', 'D27', '表8 30217 公务接待费 (13,500 元 = 三公 1.35万)'],
  ['sh-putuo-wanli-2023.xlsx', '8', 'D31', '表8 30231 公务用车运行维护费 (215,600 元 = 三公 21.56万)'],
  ['sh-putuo-wanli-2023.xlsx', '绩效目标1', 'E6', '绩效目标1 年度资金申请总额'],
  ['sh-putuo-wanli-2023.xlsx', '绩效目标2', 'E7', '绩效目标2 当年财政拨款'],
  ['sh-putuo-wanli-2023.xlsx', '绩效目标3', 'C7', '绩效目标3 财政资金'],
];

describe.each(CHANGES)('%s: %s!%s (%s) changed', (name, sheetPrefix, address) => {
  it('gives an error naming that cell', async () => {
    // 三公 parts (table 8, 元) only exceed their 万元 whole by more than the rounding: raise those by 100 元.
    const delta = name.includes('wanli') && sheetPrefix === '8' ? '100' : '1';
    const [grid, sheet] = changed(await gridOf(name), sheetPrefix, address, delta);
    const errors = check(grid).findings.filter((f) => f.severity === 'error');
    expect(
      errors.filter((f) => f.cells.some((c) => c.sheet === sheet && c.address === address)).map(where),
    ).not.toEqual([]);
  });
});
