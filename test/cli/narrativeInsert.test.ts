import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { NarrativeJson } from '../../src/cli/narrativeCommand';
import { fromA1, toA1 } from '../../src/engine/grid';
import { REASON_PLACEHOLDER } from '../../src/engine/narrative';
import { NARRATIVE_BLOCK_NAME } from '../../src/engine/narrative/narrativeBlock';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { writeXlsx } from '../../scripts/samples/writeXlsx';
import { previousYearData } from '../engine/narrative/previousYearData';
import { ROOT, runCli } from './runCli';

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');
const SHEET = '情况说明';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  cells: Array<{ sheet: string; address: string }>;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budget-narrative-insert-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

function insertJson(args: string[]): NarrativeJson & { inserted: NonNullable<NarrativeJson['inserted']> } {
  const r = runCli(['narrative', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const report = JSON.parse(r.stdout) as NarrativeJson;
  expect(report.inserted).toBeDefined();
  return report as NarrativeJson & { inserted: NonNullable<NarrativeJson['inserted']> };
}

function blockCells(address: string): string[] {
  const [first, last] = address.split(':').map((a) => fromA1(a));
  return Array.from({ length: last.row - first.row + 1 }, (_, i) => toA1(first.row + i, first.col));
}

function findingsOf(file: string): JsonFinding[] {
  const r = runCli(['validate', file, '--json']);
  expect(r.status).not.toBe(2);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

const namesBlock = (f: JsonFinding, cells: string[]) =>
  f.cells.some((c) => c.sheet === SHEET && cells.includes(c.address));

/** Column A of the 情况说明 sheet as text, row by row: the user's paragraphs. */
async function narrativeColumn(file: string): Promise<string[]> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(file);
  const ws = excel.getWorksheet(SHEET)!;
  return Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, 1).text);
}

