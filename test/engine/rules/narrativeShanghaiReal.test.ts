/**
 * The Shanghai narrative checks on the real documents of ../shared/real/budget (issue 9, C2): the consistent ones
 * give no narrative error or warning; sh-putuo-wanli-2023's known text inconsistencies are found at their
 * paragraph's cell; and each figure the text states, changed in a copy of a real file, is reported at its cell.
 */
import * as path from 'path';
import { checkWorkbook } from '../../../src/engine/checkWorkbook';
import type { Finding } from '../../../src/engine/findings';
import { cellText, toA1, type WorkbookGrid } from '../../../src/engine/grid';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import { ROOT } from '../../cli/runCli';

const SHARED = path.resolve(ROOT, '..', 'shared');
const BUDGET = path.join(SHARED, 'real', 'budget');
const TEMPLATES = path.join(SHARED, 'templates', 'shanghai');

const grids = new Map<string, WorkbookGrid>();
async function gridOf(file: string): Promise<WorkbookGrid> {
  let grid = grids.get(file);
  if (!grid) {
    grid = (await readWorkbookFile(file)).grid;
    grids.set(file, grid);
  }
  return structuredClone(grid);
}

function narrativeFindings(grid: WorkbookGrid): Finding[] {
  return checkWorkbook(grid).findings.filter((f) => f.family === 'narrative');
}

/** The 'sheet!A1' of the first text cell containing `marker`. */
function cellWith(grid: WorkbookGrid, marker: string): { sheet: string; address: string; row: number; col: number } {
  for (const sheet of grid.sheets) {
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        if (cellText(row[c]).includes(marker)) return { sheet: sheet.name, address: toA1(r, c), row: r, col: c };
      }
    }
  }
  throw new Error(`no cell contains ${marker}`);
}

/** A copy of the grid with `from` replaced by `to` in the cell that holds `from`; returns the cell. */
function edit(grid: WorkbookGrid, from: string, to: string): string {
  const at = cellWith(grid, from);
  const sheet = grid.sheets.find((s) => s.name === at.sheet);
  const cell = sheet?.rows[at.row]?.[at.col];
  if (!cell || typeof cell.value !== 'string') throw new Error(`cell ${at.address} is not text`);
  cell.value = cell.value.replace(from, to);
  cell.text = cell.value;
  return `${at.sheet}!${at.address}`;
}

function at(f: Finding): string[] {
  return f.cells.map((c) => `${c.sheet}!${c.address}`);
}

function serious(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}

describe.each(['sh-putuo-zfb-2025.xlsx', 'sh-putuo-swh-2025.xlsx', 'sh-putuo-swh-unit-2025.xlsx'])(
  'consistent document %s',
  (name) => {
    test('its text gives no narrative error or warning (swh: 收入 on 预算执行数 and 支出 on 预算 are different bases)', async () => {
      const grid = await gridOf(path.join(BUDGET, name));
      expect(serious(narrativeFindings(grid)).map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
    });
  },
);

describe('sh-putuo-wanli-2023.xlsx: the known text inconsistencies', () => {
  let findings: Finding[] = [];
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await gridOf(path.join(BUDGET, 'sh-putuo-wanli-2023.xlsx'));
    findings = narrativeFindings(grid);
  });
  const cell = (marker: string) => {
    const c = cellWith(grid, marker);
    return `${c.sheet}!${c.address}`;
  };

  test('(1) 政府性基金 0万元 grown by 1421.25万, and the parts adding to +2842.50万 against +1421.25万', () => {
    const a31 = cell('政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元');
    const base = findings.filter((f) => f.ruleId === 'narrative-change-base');
    expect(base.map((f) => [f.severity, at(f)])).toEqual([['error', [a31]]]);
    expect(base[0].message).toContain('-1421.25');
    const split = findings.filter((f) => f.ruleId === 'narrative-change-split');
    expect(split.map((f) => [f.severity, at(f), f.expected, f.actual])).toEqual([
      ['error', [a31], '2842.50', '1421.25'],
    ]);
  });

  test('(2) item 3: 11.67 → 45.41万 is +289.12%, not 314.82%', () => {
    const rate = findings.filter((f) => f.ruleId === 'narrative-growth-rate');
    const item3 = rate.find((f) => f.actual === '增加314.82%');
    expect(item3 && [item3.severity, at(item3), item3.expected]).toEqual([
      'error',
      [cell('“一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”')],
      '增加289.12%',
    ]);
  });

  test('(3) item 16: headed 220.63万 (the table) but 预算安排441.25万 and +60.54%; with 220.63 vs 132.59 it is +66.40%', () => {
    const a49 = cell('机关事业单位职业年金缴费支出（项）');
    const planned = findings.filter((f) => f.ruleId === 'narrative-subject-item');
    expect(planned.map((f) => [f.severity, at(f)[0], f.expected, f.actual])).toEqual([
      ['error', a49, '220.63', '441.25'],
    ]);
    // The paragraph first, then the table-5 row that holds 220.63万 (2,206,272 元).
    expect(at(planned[0])[1]).toMatch(/^5一般公共预算支出功能分类预算表!E\d+$/);
    const rate = findings.filter((f) => f.ruleId === 'narrative-growth-rate' && at(f)[0] === a49);
    expect(rate.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '增加66.40%', '增加60.54%']]);
  });

  test('(5) 绩效目标: 5 projects 3328.13万 against the five forms’ 年度资金申请总额 3351.33万', () => {
    const targets = findings.filter((f) => f.ruleId === 'narrative-performance-targets');
    expect(targets).toHaveLength(1);
    expect(targets[0].severity).toBe('error');
    expect(at(targets[0])[0]).toBe(cell('编报绩效目标的项目5个'));
    expect(at(targets[0]).slice(1)).toHaveLength(5);
    expect(targets[0].message).toContain('3351.33');
  });

  test('nothing else in the text is an error or warning (the 0 → x items stated +100.00% are the convention)', () => {
    const known = new Set([
      'narrative-change-base',
      'narrative-change-split',
      'narrative-growth-rate',
      'narrative-subject-item',
      'narrative-performance-targets',
    ]);
    expect(serious(findings).filter((f) => !known.has(f.ruleId))).toEqual([]);
    expect(serious(findings)).toHaveLength(6);
  });
});

