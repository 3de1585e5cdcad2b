import * as path from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import { workbookToGrid } from '../../src/xlsx/workbookToGrid';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import { fromA1, toA1, type WorkbookGrid } from '../../src/engine/grid';
import {
  generateNarrative,
  previousYearFigures,
  REASON_PLACEHOLDER,
  type NarrativeSection,
} from '../../src/engine/narrative';
import { NARRATIVE_BLOCK_NAME, narrativeBlockRows } from '../../src/engine/narrative/narrativeBlock';
import { recognizeWorkbook } from '../../src/engine/tables/recognizeWorkbook';
import { tablesOf } from '../../src/engine/tables/types';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import { insertNarrative, NarrativeInsertError } from '../../src/excel/insertNarrative';
import type { InsertNarrativeResult } from '../../src/excel/types';
import {
  createMemoryRunner,
  MemoryWorkbook,
  type MemoryCell,
  type MemoryWorkbookSnapshot,
} from '../../src/preview/memoryExcel';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { toExcelWorkbook } from '../../scripts/samples/writeXlsx';
import { ROOT } from '../cli/runCli';
import { previousYearData } from '../engine/narrative/previousYearData';

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');
const SHEET = '情况说明';

let sampleGrid: WorkbookGrid;
/** Sections without last year's figures: no 原因 placeholder. */
let plain: NarrativeSection[];
/** Sections with last year's figures: the change and 三公 texts ask for the 原因. */
let withPrevious: NarrativeSection[];

beforeAll(async () => {
  sampleGrid = (await readWorkbookFile(SAMPLE)).grid;
  const workbook = recognizeWorkbook(sampleGrid);
  plain = generateNarrative(workbook);
  const lastYear = recognizeWorkbook(workbookToGrid(toExcelWorkbook(layoutWorkbook(previousYearData())), 'prev'));
  withPrevious = generateNarrative(workbook, { previous: previousYearFigures(lastYear) });
});

function sampleWorkbook(grid = sampleGrid): MemoryWorkbook {
  return MemoryWorkbook.fromGrid(grid);
}

/** The block's cells, 'A70' … 'A85'. */
function blockCells(result: InsertNarrativeResult): string[] {
  const [first, last] = result.address.split(':').map((a) => fromA1(a));
  const cells: string[] = [];
  for (let r = first.row; r <= last.row; r++) cells.push(toA1(r, first.col));
  return cells;
}

/** Every stored cell of every sheet except the given cells of one sheet, as JSON: must not change. */
function cellsOutside(wb: MemoryWorkbook, sheet: string, excluded: readonly string[]): string {
  const skip = new Set(excluded);
  const snap: MemoryWorkbookSnapshot = wb.toJSON();
  return JSON.stringify(
    snap.sheets.map((s) => [
      s.name,
      s.cells.filter(([r, c]) => s.name !== sheet || !skip.has(toA1(r, c))).sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    ]),
  );
}

function blockValues(wb: MemoryWorkbook, sheet: string, result: InsertNarrativeResult): Array<MemoryCell | undefined> {
  return blockCells(result).map((a) => {
    const { row, col } = fromA1(a);
    return wb.sheet(sheet).cell(row, col);
  });
}

/** Read the workbook back through the adapter and check it, as the pane does. */
async function checkThroughAdapter(wb: MemoryWorkbook) {
  const grid = await createWorkbookAdapter(createMemoryRunner(wb)).readWorkbook();
  return checkWorkbook(grid, { strict: false });
}

type Checked = Awaited<ReturnType<typeof checkThroughAdapter>>;

function narrativeFindingsOn(result: Checked, cells: readonly string[]) {
  return result.findings.filter(
    (f) => f.family === 'narrative' && f.cells.some((c) => c.sheet === SHEET && cells.includes(c.address)),
  );
}

/**
 * Narrative errors and warnings naming a block cell. The seed's own tables carry 尾差 (基本支出 ≠ 人员经费 +
 * 公用经费 by 0.01, the 302 items vs 公用经费), and the text states the table figures as published, so the
 * 尾差 come back as info findings, as in test/engine/narrative/revalidate.test.ts; they are asserted apart.
 */
