import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/toJsonReport';
import { SEVERITY_NAMES } from '../../src/engine/findings';
import { TABLE_KIND_NAMES } from '../../src/engine/tableKinds';
import { templateById } from '../../src/engine/templates';
import { writeBadFiles } from '../fixtures/badFiles';
import { ROOT, runCli } from './runCli';

const SAMPLES = path.join(ROOT, 'assets', 'samples');
const HEADERS = [
  '文件',
  '单位',
  '年度',
  '模板',
  '文档类型',
  '识别的表',
  '缺少的表',
  '错误',
  '提示',
  '尾差/说明',
  '第一个错误',
  '第一个错误的单元格',
  '读取错误',
];

type Failure = { schemaVersion: 1; file: string; error: { code: string; message: string } };
type Cell = string | number | null;

let dir: string;
let batch: string;
let out: string;

/** A reviewer's folder: both samples (one in a subfolder), one broken file, an Excel lock file and a hidden file. */
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-batch-'));
  batch = path.join(dir, '收到的');
  out = path.join(dir, 'out');
  await fs.mkdir(path.join(batch, '上海'), { recursive: true });
  await fs.mkdir(out);
  await fs.copyFile(path.join(SAMPLES, 'sample-2024.xlsx'), path.join(batch, '河北 2024.xlsx'));
  await fs.copyFile(path.join(SAMPLES, 'sample-shanghai-2025.xlsx'), path.join(batch, '上海', '普陀 2025.xlsx'));
  const bad = path.join(dir, 'bad');
  await writeBadFiles(bad);
  await fs.copyFile(path.join(bad, 'truncated.xlsx'), path.join(batch, '损坏的.xlsx'));
  await fs.copyFile(path.join(SAMPLES, 'sample-2024.xlsx'), path.join(batch, '~$河北 2024.xlsx'));
  await fs.copyFile(path.join(bad, 'text.xlsx'), path.join(batch, '.隐藏.xlsx'));
  await fs.writeFile(path.join(batch, '说明.txt'), '不是工作簿');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function jsonLines(stdout: string): Array<JsonReport | Failure> {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as JsonReport | Failure);
}

/** The 汇总 row a file's `validate --json` object calls for, worked out here from the JSON contract alone. */
function expectedRow(r: JsonReport | Failure): Cell[] {
  if ('error' in r) return [r.file, ...Array<Cell>(11).fill(null), r.error.message];
  const template = templateById(r.template);
  const firstError = r.findings.find((f) => f.severity === 'error');
  const text = (s: string | undefined): Cell => (s ? s : null);
  return [
    r.file,
    text(r.unit ?? undefined),
    r.year,
    template.name,
    '预算',
    r.tables.length,
    text(r.missingTables.map((k) => TABLE_KIND_NAMES[k]).join('、')),
    r.summary.error,
    r.summary.warning,
    r.summary.info,
    text(firstError?.message),
    text(firstError?.cells.map((c) => `${c.sheet}!${c.address}`).join('，')),
    null,
  ];
}

async function readSheet(file: string, name: string): Promise<{ ws: ExcelJS.Worksheet; rows: Cell[][] }> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(file);
  const ws = excel.getWorksheet(name)!;
  const rows: Cell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: ws.columnCount }, (_, c) => (row.getCell(c + 1).value as Cell) ?? null));
  }
  return { ws, rows };
}

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

