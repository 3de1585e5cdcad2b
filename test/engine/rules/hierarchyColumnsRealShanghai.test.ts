import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import type { Finding } from '../../../src/engine/findings';
import type { WorkbookGrid } from '../../../src/engine/grid';
import { rules as columnRules } from '../../../src/engine/rules/columns';
import { rules as economicRules } from '../../../src/engine/rules/economic';
import { rules as hierarchyRules } from '../../../src/engine/rules/hierarchy';
import { rules as hygieneRules } from '../../../src/engine/rules/hygiene';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf } from '../../../src/engine/tables/types';
import { realBudget } from '../tables/shanghaiFiles';

const RULES = [...hierarchyRules, ...columnRules, ...economicRules, ...hygieneRules];
const BASIC_SHEET = '8一般公共预算基本支出经济分类预算表';
const INCOME_SHEET = '2部门收入预算总表';
const THREE_PUBLIC_SHEET = '9三公经费和机关运行经费预算表';

function check(grid: WorkbookGrid, strict = false): Finding[] {
  const workbook = recognizeWorkbook(grid);
  const ctx = { workbook, grid, options: { strict } };
  return RULES.flatMap((r) => r.check(ctx));
}

/** A deep copy of the grid with one cell's number replaced. */
function withNumber(grid: WorkbookGrid, sheet: string, address: string, value: number): WorkbookGrid {
  const copy = structuredClone(grid);
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const [col, row] = [m[1].charCodeAt(0) - 65, Number(m[2]) - 1];
  const cell = copy.sheets.find((s) => s.name === sheet)?.rows[row]?.[col];
  if (!cell || typeof cell.value !== 'number') throw new Error(`${sheet}!${address} holds no number`);
  cell.value = value;
  cell.text = String(value);
  return copy;
}

describe('sh-putuo-zfb-2025 (consistent 部门预算 in 元): hierarchy, columns, economic and hygiene', () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = (await readWorkbookFile(realBudget('sh-putuo-zfb-2025.xlsx'))).grid;
  });

  it('is read as Shanghai with its coded tables filled', () => {
    const wb = recognizeWorkbook(grid);
    expect(wb.template).toBe('shanghai');
    const basic = tableOf(wb, 'basic_expenditure');
    expect(basic?.rows).toHaveLength(29); // 301, 302, 303, 310 and their 款; 合计 apart
    expect(basic?.total?.values.total?.value.toFixed(2)).toBe('24606775.35');
    expect(basic?.allFigures[0]?.unit?.measure).toBe('元');
  });

  it('has no finding from these families, strict mode included', () => {
    expect(check(grid)).toEqual([]);
    expect(check(grid, true)).toEqual([]);
  });

  it('one 项 of the 基本支出表 1 元 off (30107 绩效工资 D9): errors naming D9, no 尾差', () => {
    const findings = check(withNumber(grid, BASIC_SHEET, 'D9', 2335999));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    const addresses = (f: Finding) => f.cells.map((c) => `${c.sheet}!${c.address}`);
    expect(findings.every((f) => addresses(f).includes(`${BASIC_SHEET}!D9`))).toBe(true);
    const column = findings.find((f) => f.ruleId === 'column-basic');
    expect(column?.cells[0]).toEqual({ sheet: BASIC_SHEET, address: 'D9' });
    expect(column).toMatchObject({ expected: '2335998.00', actual: '2335999.00' });
    const hierarchy = findings.find((f) => f.ruleId === 'hierarchy-sum');
    expect(hierarchy?.cells[0]).toEqual({ sheet: BASIC_SHEET, address: 'D6' });
    expect(hierarchy?.message).toContain('（差额 -1.00元）');
  });

  it('one 项 of the 收入总表 0.01 元 off (2010301 行政运行 F8): errors naming F8', () => {
    const findings = check(withNumber(grid, INCOME_SHEET, 'F8', 12029501.85));
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['column-income', 'hierarchy-sum']);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings.find((f) => f.ruleId === 'column-income')?.cells.map((c) => c.address)).toContain('F8');
    expect(findings.find((f) => f.ruleId === 'hierarchy-sum')?.cells.map((c) => c.address)).toContain('F8');
  });

  it('the one-row 三公 table (万元): 合计 A6 changed from 867.50 to 868.00 breaks 合计 = 出国 + 接待 + 小计', () => {
    const findings = check(withNumber(grid, THREE_PUBLIC_SHEET, 'A6', 868));
    expect(findings.map((f) => [f.ruleId, f.severity, f.cells[0].address, f.expected, f.actual])).toEqual([
      ['column-three-public', 'error', 'A6', '867.50', '868.00'],
    ]);
    expect(findings[0].message).not.toContain('元）');
  });
});
