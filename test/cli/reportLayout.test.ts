import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import type { MemorySheet } from '../../src/preview/memoryExcel';
import { createMemoryRunner } from '../../src/preview/memoryExcel';
import { loadWorkbookFile } from '../../src/preview/loadWorkbookFile';
import { headerIndex, sheetRows } from './reportSheetRows';
import { ROOT, runCli } from './runCli';

/*
 * One report layout (issue 11.5): the CLI's annotate and the add-in's 导出报告 write the same 校验报告 rows for
 * the same workbook. The add-in runs against the in-memory Excel the pane's tests use, on the sample file.
 */

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-layout-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A sheet of the in-memory workbook as text rows, from A1 to its last cell, an empty cell as ''. */
function memoryRows(sheet: MemorySheet): string[][] {
  let rows = 0;
  let cols = 0;
  sheet.forEachCell((r, c) => {
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  });
  const grid = Array.from({ length: rows }, () => Array<string>(cols).fill(''));
  sheet.forEachCell((r, c, cell) => {
    if (cell.value !== null) grid[r][c] = String(cell.value);
  });
  return grid;
}

async function addInReport(file: string): Promise<string[][]> {
  const data = await fs.readFile(file);
  const { workbook } = await loadWorkbookFile(
    data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
    path.basename(file),
  );
  const adapter = createWorkbookAdapter(createMemoryRunner(workbook));
  await adapter.writeReport(checkWorkbook(await adapter.readWorkbook()));
  return memoryRows(workbook.sheet('校验报告'));
}

async function cliReport(file: string): Promise<string[][]> {
  const out = path.join(dir, `${path.basename(file, '.xlsx')}.annotated.xlsx`);
  const run = runCli(['annotate', file, '-o', out]);
  expect(run.stderr).toBe('');
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(out);
  return sheetRows(copy.getWorksheet('校验报告')!);
}

async function bothReports(name: string): Promise<{ cli: string[][]; addIn: string[][] }> {
  const file = path.join(ROOT, 'assets', 'samples', name);
  return { cli: await cliReport(file), addIn: await addInReport(file) };
}

describe('annotate and 导出报告 write one 校验报告 layout', () => {
  it('the Hebei sample: the same rows cell for cell, the diagnosis line before finding 1', async () => {
    const { cli, addIn } = await bothReports('sample-2024.xlsx');
    expect(cli).toEqual(addIn);
    expect(cli[0][0]).toBe('预算公开审核报告');
    const header = headerIndex(cli);
    expect(cli[header + 1].slice(1, 3)).toEqual(['错误', '最可能出错']);
    expect(cli[header + 1][4]).toMatch(/^最可能出错：表10!C\d+（应为 0\.20）/);
    const first = cli.findIndex((r) => r[0] === '1');
    expect(first).toBeGreaterThan(header + 1);
    expect(cli[first].slice(1, 4)).toEqual(['错误', '项目绩效', 'project-missing-budget']);
  });

  it('the Shanghai sample (nothing found): the same rows, saying so under the header', async () => {
    const { cli, addIn } = await bothReports('sample-shanghai-2025.xlsx');
    expect(cli).toEqual(addIn);
    expect(cli[1].slice(0, 2)).toEqual(['单位：上海市普陀区人民政府办公室', '预算年度：2025']);
    expect(cli[headerIndex(cli) + 1][4]).toBe('未发现问题');
  });
});