describe('validate FOLDER --summary', () => {
  it('checks the folder’s workbooks in name order and writes a summary whose rows match --json for each file', async () => {
    const summary = path.join(out, '汇总.xlsx');
    const before = await sha256(path.join(batch, '河北 2024.xlsx'));
    const r = runCli(['validate', batch, '--json', '--summary', summary]);
    expect(r.status).toBe(2); // the broken file is the worst
    const reports = jsonLines(r.stdout);
    expect(reports.map((x) => path.relative(batch, x.file))).toEqual([
      // Names in the order Explorer shows them in China (pinyin): 河北 he, 上海 shang, 损坏 sun.
      '河北 2024.xlsx',
      path.join('上海', '普陀 2025.xlsx'),
      '损坏的.xlsx',
    ]);
    // Not a TTY: stderr holds only the broken file's line, no progress bar.
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^损坏的\.xlsx：.*(损坏|不是有效)/)]);
    expect(r.stderr).not.toContain('\r');
    expect(await sha256(path.join(batch, '河北 2024.xlsx'))).toBe(before);

    const { ws, rows } = await readSheet(summary, '汇总');
    expect(rows[0]).toEqual(HEADERS);
    expect(rows.slice(1)).toEqual(reports.map(expectedRow));
    const broken = rows[3];
    expect(broken[0]).toContain('损坏的.xlsx');
    expect(broken[12]).toMatch(/损坏的\.xlsx：.*(损坏|不是有效)/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    for (let c = 1; c <= HEADERS.length; c++) expect(ws.getColumn(c).width).toBeGreaterThan(4);

    const findings = await readSheet(summary, '全部问题');
    expect(findings.rows[0]).toEqual(['文件', '级别', '规则', '说明', '单元格', '应为', '实为']);
    const everyFinding = reports.flatMap((x) =>
      'error' in x
        ? []
        : x.findings.map((f) => [
            x.file,
            SEVERITY_NAMES[f.severity],
            f.ruleId,
            f.message,
            f.cells.map((c) => `${c.sheet}!${c.address}`).join('，') || null,
            f.expected ?? null,
            f.actual ?? null,
          ]),
    );
    expect(everyFinding.length).toBeGreaterThan(0);
    expect(findings.rows.slice(1)).toEqual(everyFinding);
    expect(findings.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes the same rows as CSV: UTF-8 with a BOM, CRLF line ends', async () => {
    const csvFile = path.join(out, '汇总.csv');
    const xlsxFile = path.join(out, '汇总.xlsx');
    const r = runCli(['validate', batch, '--summary', csvFile]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`已写出批量汇总：${csvFile}（3 个文件）`);
    const bytes = await fs.readFile(csvFile);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/); // no bare line feed: every line ends in CRLF
    const csvRows = parseCsv(text);
    const { rows } = await readSheet(xlsxFile, '汇总');
    expect(csvRows).toEqual(rows.map((row) => row.map((v) => (v === null ? '' : String(v)))));
  });

  it('does not read a summary written inside the folder as one of its inputs', async () => {
    const inside = path.join(batch, '汇总.xlsx');
    try {
      expect(runCli(['validate', batch, '--summary', inside]).status).toBe(2);
      const again = runCli(['validate', batch, '--json', '--summary', inside]);
      expect(jsonLines(again.stdout)).toHaveLength(3);
      const { rows } = await readSheet(inside, '汇总');
      expect(rows.slice(1).map((row) => path.basename(String(row[0])))).toEqual([
        '河北 2024.xlsx',
        '普陀 2025.xlsx',
        '损坏的.xlsx',
      ]);
    } finally {
      await fs.rm(inside, { force: true });
    }
  });

  it('refuses a summary that is one of the inputs, or not .xlsx/.csv, and writes nothing', async () => {
    const input = path.join(batch, '河北 2024.xlsx');
    const before = await sha256(input);
    const same = runCli(['validate', input, '--summary', input]);
    expect(same.status).toBe(2);
    expect(same.stderr.trim()).toMatch(/^汇总文件不能是被校验的文件之一/);
    expect(await sha256(input)).toBe(before);
    const txt = path.join(out, '汇总.txt');
    const wrong = runCli(['validate', input, '--summary', txt]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toMatch(/只能写 \.xlsx 或 \.csv/);
    await expect(fs.stat(txt)).rejects.toThrow();
  });

  it('a folder without workbooks gives one Chinese line and exit 2; the other files are still checked', async () => {
    const empty = path.join(dir, '空文件夹');
    await fs.mkdir(path.join(empty, '子目录'), { recursive: true });
    await fs.writeFile(path.join(empty, '子目录', '说明.txt'), '无');
    const alone = runCli(['validate', empty]);
    expect(alone.status).toBe(2);
    expect(alone.stdout).toBe('');
    expect(alone.stderr.trim()).toBe(`${empty}：文件夹中没有 .xlsx 工作簿`);

    const mixed = runCli(['validate', empty, path.join(SAMPLES, 'sample-shanghai-2025.xlsx'), '--json']);
    expect(mixed.status).toBe(2);
    expect(jsonLines(mixed.stdout)).toEqual([expect.objectContaining({ template: 'shanghai' })]);
  });
});
