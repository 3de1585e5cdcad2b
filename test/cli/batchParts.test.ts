import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { addCheckedFile, addFailedFile, type BatchSummary } from '../../src/cli/batchSummaryRows';
import { collectFiles } from '../../src/cli/collectFiles';
import { ProgressBar } from '../../src/cli/progressBar';
import { summaryCsv } from '../../src/cli/writeSummaryCsv';
import type { JsonReport } from '../../src/cli/toJsonReport';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-batch-parts-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('collectFiles', () => {
  it('recurses in zh-CN name order (numbers as numbers, Chinese before Latin), skips lock, hidden and other files, excludes the summary', async () => {
    const root = path.join(dir, 'folder');
    for (const f of [
      '表10.xlsx',
      '表2.xlsx',
      'b/表1.xlsx',
      'a/旧版.xls',
      '~$表2.xlsx',
      '.表3.xlsx',
      '.git/x.xlsx',
      '说明.docx',
      '汇总.xlsx',
    ]) {
      await fs.mkdir(path.dirname(path.join(root, f)), { recursive: true });
      await fs.writeFile(path.join(root, f), '');
    }
    const { files, problems } = await collectFiles([root, path.join(root, '表2.xlsx')], [path.join(root, '汇总.xlsx')]);
    expect(problems).toEqual([]);
    expect(files.map((f) => path.relative(root, f))).toEqual([
      '表2.xlsx',
      '表10.xlsx',
      path.join('a', '旧版.xls'),
      path.join('b', '表1.xlsx'),
    ]);
  });

  it('passes files and missing paths through as given; an empty folder is a problem line', async () => {
    const empty = path.join(dir, 'empty');
    await fs.mkdir(empty);
    const { files, problems } = await collectFiles(['不存在.xlsx', empty]);
    expect(files).toEqual(['不存在.xlsx']);
    expect(problems).toEqual([`${empty}：文件夹中没有 .xlsx 工作簿`]);
  });
});

describe('ProgressBar', () => {
  it('draws nothing unless the stream is a terminal', () => {
    const written: string[] = [];
    expect(ProgressBar.on({ isTTY: false, write: (t) => written.push(t) }, 3)).toBeUndefined();
    expect(written).toEqual([]);
  });

  it('redraws one line in place, cuts a long name from the front, and clears it', () => {
    const written: string[] = [];
    const bar = ProgressBar.on({ isTTY: true, columns: 60, write: (t) => written.push(t) }, 50)!;
    bar.show(11, '某文件.xlsx');
    const CLEAR = '\r\x1b[K';
    expect(written.every((w) => w.startsWith(CLEAR))).toBe(true);
    expect(written[0].slice(CLEAR.length)).toMatch(/^校验 12\/50 \[█+░+\] 某文件\.xlsx$/);
    bar.show(12, `很长的文件夹名称/${'子'.repeat(30)}/某单位预算.xlsx`);
    expect(written[1].slice(CLEAR.length)).toMatch(/^校验 13\/50 .*….*某单位预算\.xlsx$/);
    bar.clear();
    bar.clear();
    expect(written.slice(2)).toEqual([CLEAR]);
    expect(written.join('')).not.toContain('\n');
  });
});

describe('summaryCsv', () => {
  it('quotes per RFC 4180, keeps text from a workbook from running as a formula, and ends lines in CRLF', () => {
    const summary: BatchSummary = { files: [], findings: [] };
    const report: JsonReport = {
      schemaVersion: 1,
      file: 'a,"b".xlsx',
      template: 'hebei',
      unit: '=HYPERLINK("http://x","点我")',
      year: 2024,
      tables: [],
      missingTables: ['income'],
      findings: [{ ruleId: 'r', family: 'hierarchy', severity: 'error', message: '第一行\n第二行', cells: [] }],
      diagnosis: [],
      summary: { error: 1, warning: 0, info: 0 },
    } as unknown as JsonReport;
    addCheckedFile(summary, report);
    addFailedFile(summary, 'x.xlsx', 'x.xlsx：文件是空的');
    const csv = summaryCsv(summary);
    expect(csv.startsWith('\ufeff文件,单位,年度,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toBe(
      `"a,""b"".xlsx","'=HYPERLINK(""http://x"",""点我"")",2024,河北省部门预算公开模板,预算,0,部门预算收入总表,1,0,0,第一行第二行,,`,
    );
    expect(lines[2]).toBe('x.xlsx,,,,,,,,,,,,x.xlsx：文件是空的');
  });
});