describe('budget-check narrative -o: the 情况说明 block in a copy', () => {
  it('inserts the block below the 情况说明 paragraphs; it validates without narrative errors or warnings; the input is not written', async () => {
    const before = await sha256(SAMPLE);
    const out = path.join(dir, 'out.xlsx');
    const report = insertJson([SAMPLE, '-o', out]);
    expect(await sha256(SAMPLE)).toBe(before);
    const userRows = (await narrativeColumn(SAMPLE)).length;
    expect(report.inserted).toEqual({
      file: out,
      sheet: SHEET,
      address: `A${userRows + 2}:A${userRows + 17}`,
      replaced: false,
    });

    const cells = blockCells(report.inserted.address);
    const findings = findingsOf(out);
    const onBlock = findings.filter((f) => f.ruleId.startsWith('narrative') && namesBlock(f, cells));
    // The seed's tables carry 尾差 that the text states as published: info only, never error or warning, but
    // for the 原因 of the change the sample's own text states (last year's total taken from it).
    const changeCell = cells[report.sections.findIndex((s) => s.id === 'change') * 2 + 1];
    const problems = onBlock.filter((f) => f.severity !== 'info');
    expect(problems.map((f) => [f.ruleId, f.cells[0].address])).toEqual([['narrative-placeholder', changeCell]]);
    for (const f of onBlock.filter((f2) => f2.severity === 'info')) expect(f.message).toMatch(/^尾差：/);
    // Everything else is exactly what the original file gives.
    const strip = (fs2: JsonFinding[]) => JSON.stringify(fs2.filter((f) => !namesBlock(f, cells)));
    expect(strip(findings)).toBe(strip(findingsOf(SAMPLE)));

    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(out);
    expect(excel.definedNames.getRanges(NARRATIVE_BLOCK_NAME).ranges).toEqual([
      `'${SHEET}'!$A$${userRows + 2}:$A$${userRows + 17}`,
    ]);
    const ws = excel.getWorksheet(SHEET)!;
    expect(ws.getCell(userRows + 1, 1).value).toBeNull();
    for (const [i, a] of cells.entries()) {
      const cell = ws.getCell(a);
      expect(cell.numFmt).toBe('@');
      expect(typeof cell.value).toBe('string');
      const s = report.sections[Math.floor(i / 2)];
      expect(cell.value).toBe(i % 2 === 0 ? `${Math.floor(i / 2) + 1}、${s.title}` : s.text);
    }
  });

  it('a second run on the copy replaces the block: one block, the user’s paragraphs unchanged', async () => {
    const out = path.join(dir, 'first.xlsx');
    const again = path.join(dir, 'second.xlsx');
    const first = insertJson([SAMPLE, '-o', out]);
    const hash = await sha256(out);
    const previous = path.join(dir, 'budget-2023.xlsx');
    await writeXlsx(layoutWorkbook(previousYearData()), previous);
    const second = insertJson([out, '--previous', previous, '-o', again]);
    expect(await sha256(out)).toBe(hash);
    expect(second.inserted).toMatchObject({ ...first.inserted, file: again, replaced: true });

    const original = await narrativeColumn(SAMPLE);
    const replaced = await narrativeColumn(again);
    expect(replaced).toHaveLength(original.length + 17);
    expect(replaced.slice(0, original.length)).toEqual(original);
    expect(replaced[original.length]).toBe('');

    // With last year's figures the block's only errors are the 原因 placeholders, on the rows that carry them.
    const cells = blockCells(second.inserted.address);
    const texts = second.sections.flatMap((s) => [s.title, s.text]);
    const expected = cells.filter((_, i) => texts[i].includes(REASON_PLACEHOLDER));
    expect(expected.length).toBeGreaterThan(0);
    const problems = findingsOf(again).filter(
      (f) => f.ruleId.startsWith('narrative') && f.severity !== 'info' && namesBlock(f, cells),
    );
    expect(problems.map((f) => f.ruleId)).toEqual(expected.map(() => 'narrative-placeholder'));
    expect(problems.map((f) => f.cells[0].address).sort()).toEqual([...expected].sort());

    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(again);
    expect(excel.definedNames.model.filter((n) => n.name === NARRATIVE_BLOCK_NAME)).toEqual([
      { name: NARRATIVE_BLOCK_NAME, ranges: [`'${SHEET}'!$A$${original.length + 2}:$A$${original.length + 17}`] },
    ]);
  });

  it('inserting again keeps the reason typed into the block and updates its figures', async () => {
    const out = path.join(dir, 'typed-first.xlsx');
    const typed = path.join(dir, 'typed.xlsx');
    const again = path.join(dir, 'typed-again.xlsx');
    const first = insertJson([SAMPLE, '-o', out]);
    const cells = blockCells(first.inserted.address);
    const changeCell = cells[first.sections.findIndex((s) => s.id === 'change') * 2 + 1];
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(out);
    const cell = excel.getWorksheet(SHEET)!.getCell(changeCell);
    expect(cell.text).toContain(REASON_PLACEHOLDER);
    cell.value = cell.text.replace(REASON_PLACEHOLDER, '压减一次性项目');
    await excel.xlsx.writeFile(typed);

    const previous = path.join(dir, 'typed-2023.xlsx');
    await writeXlsx(layoutWorkbook(previousYearData()), previous);
    const r = runCli(['narrative', typed, '--previous', previous, '-o', again]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('更新了原有的情况说明区域：更新 6 个数字，保留 1 处已填写的原因');
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(again);
    expect(after.getWorksheet(SHEET)!.getCell(changeCell).text).toBe(
      '2024年预算收支安排384.34万元，较2023年预算减少130.40万元，其中：基本支出增加7.11万元，项目支出减少137.51万元。主要原因是压减一次性项目。',
    );
  });

  it('creates the 情况说明 sheet with its title when the workbook has none, and the block is read as the narrative', async () => {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(SAMPLE);
    excel.removeWorksheet(excel.getWorksheet(SHEET)!.id);
    const bare = path.join(dir, 'bare.xlsx');
    await excel.xlsx.writeFile(bare);
    const out = path.join(dir, 'bare-out.xlsx');
    const report = insertJson([bare, '-o', out]);
    expect(report.inserted).toMatchObject({ sheet: SHEET, address: 'A3:A18', replaced: false });
    const column = await narrativeColumn(out);
    expect(column[0]).toBe('224网信办2024年部门预算信息公开情况说明');

    const r = runCli(['validate', out, '--json']);
    const validated = JSON.parse(r.stdout) as { tables: Array<{ kind: string; sheet: string }> };
    expect(validated.tables.filter((t) => t.kind === 'narrative').map((t) => t.sheet)).toEqual([SHEET]);
    const cells = blockCells('A3:A18');
    const onBlock = findingsOf(out).filter((f) => f.ruleId.startsWith('narrative') && namesBlock(f, cells));
    expect(onBlock.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('refuses to write the copy over the input', async () => {
    const copy = path.join(dir, 'same.xlsx');
    await fs.copyFile(SAMPLE, copy);
    const hash = await sha256(copy);
    const r = runCli(['narrative', copy, '-o', copy]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('原文件从不被改写');
    expect(await sha256(copy)).toBe(hash);
  });
});
