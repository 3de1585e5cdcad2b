import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/toJsonReport';
import { ROOT, runCli } from './runCli';

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');
const STACKED = path.join(ROOT, 'assets', 'samples', 'sample-2024-stacked.xlsx');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sha = async (file: string) =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');

describe('validate', () => {
  it('prints a readable Chinese report without --json', () => {
    const r = runCli(['validate', SAMPLE]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('单位：224网信办');
    expect(r.stdout).toMatch(/审核结果：错误 1 项，提示 2 项，尾差\/说明 \d+ 项/);
    expect(r.stdout).toContain('网络执法');
  });

  it('checks several files in one call, one JSON object per line, the worst exit status', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    await fs.writeFile(broken, 'not a workbook');
    const r = runCli(['validate', SAMPLE, STACKED, broken, '--json']);
    expect(r.status).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    const [a, b, c] = lines as [JsonReport, JsonReport, { error: { code: string } }];
    expect(a.file).toBe(SAMPLE);
    // The same document in another layout (stacked, offset, amounts as text) gives the same findings.
    expect(b.summary).toEqual(a.summary);
    expect(b.findings.map((f) => f.ruleId).sort()).toEqual(a.findings.map((f) => f.ruleId).sort());
    expect(c.error.code).toBe('not-xlsx');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('annotate', () => {
  it('writes a marked copy with notes and a 校验报告 sheet, and never writes the input', async () => {
    const before = await sha(SAMPLE);
    const out = path.join(dir, 'annotated.xlsx');
    const r = runCli(['annotate', SAMPLE, '-o', out, '--json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(await sha(SAMPLE)).toBe(before);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const error = report.findings.find((f) => f.severity === 'error')!;
    const cell = copy.getWorksheet(error.cells[0].sheet)!.getCell(error.cells[0].address);
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(String(typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note))).toContain(error.message);

    const info = report.findings.find((f) => f.severity === 'info')!;
    const infoCell = copy.getWorksheet(info.cells[0].sheet)!.getCell(info.cells[0].address);
    expect(infoCell.fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });

    // Exactly the involved cells carry a mark colour, no other cell.
    const ours = new Set(['FFFFC7CE', 'FFFFEB9C', 'FFDDEBF7']);
    const involved = new Set(report.findings.flatMap((f) => f.cells.map((c) => `${c.sheet}!${c.address}`)));
    const filled = new Set<string>();
    copy.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          const fg = (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
          if (fg && ours.has(fg)) filled.add(`${ws.name}!${c.address}`);
        }),
      ),
    );
    expect([...filled].sort()).toEqual([...involved].sort());

    const sheet = copy.getWorksheet('校验报告')!;
    expect(sheet).toBeDefined();
    const messages: string[] = [];
    sheet.eachRow((row) => messages.push(String(row.getCell(4).value ?? '')));
    for (const f of report.findings) expect(messages).toContain(f.message);

    // Values are untouched: every cell of every original sheet reads the same in the copy.
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(SAMPLE);
    for (const ws of original.worksheets) {
      ws.eachRow((row, n) =>
        row.eachCell((c, col) => {
          expect(copy.getWorksheet(ws.name)!.getRow(n).getCell(col).value).toEqual(c.value);
        }),
      );
    }
  });

  it('refuses to overwrite its input', () => {
    const r = runCli(['annotate', SAMPLE, '-o', SAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不能与原文件相同');
  });
});
