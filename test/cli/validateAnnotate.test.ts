import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import type { JsonReport } from '../../src/cli/toJsonReport';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import { FAMILY_NAMES, SEVERITY_NAMES, type RuleFamily } from '../../src/engine/findings';
import { REPORT_HEADER } from '../../src/report/reportRows';
import { headerIndex, reportModuleRows, sheetRows } from './reportSheetRows';
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

    // The 校验报告 sheet holds src/report's rows for this workbook's check, the rows 导出报告 writes.
    const result = checkWorkbook((await readWorkbookFile(SAMPLE)).grid);
    expect(report.summary).toEqual(result.summary);
    const rows = sheetRows(copy.getWorksheet('校验报告')!);
    expect(rows).toEqual(reportModuleRows(result));
    const header = headerIndex(rows);
    expect(rows[header]).toEqual(REPORT_HEADER);
    expect(rows[header + 1].slice(1, 3)).toEqual(['错误', '最可能出错']);
    expect(rows[header + 1][4]).toMatch(/^最可能出错：表10!C\d+（应为 0\.20），可解释 \d+ 项错误/);
    // Finding 1 is the JSON's first finding: 序号, 级别, 类别, 规则, 说明, its cells, 应为, 实为.
    const first = rows.find((r) => r[0] === '1')!;
    const f1 = report.findings[0];
    expect(first.slice(1)).toEqual([
      SEVERITY_NAMES[f1.severity],
      FAMILY_NAMES[f1.family as RuleFamily],
      f1.ruleId,
      f1.message,
      f1.cells.map((c) => `${c.sheet}!${c.address}`).join('、'),
      f1.expected ?? '',
      f1.actual ?? '',
    ]);
    expect(rows.filter((r) => /^\d+$/.test(r[0]))).toHaveLength(report.findings.length);

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

  it("never overwrites a user's own 校验报告 sheet: the report goes to 校验报告 (2), which a second run rewrites", async () => {
    const own = new ExcelJS.Workbook();
    await own.xlsx.readFile(SAMPLE);
    own.addWorksheet('校验报告').getCell('A1').value = '我自己的笔记';
    const input = path.join(dir, 'own-report.xlsx');
    await own.xlsx.writeFile(input);

    const once = path.join(dir, 'own-report.annotated.xlsx');
    const r = runCli(['annotate', input, '-o', once]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('附“校验报告 (2)”工作表');
    const twice = path.join(dir, 'own-report.annotated-twice.xlsx');
    expect(runCli(['annotate', once, '-o', twice]).status).toBe(1);

    for (const file of [once, twice]) {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(file);
      expect(copy.worksheets.map((ws) => ws.name).filter((n) => n.startsWith('校验报告'))).toEqual([
        '校验报告',
        '校验报告 (2)',
      ]);
      expect(sheetRows(copy.getWorksheet('校验报告')!)).toEqual([['我自己的笔记', ...Array(7).fill('')]]);
      expect(sheetRows(copy.getWorksheet('校验报告 (2)')!)[0][0]).toBe('预算公开审核报告');
    }
  });

  it('refuses to overwrite its input', () => {
    const r = runCli(['annotate', SAMPLE, '-o', SAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不能与原文件相同');
  });
});
