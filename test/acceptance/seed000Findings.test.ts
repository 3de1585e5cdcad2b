/**
 * Acceptance (issue 2): on the seed-000 sample, `validate --json` reports each example finding listed at the end
 * of BRIEF §3, at the right cells and severity, and no other error or warning. Cells are located on the sample by
 * their text and headers (the way a reviewer would find them), not by the recognizer under test.
 */
import * as path from 'path';
import { cellText, toA1, type WorkbookGrid } from '../../src/engine/grid';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import { findAll, findOne, headerCol, type Found } from '../samples/gridSearch';
import { ROOT, runCli } from '../cli/runCli';
import type { JsonReport } from '../../src/cli/toJsonReport';

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');
type JsonFinding = JsonReport['findings'][number];

let grid: WorkbookGrid;
let report: JsonReport;
let status: number | null;

beforeAll(async () => {
  grid = (await readWorkbookFile(SAMPLE)).grid;
  const r = runCli(['validate', SAMPLE, '--json']);
  status = r.status;
  report = JSON.parse(r.stdout);
});

function addr(f: Found): string {
  return `${f.sheet.name}!${toA1(f.row, f.col)}`;
}

/** The cell of a data row (by code or label) in the column headed `header`, in the table titled `title`. */
function tableCell(title: string, rowLabel: string, header: string): string {
  const t = findOne(grid, title);
  const col = headerCol(t, header);
  // Data rows start after the 栏次 row, so a header cell with the same text is never taken for a row.
  let r = t.row;
  while (!(t.sheet.rows[r] ?? []).some((c) => cellText(c) === '栏次')) r++;
  for (r++; r < t.row + 200; r++) {
    if ((t.sheet.rows[r] ?? []).some((c) => cellText(c) === rowLabel)) return addr({ sheet: t.sheet, row: r, col });
  }
  throw new Error(`no row ${rowLabel} under ${title}`);
}

function cellsOf(f: JsonFinding): string[] {
  return f.cells.map((c) => `${c.sheet}!${c.address}`);
}

/** The findings whose first (most likely wrong) cell is `cell`. */
function at(cell: string): JsonFinding[] {
  return report.findings.filter((f) => cellsOf(f)[0] === cell);
}

function expectRounding(cell: string, actual: string, expected: string): void {
  const hits = at(cell).filter((f) => f.actual === actual && f.expected === expected);
  expect(hits.map((f) => f.severity)).toContain('info');
}

describe('seed-000 sample: the BRIEF §3 example findings', () => {
  it('exits 1 (there is an error) and finds every table', () => {
    expect(status).toBe(1);
    expect(report).toMatchObject({ schemaVersion: 1, unit: '224网信办', year: 2024, missingTables: [] });
    expect(report.tables).toHaveLength(13);
  });

  it('尾差 20137 网信事务 334.50 vs 334.51 in 收入总表, 支出总表 and 一般公共预算支出表', () => {
    for (const title of ['部门预算收入总表', '部门预算支出总表', '部门预算一般公共预算财政拨款支出表']) {
      expectRounding(tableCell(title, '20137', '合计'), '334.50', '334.51');
    }
  });

  it('尾差 201 合计 vs 基本 + 项目 (334.50 vs 334.51)', () => {
    const cell = tableCell('部门预算支出总表', '201', '合计');
    expect(at(cell).some((f) => f.family === 'columns' && f.severity === 'info' && f.expected === '334.51')).toBe(true);
  });

  it('尾差 20827 1.12 vs 1.11 and 21011 21.05 vs 21.04', () => {
    expectRounding(tableCell('部门预算收入总表', '20827', '合计'), '1.12', '1.11');
    expectRounding(tableCell('部门预算收入总表', '21011', '合计'), '21.05', '21.04');
  });

  it('尾差 基本支出 column 合计 357.11 vs 357.12', () => {
    expectRounding(tableCell('部门预算支出总表', '合计', '基本支出'), '357.11', '357.12');
  });

  it('尾差 in 基本支出表: 301, 302, 人员经费 and 合计 = 人员 + 公用', () => {
    const t = '部门预算一般公共预算财政拨款基本支出表';
    expectRounding(tableCell(t, '301', '合计'), '326.87', '326.86');
    expectRounding(tableCell(t, '302', '合计'), '24.79', '24.77');
    expectRounding(tableCell(t, '合计', '人员经费'), '332.33', '332.32');
    // 合计 = 人员 + 公用 leads with the 合计, or with the 尾差 group's diagnosed culprit when the diagnosis finds one
    // (人员经费's 合计 332.33 → 332.32 would clear this 尾差 and 301–303's at once).
    const culprits = report.diagnosis
      .filter((c) => c.severity === 'info')
      .map((c) => `${c.cell.sheet}!${c.cell.address}`);
    const leads = [tableCell(t, '合计', '合计'), ...culprits].flatMap((cell) =>
      at(cell).filter((f) => f.actual === '357.11' && f.expected === '357.12' && f.ruleId === 'column-basic'),
    );
    expect(leads.map((f) => f.severity)).toContain('info');
  });

  it('尾差 in the text: 基本支出 357.11 vs 人员经费 332.33 + 日常公用经费 24.79', () => {
    const para = addr(findOne(grid, /基本支出357\.11万元，包括人员经费332\.33万元/));
    expectRounding(para, '357.11', '357.12');
  });

  it('error: project 网络执法 has no 预算数, a cost indicator ≤0.2万, and the text names 网络执法0.2万元', () => {
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    const block = findOne(grid, '网络执法');
    const budgetLabel = findAll(grid, '预算数').find((f) => f.sheet === block.sheet && f.row > block.row)!;
    const cells = cellsOf(errors[0]);
    expect(cells[0]).toBe(addr({ ...budgetLabel, col: budgetLabel.col + 1 }));
    expect(cells).toContain(addr(findOne(grid, /网络执法0\.2万元/)));
    expect(errors[0].message).toContain('网络执法');
  });

  it('warnings: 劳务派遣人员经费 14.03 vs ≤14.06, and the 机关运行经费 list leaves out 取暖费 0.84', () => {
    const warnings = report.findings.filter((f) => f.severity === 'warning');
    expect(warnings).toHaveLength(2);
    const cost = warnings.find((f) => f.message.includes('劳务派遣人员经费'));
    expect(cost).toBeDefined();
    expect(cellsOf(cost!)).toContain(addr(findOne(grid, '≤14.06')));
    const list = warnings.find((f) => f.message.includes('取暖费'));
    expect(list).toBeDefined();
    expect(list!.message).toContain('0.84');
    expect(list!.message).toContain('24.79');
    expect(cellsOf(list!)[0]).toBe(addr(findOne(grid, /机关运行经费共计安排24\.79万元/)));
  });

  it('the assets table’s 数量 column (mixed units) is never summed', () => {
    const assets = findOne(grid, '部门固定资产占用情况表');
    const involved = report.findings.flatMap(cellsOf).filter((c) => c.startsWith(`${assets.sheet.name}!`));
    expect(involved).toEqual([]);
  });

  it('every info finding is a 尾差 within the envelope (no other kind of info)', () => {
    for (const f of report.findings.filter((x) => x.severity === 'info')) {
      expect(f.message).toMatch(/^尾差/);
      const gap = Math.abs(Number(f.expected) - Number(f.actual));
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it('strict mode turns every 尾差 into an error', () => {
    const r = runCli(['validate', SAMPLE, '--json', '--strict']);
    const strict = JSON.parse(r.stdout) as JsonReport;
    expect(strict.summary.info).toBe(0);
    expect(strict.summary.error).toBe(report.summary.error + report.summary.info);
  });
});