function problemsOn(result: Checked, cells: readonly string[]) {
  return narrativeFindingsOn(result, cells).filter((f) => f.severity !== 'info');
}

/** The info findings on the block are 尾差 only. */
function expectOnlyRounding(result: Checked, cells: readonly string[]): void {
  for (const f of narrativeFindingsOn(result, cells).filter((x) => x.severity === 'info')) {
    expect(f.message).toMatch(/^尾差：/);
  }
}

describe('insertNarrative on the seed-000 sample', () => {
  it('writes the block below the 情况说明 paragraphs after one blank row, in three syncs; no narrative error or warning on it', async () => {
    const wb = sampleWorkbook();
    const lastRow = wb.sheet(SHEET).usedRectangle(true)!.bottom;
    const run = createMemoryRunner(wb);
    const result = await createWorkbookAdapter(run).insertNarrative(plain);

    expect(result).toEqual({
      sheet: SHEET,
      address: `A${lastRow + 3}:A${lastRow + 18}`,
      replaced: false,
    });
    expect(run.stats.syncs).toBe(3);
    expect(wb.sheet(SHEET).cell(lastRow + 1, 0)).toBeUndefined();
    expect(blockValues(wb, SHEET, result).map((c) => c?.value)).toEqual(narrativeBlockRows(plain));
    expect(blockValues(wb, SHEET, result).every((c) => c?.numberFormat === '@' && !c.formula)).toBe(true);
    expect(wb.names.map((n) => n.name)).toEqual([NARRATIVE_BLOCK_NAME]);

    const checked = await checkThroughAdapter(wb);
    // The block is part of the recognised 情况说明, so the narrative rules did read it.
    const paragraphs = tablesOf(checked.workbook, 'narrative').flatMap((t) => t.paragraphs);
    const cells = blockCells(result);
    expect(paragraphs.filter((p) => p.cell.sheet === SHEET && cells.includes(p.cell.address))).toHaveLength(16);
    expect(problemsOn(checked, cells)).toEqual([]);
    expectOnlyRounding(checked, cells);
  });

  it('with last year’s figures, the only findings on the block are the 原因 placeholders', async () => {
    const wb = sampleWorkbook();
    const result = await createWorkbookAdapter(createMemoryRunner(wb)).insertNarrative(withPrevious);
    const cells = blockCells(result);
    const rows = narrativeBlockRows(withPrevious);
    const expected = cells.filter((_, i) => rows[i].includes(REASON_PLACEHOLDER));
    expect(expected.length).toBeGreaterThan(0);

    const checked = await checkThroughAdapter(wb);
    const found = problemsOn(checked, cells);
    expect(found.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(expected.map(() => 'narrative-placeholder:error'));
    expect(found.map((f) => f.cells[0].address).sort()).toEqual([...expected].sort());
    expectOnlyRounding(checked, cells);
  });

  it('a second insert replaces the block in place; every other cell stays byte-for-byte', async () => {
    const wb = sampleWorkbook();
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    const cellCount = wb.sheet(SHEET).cells.size;
    const first = await adapter.insertNarrative(plain);
    const cells = blockCells(first);
    const before = cellsOutside(sampleWorkbook(), SHEET, []);
    expect(cellsOutside(wb, SHEET, cells)).toBe(before);

    // The first block was written without last year: named as an alternative, its rows are read as generated.
    const alternatives = [narrativeBlockRows(plain)];
    const second = await insertNarrative(createMemoryRunner(wb), withPrevious, { alternatives });
    expect(second).toMatchObject({ ...first, replaced: true });
    expect(cellsOutside(wb, SHEET, cells)).toBe(before);
    expect(wb.sheet(SHEET).cells.size).toBe(cellCount + 16);
    expect(blockValues(wb, SHEET, second).map((c) => c?.value)).toEqual(narrativeBlockRows(withPrevious));
    expect(wb.names).toHaveLength(1);
  });

  it('inserting again keeps a reason typed into the block and updates the figures around it', async () => {
    const wb = sampleWorkbook();
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    const first = await adapter.insertNarrative(withPrevious);
    const changeRow = narrativeBlockRows(withPrevious).findIndex((r) => r.startsWith('2024年预算收支安排'));
    const { row, col } = fromA1(blockCells(first)[changeRow]);
    const typed = narrativeBlockRows(withPrevious)[changeRow].replace(REASON_PLACEHOLDER, '压减一次性项目');
    wb.sheet(SHEET).ensureCell(row, col).value = typed;
    const lastYear = recognizeWorkbook(workbookToGrid(toExcelWorkbook(layoutWorkbook(previousYearData())), 'prev'));
    const changed = { ...previousYearFigures(lastYear), basic: previousYearFigures(lastYear).basic?.plus(1) };
    const next = generateNarrative(recognizeWorkbook(sampleGrid), { previous: changed });
    const second = await insertNarrative(createMemoryRunner(wb), next);
    expect(second.merge).toEqual({ figures: 1, filledSlots: 1, rewritten: 0, added: 0 });
    expect(wb.sheet(SHEET).cell(row, col)?.value).toBe(
      '2024年预算收支安排384.34万元，较2023年预算减少130.40万元，其中：基本支出增加6.11万元，项目支出减少137.51万元。主要原因是压减一次性项目。',
    );
  });

  it('stores a text starting with = + - @ or an apostrophe as text, never a formula; control characters are dropped', async () => {
    const tricky: Record<string, string> = {
      income: '=SUM(A1:A2)',
      expenditure: '+1',
      change: '-HYPERLINK("http://example.com")',
      operating_costs: '@A1',
      three_public: "'引号开头",
      procurement: '制表\t符与\n换行\u0007',
    };
    const sections = plain.map((s) => ({ ...s, text: tricky[s.id] ?? s.text }));
    const wb = sampleWorkbook();
    const result = await createWorkbookAdapter(createMemoryRunner(wb)).insertNarrative(sections);
    const stored = blockValues(wb, SHEET, result);
    const texts = stored.filter((_, i) => i % 2 === 1);
    expect(texts.slice(0, 6).map((c) => c?.value)).toEqual([
      '=SUM(A1:A2)',
      '+1',
      '-HYPERLINK("http://example.com")',
      '@A1',
      "'引号开头",
      '制表符与换行',
    ]);
    for (const c of stored) {
      expect(c?.numberFormat).toBe('@');
      expect(c?.formula).toBeUndefined();
    }
    const grid = await createWorkbookAdapter(createMemoryRunner(wb)).readWorkbook();
    const sheet = grid.sheets.find((s) => s.name === SHEET)!;
    const first = fromA1(blockCells(result)[1]);
    expect(sheet.rows[first.row]![first.col]).toMatchObject({ value: '=SUM(A1:A2)', numberFormat: '@' });
    expect(sheet.rows[first.row]![first.col]?.formula).toBeUndefined();
  });

  it('at the selection: refuses a target with any non-empty cell and changes nothing', async () => {
    const wb = sampleWorkbook();
    const userSheet = wb.sheets[0];
    // Rows 1–16 of column A of the first table hold its title and rows.
    wb.selection = { sheetId: userSheet.id, addresses: ['A1'] };
    wb.activeSheetId = userSheet.id;
    const before = JSON.stringify(wb.toJSON());
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    const refused = adapter.insertNarrative(plain, { atSelection: true });
    await expect(refused).rejects.toThrow(NarrativeInsertError);
    await expect(refused).rejects.toThrow(/已有内容.*未插入/);
    expect(JSON.stringify(wb.toJSON())).toBe(before);

    // Only the last of the 16 cells is taken: still refused.
    const used = userSheet.usedRectangle(true)!;
    const col = used.right + 2;
    userSheet.ensureCell(15, col).value = '用户的字';
    wb.selection = { sheetId: userSheet.id, addresses: [toA1(0, col)] };
    await expect(adapter.insertNarrative(plain, { atSelection: true })).rejects.toThrow(NarrativeInsertError);
    expect(userSheet.cell(15, col)?.value).toBe('用户的字');
    expect(wb.names).toHaveLength(0);
  });

  it('at an empty selection: writes there, and the next insert replaces it there', async () => {
    const wb = sampleWorkbook();
    const userSheet = wb.sheets[0];
    const col = userSheet.usedRectangle(true)!.right + 2;
    wb.activeSheetId = userSheet.id;
    wb.selection = { sheetId: userSheet.id, addresses: [toA1(3, col)] };
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    const first = await adapter.insertNarrative(plain, { atSelection: true });
    expect(first).toEqual({
      sheet: userSheet.name,
      address: `${toA1(3, col)}:${toA1(18, col)}`,
      replaced: false,
    });
    const alternatives = [narrativeBlockRows(plain)];
    const second = await insertNarrative(createMemoryRunner(wb), withPrevious, { atSelection: true, alternatives });
    expect(second).toMatchObject({ ...first, replaced: true });
    expect(blockValues(wb, userSheet.name, second).map((c) => c?.value)).toEqual(narrativeBlockRows(withPrevious));
  });

  it('finds the block again after save and reopen, also when the user inserted rows above it', async () => {
    const wb = sampleWorkbook();
    const first = await createWorkbookAdapter(createMemoryRunner(wb)).insertNarrative(plain);

    const reopened = MemoryWorkbook.fromJSON(JSON.parse(JSON.stringify(wb.toJSON())) as MemoryWorkbookSnapshot);
    reopened.insertRows(SHEET, 1, 2);
    const moved = cellsOutside(reopened, SHEET, []);
    const again = await createWorkbookAdapter(createMemoryRunner(reopened)).insertNarrative(plain);
    const [start] = blockCells(first).map((a) => fromA1(a));
    expect(again).toMatchObject({
      sheet: SHEET,
      address: `${toA1(start.row + 2, 0)}:${toA1(start.row + 17, 0)}`,
      replaced: true,
    });
    expect(cellsOutside(reopened, SHEET, [])).toBe(moved);

    const third = await createWorkbookAdapter(createMemoryRunner(reopened.reopen())).insertNarrative(withPrevious);
    expect(third).toMatchObject({ sheet: again.sheet, address: again.address, replaced: true });
  });

  it('creates the 情况说明 sheet with a title the recognizer reads when the workbook has none', async () => {
    const grid: WorkbookGrid = { ...sampleGrid, sheets: sampleGrid.sheets.filter((s) => s.name !== SHEET) };
    const wb = sampleWorkbook(grid);
    const run = createMemoryRunner(wb);
    const result = await createWorkbookAdapter(run).insertNarrative(plain, { unit: '224网信办', year: 2024 });
    expect(result).toEqual({ sheet: SHEET, address: 'A3:A18', replaced: false });
    expect(run.stats.syncs).toBe(3);
    expect(wb.sheet(SHEET).cell(0, 0)).toMatchObject({ value: '224网信办2024年部门预算信息公开情况说明' });
    expect(wb.sheet(SHEET).cell(1, 0)).toBeUndefined();

    const checked = await checkThroughAdapter(wb);
    const narrative = tablesOf(checked.workbook, 'narrative');
    expect(narrative.map((t) => t.sheet)).toEqual([SHEET]);
    expect(narrative[0].paragraphs.map((p) => p.text)).toEqual(narrativeBlockRows(plain));
    expect(problemsOn(checked, blockCells(result))).toEqual([]);
    expectOnlyRounding(checked, blockCells(result));
  });

  it('replaces a name left broken (#REF!) by a deleted sheet instead of failing', async () => {
    const wb = sampleWorkbook();
    wb.names.push({ name: NARRATIVE_BLOCK_NAME, comment: '', visible: true });
    const result = await createWorkbookAdapter(createMemoryRunner(wb)).insertNarrative(plain);
    expect(result.replaced).toBe(false);
    expect(wb.names).toHaveLength(1);
    expect(wb.names[0]).toMatchObject({ sheetId: wb.sheet(SHEET).id });
  });

  it('refuses to write when the named block no longer has its 16 rows (a row was inserted inside it)', async () => {
    const wb = sampleWorkbook();
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    const first = await adapter.insertNarrative(plain);
    const start = fromA1(blockCells(first)[0]).row;
    wb.insertRows(SHEET, start + 4, 1);
    wb.sheet(SHEET).ensureCell(start + 4, 0).value = '用户在块内加的话';
    const before = JSON.stringify(wb.toJSON());
    await expect(adapter.insertNarrative(plain)).rejects.toThrow(/已被改动/);
    expect(JSON.stringify(wb.toJSON())).toBe(before);
  });
});
