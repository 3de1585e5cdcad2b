/**
 * Acceptance (issue 13): the real 部门决算 documents of ../shared/real/final. All nine tables are recognised with
 * their kind, once each, the document is 'final'; every inconsistency JUESUAN.md §7 lists is found at its cells with
 * at least the listed severity; and nothing else is an error or a warning (so what §7 lists as "not findings" —
 * 表2 2010601 1511.90 against 表3 1511.89, 机关运行经费 = 公用经费合计, the correct 三公 rates, the vehicle and
 * procurement splits of 生态环境局 — is not reported).
 */
import * as path from 'path';
import { checkWorkbook, type CheckResult } from '../../src/engine/checkWorkbook';
import type { Finding, Severity } from '../../src/engine/findings';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import { FINAL_TABLE_KINDS, type TableKind } from '../../src/engine/tableKinds';
import { ROOT } from '../cli/runCli';

const FINAL = path.resolve(ROOT, '..', 'shared', 'real', 'final');

/** The sheet-name prefix '1收入支出决算总表' … '9国有资本…' of the real files says which table a sheet holds. */
const KIND_BY_SHEET_NUMBER: Record<string, TableKind> = Object.fromEntries(
  FINAL_TABLE_KINDS.map((k, i) => [String(i + 1), k]),
);

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** One §7 item: the least severity, and cells ('<sheet number or 说明>!A1') every one of which the finding names. */
interface Expected {
  what: string;
  severity: Severity;
  cells: string[];
}

const cellKey = (sheet: string, address: string): string =>
  `${sheet === '情况说明' ? '说明' : (/^(\d)/.exec(sheet)?.[1] ?? sheet)}!${address}`;

const names = (f: Finding): Set<string> => new Set(f.cells.map((c) => cellKey(c.sheet, c.address)));

const cache = new Map<string, Promise<CheckResult>>();
function check(name: string): Promise<CheckResult> {
  let result = cache.get(name);
  if (!result) {
    result = readWorkbookFile(path.join(FINAL, name)).then(({ grid }) => checkWorkbook(grid));
    cache.set(name, result);
  }
  return result;
}

const DOCUMENTS: Array<{ name: string; unit: string; year: number; expected: Expected[] }> = [
  {
    name: 'sh-putuo-czj-2024.xlsx',
    unit: '上海市普陀区财政局',
    year: 2024,
    expected: [
      { what: '表1 208 326.71 vs 表3 326.72', severity: 'error', cells: ['1!D13', '3!E12'] },
      { what: '表4 208 326.71 vs 表5 326.72', severity: 'error', cells: ['4!E12', '5!E12'] },
      { what: '表2 合计 本年收入合计 尾差', severity: 'info', cells: ['2!E5'] },
      { what: '表2 合计 财政拨款收入 尾差', severity: 'info', cells: ['2!F5'] },
      { what: '表3 合计 尾差', severity: 'info', cells: ['3!E5'] },
      { what: '表3 基本支出 尾差', severity: 'info', cells: ['3!F5'] },
      { what: '表5 合计 尾差', severity: 'info', cells: ['5!E25'] },
      { what: '表5 基本支出 尾差', severity: 'info', cells: ['5!F25'] },
      { what: '表6 301 尾差', severity: 'info', cells: ['6!D5'] },
      { what: '表6 302 尾差 (12 parts)', severity: 'info', cells: ['6!H5'] },
      { what: '四 财政拨款收入支出总计0.3万元 vs 2961.68', severity: 'error', cells: ['说明!A9', '4!B36'] },
      { what: '五（二） 占71.73% vs 71.65%', severity: 'error', cells: ['说明!A15'] },
      { what: '五（三） 年初预算 2993.92 vs Σ 2993.93', severity: 'info', cells: ['说明!A17'] },
      { what: '六 人员经费 list (个人农业生产补贴, 奖励金)', severity: 'warning', cells: ['说明!A30', '6!D27'] },
      { what: '七 因公出国 完成预算的0% on a blank 预算数', severity: 'info', cells: ['说明!A33', '7!C7'] },
      { what: '七 公务用车 完成预算的0% on a blank 预算数', severity: 'info', cells: ['说明!A33', '7!E7'] },
      { what: '十一（二） 政府采购 251.25 vs 251.26', severity: 'info', cells: ['说明!A47'] },
    ],
  },
  {
    name: 'sh-putuo-sthj-2025.xlsx',
    unit: '上海市普陀区生态环境局',
    year: 2025,
    expected: [
      { what: '表3 合计 项目支出 1367.76 vs 表5 1367.75', severity: 'error', cells: ['3!G6', '5!G37'] },
      { what: '表3 项目支出 合计 vs Σ类 尾差', severity: 'info', cells: ['3!G6'] },
      { what: '表3 211 合计 = 基本 + 项目 尾差', severity: 'info', cells: ['3!E20'] },
      { what: '表3 21111 尾差', severity: 'info', cells: ['3!E31'] },
      { what: '表3 2111101 尾差', severity: 'info', cells: ['3!E32'] },
      { what: '表5 211 尾差', severity: 'info', cells: ['5!E19'] },
      { what: '表5 21111 尾差', severity: 'info', cells: ['5!E30'] },
      { what: '表5 2111101 尾差', severity: 'info', cells: ['5!E31'] },
      { what: '表5 合计 row 尾差', severity: 'info', cells: ['5!E37'] },
      { what: '表6 310 14.44 vs 14.43', severity: 'info', cells: ['6!H32'] },
      { what: '表6 公用经费合计 416.36 vs 416.37', severity: 'info', cells: ['6!H42'] },
      {
        what: '六 人员经费 list (其他工资福利支出, 其他对个人和家庭的补助)',
        severity: 'warning',
        cells: ['说明!A38', '6!D18'],
      },
      { what: '六 公用经费 list (咨询费 …)', severity: 'warning', cells: ['说明!A38'] },
      { what: '五（三） 年初预算 4628.17 vs Σ 4628.16', severity: 'info', cells: ['说明!A16'] },
      { what: '十一（一） 增长2.60% vs 2.59%', severity: 'warning', cells: ['说明!A59'] },
      { what: '七（一） 减少 and 持平 at once', severity: 'warning', cells: ['说明!A42'] },
      { what: '七 因公出国 完成预算的0.00% on 预算数 0.00', severity: 'info', cells: ['说明!A41', '7!C7'] },
    ],
  },
];

