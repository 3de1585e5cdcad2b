import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { JsonFixReport } from '../../src/cli/fixCommand';
import type { JsonReport } from '../../src/cli/toJsonReport';
import { ROOT, runCli } from './runCli';

/*
 * `budget-check fix` end to end (issue 10.5) on copies of the seed-000 sample. The corrections come from the
 * engine's diagnosis; the tests that need one fail until it fills Finding.fix.
 */

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');
/** 表3 行政运行 基本支出 (134.29): also in 表5 and summed into 网信事务 and 合计. */
const LEAF = { sheet: '表3', address: 'E9', value: 134.29 };
const STATED_BASIC = '基本支出357.11万元';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-fix-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sha = async (file: string) =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A copy of the sample with one change made through ExcelJS, as a user's edit would be. */
async function sampleCopy(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await readBook(SAMPLE);
  edit(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The 情况说明 cell that states 基本支出 357.11 and its text as published. */
async function statedBasicCell(): Promise<{ address: string; text: string }> {
  const ws = (await readBook(SAMPLE)).getWorksheet('情况说明')!;
  let found: { address: string; text: string } | undefined;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === 'string' && c.value.includes(STATED_BASIC)) found = { address: c.address, text: c.value };
    }),
  );
  if (!found) throw new Error('sample has no 基本支出 sentence');
  return found;
}

/** 网络执法's 预算数 in 表10: the blank 表10 cell among the cells of the sample's project-missing-budget finding. */
async function blankBudgetCell(): Promise<{ sheet: string; address: string }> {
  const missing = validateJson(SAMPLE).findings.find((f) => f.ruleId === 'project-missing-budget')!;
  const table = (await readBook(SAMPLE)).getWorksheet('表10')!;
  const blank = missing.cells.filter((c) => c.sheet === '表10' && table.getCell(c.address).value === null);
  expect(blank).toHaveLength(1);
  return blank[0];
}

function validateJson(file: string): JsonReport {
  const r = runCli(['validate', file, '--json']);
  return JSON.parse(r.stdout) as JsonReport;
}

