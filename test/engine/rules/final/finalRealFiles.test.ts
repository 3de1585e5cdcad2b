/**
 * The 决算 table relationships on the two real Shanghai documents (../shared/real/final), JUESUAN.md §7: exactly the
 * listed errors and 尾差, nothing else from hierarchy-sum and the final-* table rules; a copy with one figure changed
 * is reported at that cell.
 */
import * as path from 'path';
import Decimal from 'decimal.js';
import { readWorkbookFile } from '../../../../src/cli/readWorkbookFile';
import { checkWorkbook } from '../../../../src/engine/checkWorkbook';
import type { Finding } from '../../../../src/engine/findings';
import { fromA1, type WorkbookGrid } from '../../../../src/engine/grid';
import { rules as columns } from '../../../../src/engine/rules/columns';
import { rules as crossTable } from '../../../../src/engine/rules/crossTable';
import { rules as hierarchy } from '../../../../src/engine/rules/hierarchy';
import { rules as summary } from '../../../../src/engine/rules/summary';

const FINAL = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'real', 'final');
const RULES = [...hierarchy, ...[...columns, ...summary, ...crossTable].filter((r) => r.id.startsWith('final-'))];

const grids = new Map<string, WorkbookGrid>();
async function gridOf(name: string): Promise<WorkbookGrid> {
  let grid = grids.get(name);
  if (!grid) {
    grid = (await readWorkbookFile(path.join(FINAL, name))).grid;
    grids.set(name, grid);
  }
  return grid;
}

/** 'ruleId severity 表!A1,…' with the sheet's table number only and the cells sorted (the diagnosis orders them). */
const where = (f: Finding) =>
  `${f.ruleId} ${f.severity} ${f.cells
    .map((c) => `${c.sheet.slice(0, 1)}!${c.address}`)
    .sort()
    .join(',')}`;
const check = (grid: WorkbookGrid, strict = false) => checkWorkbook(grid, { strict }, RULES).findings;

function changed(grid: WorkbookGrid, sheetPrefix: string, address: string, delta: string): WorkbookGrid {
  const copy: WorkbookGrid = structuredClone(grid);
  const sheet = copy.sheets.find((s) => s.name.startsWith(sheetPrefix));
  const { row, col } = fromA1(address);
  const cell = sheet?.rows[row]?.[col];
  if (!cell || typeof cell.value !== 'number') throw new Error(`${sheetPrefix}!${address} is not a number`);
  const value = new Decimal(cell.value).plus(delta);
  cell.value = value.toNumber();
  cell.text = value.toFixed(2);
  return copy;
}