/** Each figure of sh-putuo-zfb-2025's text changed in turn: [what, from, to, rule]. */
const ZFB_EDITS: Array<[string, string, string, string]> = [
  ['收入预算', '收入预算9,101.68万元', '收入预算9,101.69万元', 'narrative-amount'],
  ['财政拨款收入', '财政拨款收入9,101.68万元', '财政拨款收入9,101.67万元', 'narrative-amount'],
  ['事业收入', '事业收入0万元', '事业收入5万元', 'narrative-amount'],
  ['事业单位经营收入', '事业单位经营收入0万元', '事业单位经营收入1万元', 'narrative-amount'],
  ['其他收入', '其他收入0万元。', '其他收入2万元。', 'narrative-amount'],
  ['支出预算', '支出预算9,101.68万元，其中', '支出预算9,111.68万元，其中', 'narrative-amount'],
  ['财政拨款支出预算', '财政拨款支出预算9,101.68万元', '财政拨款支出预算9,101.00万元', 'narrative-amount'],
  [
    '一般公共预算拨款支出预算',
    '一般公共预算拨款支出预算9,101.68万元',
    '一般公共预算拨款支出预算9,100.68万元',
    'narrative-amount',
  ],
  ['政府性基金拨款支出预算', '政府性基金拨款支出预算0万元', '政府性基金拨款支出预算3万元', 'narrative-amount'],
  [
    '国有资本经营预算拨款支出预算',
    '国有资本经营预算拨款支出预算0万元',
    '国有资本经营预算拨款支出预算4万元',
    'narrative-amount',
  ],
  ['科目 (whole 万元, 46,140,000 元)', '科目4,614万元', '科目4,615万元', 'narrative-subject-item'],
  ['科目 (two decimals)', '科目1,202.95万元', '科目1,202.96万元', 'narrative-subject-item'],
  ['“三公”经费', '预算数为867.50万元', '预算数为868.50万元', 'narrative-amount'],
  ['因公出国（境）费', '因公出国（境）费839万元', '因公出国（境）费838万元', 'narrative-amount'],
  ['公务接待费', '公务接待费28.50万元', '公务接待费28.05万元', 'narrative-amount'],
  ['公务用车购置费', '公务用车购置费0万元', '公务用车购置费1万元', 'narrative-amount'],
  ['机关运行经费', '机关运行经费预算为213.28万元', '机关运行经费预算为213.82万元', 'narrative-amount'],
  ['政府采购 total', '政府采购预算34万元', '政府采购预算43万元', 'narrative-procurement-split'],
  ['政府采购 服务', '政府采购服务预算34万元', '政府采购服务预算30万元', 'narrative-procurement-split'],
  [
    '变动 part',
    '政府性基金拨款支出预算0万元，比2024年预算持平',
    '政府性基金拨款支出预算0万元，比2024年预算减少5万元',
    'narrative-change-split',
  ],
];

describe('sh-putuo-zfb-2025.xlsx with one stated figure changed', () => {
  test.each(ZFB_EDITS)('%s: %s → %s is an error at the paragraph', async (_what, from, to, rule) => {
    const grid = await gridOf(path.join(BUDGET, 'sh-putuo-zfb-2025.xlsx'));
    const paragraph = edit(grid, from, to);
    const found = narrativeFindings(grid).filter((f) => f.severity === 'error');
    expect(found.map((f) => [f.ruleId, at(f)[0]])).toContainEqual([rule, paragraph]);
    // Every error of the edit names the edited paragraph first.
    expect(found.map((f) => at(f)[0])).toEqual(found.map(() => paragraph));
  });
});

describe('the blank Shanghai templates', () => {
  test.each(['department_budget_template.xlsx', 'unit_budget_template.xlsx'])(
    '%s: unfilled template text is a warning naming each section cell, never also a placeholder error',
    async (name) => {
      const grid = await gridOf(path.join(TEMPLATES, name));
      const findings = narrativeFindings(grid);
      expect(findings.filter((f) => f.ruleId === 'narrative-placeholder')).toEqual([]);
      const template = findings.filter((f) => f.ruleId === 'narrative-template-text');
      expect(template.every((f) => f.severity === 'warning' && f.cells.length === 1)).toBe(true);
      const cells = template.map((f) => at(f)[0]);
      const explanation = grid.sheets.find((s) => s.name.endsWith('编制说明'))?.name;
      expect(cells).toContain(`${explanation}!A3`);
      expect(cells).toContain('其他相关情况说明!A3');
      const other = template.find((f) => at(f)[0] === '其他相关情况说明!A3');
      for (const left of ['XXX', '增加（减少）', '（持平）', '主要原因是……', '（若无，则写'])
        expect(other?.message).toContain(left);
      expect(template.find((f) => at(f)[0] === `${explanation}!A3`)?.message).toContain('x,xxx');
    },
  );
});