describe('fix refuses to write its input', () => {
  it('-o naming the input (however spelled) exits 2 with one Chinese line and leaves the file alone', async () => {
    const copy = path.join(dir, 'same.xlsx');
    await fs.copyFile(SAMPLE, copy);
    const before = await sha(copy);
    for (const output of [copy, path.join(dir, '.', 'x', '..', 'same.xlsx')]) {
      const r = runCli(['fix', copy, '-o', output]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^输出文件不能与原文件相同/);
    }
    expect(await sha(copy)).toBe(before);
  });

  it('an unreadable file exits 2 with one line and writes nothing', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    await fs.writeFile(broken, 'not a workbook');
    const out = path.join(dir, 'broken-fixed.xlsx');
    const r = runCli(['fix', broken, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.js/);
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('--only takes narrative or tables', () => {
    const r = runCli(['fix', SAMPLE, '-o', path.join(dir, 'x.xlsx'), '--only', 'everything']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('--only 后面需要 narrative 或 tables');
  });
});

describe('fix on the seed-000 sample', () => {
  it('fills 网络执法 预算数 with 0.20 and the copy re-checks without project-missing-budget', async () => {
    const before = await sha(SAMPLE);
    const out = path.join(dir, 'sample-fixed.xlsx');
    const r = runCli(['fix', SAMPLE, '-o', out, '--json']);
    expect(await sha(SAMPLE)).toBe(before);
    const report = JSON.parse(r.stdout) as JsonFixReport;
    expect(report).toMatchObject({ schemaVersion: 1, file: SAMPLE, output: out });

    const budgetCell = await blankBudgetCell();
    const change = report.changes.find((c) => c.cell.sheet === '表10' && c.cell.address === budgetCell.address);
    expect(change).toMatchObject({ old: '', new: '0.20' });
    expect(change!.resolves).toContain('project-missing-budget');

    const fixed = (await readBook(out)).getWorksheet('表10')!.getCell(budgetCell.address);
    expect(fixed.value).toBe(0.2);
    const recheck = validateJson(out);
    expect(recheck.findings.filter((f) => f.ruleId === 'project-missing-budget')).toEqual([]);
    expect(report.remaining).toEqual(recheck.summary);
    expect(r.status).toBe(recheck.summary.error > 0 ? 1 : 0);
  });

  it('prints one Chinese line per change, then the copy written and the errors remaining', () => {
    const out = path.join(dir, 'sample-fixed-text.xlsx');
    const r = runCli(['fix', SAMPLE, '-o', out]);
    const lines = r.stdout.trim().split('\n');
    expect(lines.some((l) => /^表10!C\d+：（空） → 0\.20　解决〔.*project-missing-budget.*〕$/.test(l))).toBe(true);
    expect(lines[lines.length - 2]).toMatch(
      /^已写出修正副本：.*sample-fixed-text\.xlsx（修改 [1-9]\d* 处，未修改 \d+ 处）$/,
    );
    expect(lines[lines.length - 1]).toMatch(/^复核副本：/);
  });
});

describe('fix restores a changed figure', () => {
  it('a copy with one table figure changed gets the figure back, in its own number format', async () => {
    const changed = await sampleCopy('one-figure.xlsx', (wb) => {
      const cell = wb.getWorksheet(LEAF.sheet)!.getCell(LEAF.address);
      expect(cell.value).toBe(LEAF.value);
      cell.value = 143.29;
    });
    const errorsBefore = validateJson(changed).findings.filter(
      (f) => f.severity === 'error' && f.cells.some((c) => c.sheet === LEAF.sheet && c.address === LEAF.address),
    );
    expect(errorsBefore.length).toBeGreaterThan(0);

    const before = await sha(changed);
    const out = path.join(dir, 'one-figure-fixed.xlsx');
    const r = runCli(['fix', changed, '-o', out, '--only', 'tables', '--json']);
    expect(await sha(changed)).toBe(before);
    const report = JSON.parse(r.stdout) as JsonFixReport;
    expect(report.changes).toContainEqual(
      expect.objectContaining({ cell: { sheet: LEAF.sheet, address: LEAF.address }, old: '143.29', new: '134.29' }),
    );

    const original = (await readBook(SAMPLE)).getWorksheet(LEAF.sheet)!.getCell(LEAF.address);
    const restored = (await readBook(out)).getWorksheet(LEAF.sheet)!.getCell(LEAF.address);
    expect(restored.value).toBe(LEAF.value);
    expect(restored.numFmt).toBe(original.numFmt);
    expect(restored.style.font).toEqual(original.style.font);
    const stillNamed = validateJson(out).findings.filter(
      (f) => f.severity === 'error' && f.cells.some((c) => c.sheet === LEAF.sheet && c.address === LEAF.address),
    );
    expect(stillNamed).toEqual([]);
  });

  it('--only narrative gives back the published paragraph byte for byte and leaves the tables alone', async () => {
    const stated = await statedBasicCell();
    const changed = await sampleCopy('narrative.xlsx', (wb) => {
      wb.getWorksheet('情况说明')!.getCell(stated.address).value = stated.text.replace(
        STATED_BASIC,
        '基本支出375.11万元',
      );
    });
    const out = path.join(dir, 'narrative-fixed.xlsx');
    const r = runCli(['fix', changed, '-o', out, '--only', 'narrative', '--json']);
    const report = JSON.parse(r.stdout) as JsonFixReport;
    const change = report.changes.find((c) => c.cell.sheet === '情况说明' && c.cell.address === stated.address);
    expect(change).toBeDefined();
    expect(change!.new).toBe(stated.text);

    const fixed = await readBook(out);
    expect(fixed.getWorksheet('情况说明')!.getCell(stated.address).value).toBe(stated.text);
    // 网络执法's missing budget is a table figure: not touched under --only narrative.
    expect(fixed.getWorksheet('表10')!.getCell((await blankBudgetCell()).address).value).toBeNull();
    for (const c of report.changes) expect(c.new).not.toMatch(/^-?\d+(\.\d+)?$/);
  });
});
