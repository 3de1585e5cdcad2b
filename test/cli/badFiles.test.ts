import * as os from 'os';
import * as path from 'path';
import { promises as fs } from 'fs';
import { writeBadFiles, type BadFile } from '../fixtures/badFiles';
import { runCli } from './runCli';

let dir: string;
let files: BadFile[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-bad-'));
  files = await writeBadFiles(dir);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function expectOneCleanLine(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m); // no stack frame
  expect(stderr).not.toMatch(/Error:/);
}

describe('unreadable files exit 2 with one clear Chinese line', () => {
  it('covers every bad file', () => {
    expect(files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['empty.xlsx', 'text.xlsx', 'encrypted.xlsx', 'truncated.xlsx', 'no-budget-table.xlsx']),
    );
  });

  it.each([
    'empty.xlsx',
    'text.xlsx',
    'encrypted.xlsx',
    'truncated.xlsx',
    'zip-not-xlsx.xlsx',
    'no-budget-table.xlsx',
    'blank-workbook.xlsx',
  ])('%s', (name) => {
    const file = files.find((f) => f.name === name)!;
    const r = runCli(['validate', path.join(dir, name)]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(file.expect);
    expect(r.stderr).toContain(name);
  });

  it('a missing file', () => {
    const r = runCli(['validate', path.join(dir, 'nope.xlsx')]);
    expect(r.status).toBe(2);
    expectOneCleanLine(r.stderr);
    expect(r.stderr).toMatch(/找不到/);
  });

  it('with --json, a bad file still gives one JSON line naming the failure', () => {
    const r = runCli(['validate', path.join(dir, 'encrypted.xlsx'), '--json']);
    expect(r.status).toBe(2);
    const obj = JSON.parse(r.stdout.trim());
    expect(obj).toMatchObject({ schemaVersion: 1, error: { code: 'encrypted' } });
  });

  it('annotate refuses a bad file and writes nothing', async () => {
    const out = path.join(dir, 'out.xlsx');
    const r = runCli(['annotate', path.join(dir, 'text.xlsx'), '-o', out]);
    expect(r.status).toBe(2);
    expectOneCleanLine(r.stderr);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it('wrong arguments exit 2 with the usage', () => {
    const r = runCli(['validate', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不认识的选项');
    expect(r.stderr).toContain('用法');
  });
});
