/**
 * `--budget BUDGET.xlsx` (issue 13 point 4): validate and narrative of a 决算 read the same year's 预算. There is no
 * real 预算/决算 pair of one unit and year, so the 预算 is sample-shanghai-2025.xlsx relabelled 2024 (its titles'
 * year) beside the real 财政局 2024 决算, whose 五（三） states a 年初预算 of 2993.92万元 the sample does not have.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, runCli } from './runCli';

const SAMPLE = path.join(ROOT, 'assets/samples/sample-shanghai-2025.xlsx');
const FINAL = path.join(ROOT, '../shared/real/final/sh-putuo-czj-2024.xlsx');
const BUDGET_RULES = ['final-budget-year', 'final-three-public-budget', 'final-initial-budget'];

let dir: string;
let budget2024: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-option-'));
  budget2024 = path.join(dir, 'budget-2024.xlsx');
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(SAMPLE);
  excel.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = cell.value.replace(/2025/g, '2024');
      }),
    ),
  );
  await excel.xlsx.writeFile(budget2024);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  cells: Array<{ sheet: string; address: string }>;
  expected?: string;
  actual?: string;
}

const findingsOf = (stdout: string): JsonFinding[] => JSON.parse(stdout).findings;

describe('budget-check validate --budget', () => {
  it('compares the 决算 with its 预算: the 年初预算 of 五（三） against the 预算 合计, as warnings only', () => {
    const without = runCli(['validate', FINAL, '--json']);
    const withBudget = runCli(['validate', FINAL, '--budget', budget2024, '--json']);
    expect(withBudget.stderr).toBe('');
    // Warnings never change the exit status; the report keeps its shape.
    expect(withBudget.status).toBe(without.status);
    expect(Object.keys(JSON.parse(withBudget.stdout))).toEqual(Object.keys(JSON.parse(without.stdout)));
    expect(findingsOf(without.stdout).filter((f) => BUDGET_RULES.includes(f.ruleId))).toEqual([]);
    const added = findingsOf(withBudget.stdout).filter((f) => BUDGET_RULES.includes(f.ruleId));
    expect(added.every((f) => f.severity === 'warning')).toBe(true);
    const total = added.find((f) => f.ruleId === 'final-initial-budget' && f.actual === '2993.92');
    expect(total).toMatchObject({ expected: '9101.68', cells: [{ sheet: '情况说明', address: 'A17' }] });
    expect(total?.message).toContain('预算文件 budget-2024.xlsx 5一般公共预算支出功能分类预算表!E26');
  });

  it('says which year is wrong when the 预算 is of another year', () => {
    const r = runCli(['validate', FINAL, '--budget', SAMPLE, '--json']);
    const found = findingsOf(r.stdout).filter((f) => BUDGET_RULES.includes(f.ruleId));
    // The 2025 预算 against the 2024 决算: the year only, no figure compared.
    expect(JSON.parse(r.stdout).year).toBe(2024);
    expect(found.map((f) => [f.ruleId, f.expected, f.actual])).toEqual([['final-budget-year', '2024', '2025']]);
  });

  it('exits 2 with one Chinese line when a 决算 is given as the 预算', () => {
    const r = runCli(['validate', FINAL, '--budget', FINAL]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      '预算文件 sh-putuo-czj-2024.xlsx：这是部门决算，不是部门预算；请选择同一年度的部门预算工作簿',
    );
  });

  it('exits 2 with one Chinese line when the 预算 file is missing or no workbook', async () => {
    const missing = runCli(['validate', FINAL, '--budget', path.join(dir, 'nope.xlsx')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('预算文件 nope.xlsx：找不到这个文件');
    const text = path.join(dir, 'text.xlsx');
    await fs.writeFile(text, 'not a workbook');
    const bad = runCli(['validate', FINAL, '--budget', text]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^预算文件 text\.xlsx：/);
    expect(bad.stderr).not.toMatch(/Error:|\bat .+:\d+:\d+/);
  });

  it('asks for a file name after --budget, and documents the option', () => {
    const r = runCli(['validate', FINAL, '--budget']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--budget 后面需要一个文件名');
    expect(runCli(['--help']).stdout).toMatch(/--budget 预算\.xlsx[\s\S]*--budget 校验部门决算时读取同年部门预算/);
  });
});

describe('budget-check narrative --budget', () => {
  it('reads the 预算 and names it under the sections', () => {
    const r = runCli(['narrative', FINAL, '--budget', budget2024]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('同年预算取自：budget-2024.xlsx（2024年）');
  });

  it('keeps its JSON shape', () => {
    const without = JSON.parse(runCli(['narrative', FINAL, '--json']).stdout);
    const withBudget = JSON.parse(runCli(['narrative', FINAL, '--budget', budget2024, '--json']).stdout);
    expect(Object.keys(withBudget)).toEqual(Object.keys(without));
  });

  it('exits 2 with one Chinese line for a 决算 or a missing file given as the 预算', () => {
    const final = runCli(['narrative', FINAL, '--budget', FINAL]);
    expect(final.status).toBe(2);
    expect(final.stderr.trim()).toMatch(/^预算文件 sh-putuo-czj-2024\.xlsx：这是部门决算/);
    const missing = runCli(['narrative', FINAL, '--budget', 'nope.xlsx']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('预算文件 nope.xlsx：找不到这个文件');
  });
});
