import type { CheckResult } from '../../src/engine/checkWorkbook';
import type { SheetGrid } from '../../src/engine/grid';
import { NARRATIVE_SECTION_IDS, type NarrativeSection } from '../../src/engine/narrative';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import { NarrativeInsertError } from '../../src/excel/insertNarrative';
import { MARK_COLORS } from '../../src/excel/markColors';
import { REPORT_SHEET_NAME } from '../../src/report/reportRows';
import { ReportWriteError } from '../../src/excel/writeReport';
import { createMemoryRunner, MemoryOfficeError, MemoryWorkbook } from '../../src/preview/memoryExcel';
import { finding } from './workbookState';

/** Protected sheets and a protected workbook structure are reported in Chinese, never written around. */

const HAN = /[\u4e00-\u9fff]/;

function dataSheet(name: string): SheetGrid {
  return {
    name,
    merges: [],
    rows: Array.from({ length: 6 }, (_, r) => Array.from({ length: 4 }, (_, c) => ({ value: r * 4 + c }))),
  };
}

function workbook(...extra: SheetGrid[]): MemoryWorkbook {
  return MemoryWorkbook.fromGrid({ sheets: [dataSheet('表1'), dataSheet('表2'), ...extra] });
}

const SECTIONS: NarrativeSection[] = NARRATIVE_SECTION_IDS.map((id) => ({
  id,
  title: `${id}说明`,
  text: `${id}的说明文字。`,
  notes: [],
}));

function report(): CheckResult {
  const findings = [finding('error', [['表1', 'B2']], '合计与明细之和不等')];
  return {
    template: 'hebei',
    templateName: '河北省部门预算公开模板',
    document: 'budget',
    diagnosis: [],
    unit: '224网信办',
    year: 2024,
    tables: [],
    missingTables: [],
    findings,
    summary: { error: 1, warning: 0, info: 0 },
    workbook: { tables: [] },
  };
}

/** The whole saved workbook: nothing may change when a write is refused. */
function snapshot(wb: MemoryWorkbook): string {
  return JSON.stringify(wb.toJSON());
}

async function expectRefused(
  wb: MemoryWorkbook,
  action: () => Promise<unknown>,
  kind: typeof NarrativeInsertError | typeof ReportWriteError,
  words: RegExp,
): Promise<string> {
  const before = snapshot(wb);
  const error: unknown = await action().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(kind);
  expect(error).not.toBeInstanceOf(MemoryOfficeError);
  const message = (error as Error).message;
  expect(message).toMatch(HAN);
  expect(message).toMatch(words);
  expect(snapshot(wb)).toBe(before);
  return message;
}

describe('marking skips protected sheets and lists their cells', () => {
  it('marks the other sheets, lists every protected cell once with a Chinese reason, and clear leaves them alone', async () => {
    const wb = workbook();
    wb.sheet('表2').protected = true;
    wb.sheet('表2').setFill('C3', '#E2EFDA');
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    const result = await adapter.markFindings([
      finding(
        'error',
        [
          ['表1', 'B2'],
          ['表2', 'C3'],
        ],
        '合计与明细之和不等',
      ),
      finding(
        'warning',
        [
          ['表2', 'C3'],
          ['表2', 'D4'],
        ],
        '口径不一致',
      ),
    ]);
    expect(result.marked).toBe(1);
    expect(result.skipped.map((s) => s.cell)).toEqual([
      { sheet: '表2', address: 'C3' },
      { sheet: '表2', address: 'D4' },
    ]);
    for (const s of result.skipped) expect(s.reason).toMatch(/表2.*受保护/);
    expect(wb.sheet('表1').cell(1, 1)?.fill).toBe(MARK_COLORS.error);
    expect(wb.sheet('表2').cell(2, 2)?.fill).toBe('#E2EFDA');
    expect(wb.notes.every((n) => n.sheetId === wb.sheet('表1').id)).toBe(true);
    await adapter.clearMarks();
    expect(wb.sheet('表1').cell(1, 1)?.fill).toBeUndefined();
    expect(wb.sheet('表2').cell(2, 2)?.fill).toBe('#E2EFDA');
  });

  it('a sheet protected after marking keeps its marks recorded until it is unprotected, then clear restores it', async () => {
    const wb = workbook();
    wb.sheet('表2').setFill('C3', '#E2EFDA');
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await adapter.markFindings([finding('error', [['表2', 'C3']], '合计与明细之和不等')]);
    wb.sheet('表2').protected = true;
    expect(await adapter.clearMarks()).toEqual({ restored: 0, notesRemoved: 0 });
    expect(wb.sheet('表2').cell(2, 2)?.fill).toBe(MARK_COLORS.error);
    wb.sheet('表2').protected = false;
    expect(await adapter.clearMarks()).toMatchObject({ restored: 1, notesRemoved: 1 });
    expect(wb.sheet('表2').cell(2, 2)?.fill).toBe('#E2EFDA');
    expect(wb.notes).toHaveLength(0);
  });
});