describe('上海市普陀区财政局 2024 (czj)', () => {
  it('八、社会保障和就业支出 326.71 in 表1/表4 against 326.72 in 表3/表5 (errors) and the 尾差 of §7.1, nothing else', async () => {
    const findings = check(await gridOf('sh-putuo-czj-2024.xlsx'));
    expect(findings.filter((f) => f.severity !== 'info').map(where)).toEqual([
      'final-summary-vs-expenditure error 1!D13,3!E12',
      'final-fiscal-vs-general-budget error 4!D12,4!E12,5!E12',
    ]);
    const info = findings.filter((f) => f.severity === 'info');
    expect(info.map((f) => `${f.ruleId} ${f.cells[0].sheet.slice(0, 1)} ${f.expected} ${f.actual}`).sort()).toEqual(
      [
        'hierarchy-sum 2 2946.26 2946.25', // 表2 合计 本年收入合计
        'hierarchy-sum 2 2940.06 2940.05', // 表2 合计 财政拨款收入
        'hierarchy-sum 3 2940.06 2940.05', // 表3 合计
        'hierarchy-sum 3 2336.92 2336.91', // 表3 基本支出
        'hierarchy-sum 5 2940.06 2940.05', // 表5 合计
        'hierarchy-sum 5 2336.92 2336.91', // 表5 基本支出
        'hierarchy-sum 6 2082.86 2082.85', // 表6 301
        'hierarchy-sum 6 171.09 171.07', // 表6 302 (27 款)
      ].sort(),
    );
  });

  it('表2 2010601 income 1511.90 against 表3 spending 1511.89 is no finding; 表6 without 30306 neither', async () => {
    const findings = check(await gridOf('sh-putuo-czj-2024.xlsx'));
    const named = findings.flatMap((f) => f.cells.map((c) => `${c.sheet.slice(0, 1)}!${c.address}`));
    expect(named).not.toContain('2!E8');
    expect(named).not.toContain('3!E8');
  });

  it('strict mode turns the 尾差 into errors and adds nothing else', async () => {
    const findings = check(await gridOf('sh-putuo-czj-2024.xlsx'), true);
    expect(findings.map((f) => f.severity)).toEqual(Array(10).fill('error'));
  });

  it('a changed 表4 年初 sub-row, 表7 决算数 or 表6 人员经费合计 is reported at its cell', async () => {
    const grid = await gridOf('sh-putuo-czj-2024.xlsx');
    const cases: Array<[string, string, string, string]> = [
      ['4', 'B33', '1', 'final-fiscal-begin-items'],
      ['1', 'B34', '-30', 'final-summary-grand'],
      ['6', 'D43', '1', 'final-basic-totals'],
      ['2', 'K5', '1', 'final-income-columns'],
    ];
    for (const [sheet, address, delta, ruleId] of cases) {
      const findings = check(changed(grid, sheet, address, delta)).filter((f) => f.severity === 'error');
      expect([
        address,
        findings.some((f) => f.ruleId === ruleId && f.cells.some((c) => c.address === address)),
      ]).toEqual([address, true]);
    }
  });
});

describe('上海市普陀区生态环境局 2025 (sthj)', () => {
  it('表3 合计 项目支出 1367.76 against 表5 1367.75 (error: all spending is 一般公共预算) and the 尾差 of §7.2', async () => {
    const findings = check(await gridOf('sh-putuo-sthj-2025.xlsx'));
    expect(findings.filter((f) => f.severity !== 'info').map(where)).toEqual([
      'final-general-vs-expenditure error 3!G6,5!G37',
    ]);
    expect(
      findings
        .filter((f) => f.severity === 'info')
        .map(where)
        .sort(),
    ).toEqual(
      [
        'hierarchy-sum info 3!G16,3!G20,3!G34,3!G6,3!G7', // 表3 项目支出 合计 vs Σ类
        'final-expenditure-columns info 3!E20,3!F20,3!G20,3!H20,3!I20,3!J20', // 211
        'final-expenditure-columns info 3!E31,3!F31,3!G31,3!H31,3!I31,3!J31', // 21111
        'final-expenditure-columns info 3!E32,3!F32,3!G32,3!H32,3!I32,3!J32', // 2111101
        'final-general-budget-columns info 5!E19,5!F19,5!G19',
        'final-general-budget-columns info 5!E30,5!F30,5!G30',
        'final-general-budget-columns info 5!E31,5!F31,5!G31',
        'final-general-budget-columns info 5!E37,5!F37,5!G37', // 表5 合计 row
        'hierarchy-sum info 6!H32,6!H33,6!H34,6!H35,6!H36,6!H37,6!H38,6!H39,6!H40,6!H41', // 表6 310
        'final-basic-totals info 6!H32,6!H42,6!H5', // 公用经费合计
      ].sort(),
    );
  });

  it('the empty 表8/表9 (合计 only a header label) are compared with 表4 as zero', async () => {
    const grid = await gridOf('sh-putuo-sthj-2025.xlsx');
    const result = checkWorkbook(grid, { strict: false }, RULES);
    expect(result.relations?.filter((r) => r.ruleId === 'final-fiscal-vs-funds').length).toBe(8);
    const findings = checkWorkbook(changed(grid, '4', 'F29', '5'), { strict: false }, RULES).findings;
    expect(findings.some((f) => f.ruleId === 'final-fiscal-vs-funds' && f.cells.some((c) => c.address === 'F29'))).toBe(
      true,
    );
  });
});