describe.each(DOCUMENTS)('real 决算 document $name', ({ name, unit, year, expected }) => {
  test('is a 决算: all nine tables recognised with their kind, once each', async () => {
    const result = await check(name);
    expect(result.document).toBe('final');
    expect(result.template).toBe('shanghai-final');
    expect(result.missingTables).toEqual([]);
    expect(result.unit).toBe(unit);
    expect(result.year).toBe(year);
    const bySheet = result.tables.filter((t) => /^\d/.test(t.sheet)).map((t) => [t.sheet[0], t.kind]);
    expect(bySheet).toEqual(Object.entries(KIND_BY_SHEET_NUMBER));
    expect(result.tables.filter((t) => t.kind === 'narrative').map((t) => t.sheet)).toEqual(['情况说明']);
  });

  test.each(expected)('finds $what ($severity at $cells)', async ({ severity, cells }) => {
    const result = await check(name);
    const found = result.findings.filter(
      (f) => RANK[f.severity] >= RANK[severity] && cells.every((c) => names(f).has(c)),
    );
    expect(found.map((f) => f.ruleId)).not.toEqual([]);
  });

  test('gives no error or warning beyond the ones JUESUAN.md §7 lists', async () => {
    const result = await check(name);
    const listed = expected.filter((e) => e.severity !== 'info');
    const unexplained = result.findings
      .filter((f) => f.severity !== 'info')
      .filter((f) => !listed.some((e) => e.severity === f.severity && e.cells.every((c) => names(f).has(c))))
      .map((f) => `${f.severity} ${f.ruleId} ${[...names(f)].join(',')} ${f.message}`);
    expect(unexplained).toEqual([]);
    expect(result.summary.error).toBe(listed.filter((e) => e.severity === 'error').length);
    expect(result.summary.warning).toBe(listed.filter((e) => e.severity === 'warning').length);
  });
});

test('财政局 2024: the 0.3万元 of 四 gets a text fix writing 2961.68 of 表4 in its place, every other character kept', async () => {
  const result = await check('sh-putuo-czj-2024.xlsx');
  const finding = result.findings.find((f) => f.ruleId === 'final-narrative-amount' && names(f).has('说明!A9'));
  const paragraph =
    '上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。主要原因：';
  expect(finding?.fix).toMatchObject({
    cell: { sheet: '情况说明', address: 'A9' },
    value: '2961.68',
    text: paragraph.replace('0.3万元', '2961.68万元'),
  });
});