describe('insertNarrative refuses protected targets with a Chinese message and changes nothing', () => {
  it('a protected 情况说明 sheet', async () => {
    const wb = workbook({ name: '情况说明', merges: [], rows: [[{ value: '2024年部门预算信息公开情况说明' }]] });
    wb.sheet('情况说明').protected = true;
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await expectRefused(wb, () => adapter.insertNarrative(SECTIONS), NarrativeInsertError, /情况说明.*受保护/);
  });

  it('a protected sheet at the selection', async () => {
    const wb = workbook();
    wb.sheet('表2').protected = true;
    wb.activeSheetId = wb.sheet('表2').id;
    wb.selection = { sheetId: wb.sheet('表2').id, addresses: ['F1'] };
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await expectRefused(
      wb,
      () => adapter.insertNarrative(SECTIONS, { atSelection: true }),
      NarrativeInsertError,
      /表2.*受保护/,
    );
  });

  it('the sheet of an earlier block, protected since', async () => {
    const wb = workbook({ name: '情况说明', merges: [], rows: [[{ value: '情况说明' }]] });
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await adapter.insertNarrative(SECTIONS);
    wb.sheet('情况说明').protected = true;
    await expectRefused(wb, () => adapter.insertNarrative(SECTIONS), NarrativeInsertError, /受保护/);
  });

  it('no 情况说明 sheet and a protected workbook structure: it cannot be created', async () => {
    const wb = workbook();
    wb.structureProtected = true;
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await expectRefused(wb, () => adapter.insertNarrative(SECTIONS), NarrativeInsertError, /工作簿结构受保护/);
    // An empty selected cell still works: only a new sheet needs the structure.
    wb.selection = { sheetId: wb.sheet('表1').id, addresses: ['H1'] };
    const result = await adapter.insertNarrative(SECTIONS, { atSelection: true });
    expect(result).toMatchObject({ sheet: '表1', address: 'H1:H16' });
  });

  it('the in-memory Excel itself rejects a new sheet in a protected structure (so the check above matters)', async () => {
    const wb = workbook();
    wb.structureProtected = true;
    const run = createMemoryRunner(wb);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.add('新表');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(wb.reopen().structureProtected).toBe(true);
  });
});

describe('writeReport refuses a protected structure or report sheet with a Chinese message', () => {
  it('no 校验报告 sheet yet and the workbook structure protected', async () => {
    const wb = workbook();
    wb.structureProtected = true;
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await expectRefused(wb, () => adapter.writeReport(report()), ReportWriteError, /工作簿结构受保护/);
  });

  it('an existing 校验报告 is rewritten under structure protection (no sheet is added), but not when it is protected', async () => {
    const wb = workbook();
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await adapter.writeReport(report());
    wb.structureProtected = true;
    await adapter.writeReport({ ...report(), findings: [], summary: { error: 0, warning: 0, info: 0 } });
    const values: unknown[] = [];
    wb.sheet(REPORT_SHEET_NAME).forEachCell((_, __, c) => values.push(c.value));
    expect(values).toContain('未发现问题');
    wb.sheet(REPORT_SHEET_NAME).protected = true;
    await expectRefused(wb, () => adapter.writeReport(report()), ReportWriteError, /校验报告.*受保护/);
  });
});
