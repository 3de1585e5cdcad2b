import type { FindingFix } from '../../src/engine/findings';
import { toA1, type SheetGrid, type WorkbookGrid } from '../../src/engine/grid';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import { FIXES_NAMESPACE, parseFixes, serializeFixParts, type FixEntry } from '../../src/excel/fixRecord';
import { cellInput } from '../../src/excel/fixState';
import { createMemoryRunner, MemoryWorkbook } from '../../src/preview/memoryExcel';

/** 表3: amounts in '#,##0.00' with a fill, a SUM formula, a figure typed as text, a paragraph; 情况说明 text. */
function grid(): WorkbookGrid {
  const t3: SheetGrid = {
    name: '表3',
    merges: [],
    rows: [
      [{ value: '科目' }, { value: '金额' }],
      [{ value: '20101' }, { value: 37.1, numberFormat: '#,##0.00' }],
      [{ value: '20102' }, { value: 10, numberFormat: '#,##0.00' }],
      [{ value: '合计' }, { value: 47.1, formula: '=SUM(B2:B3)', numberFormat: '#,##0.00' }],
      [{ value: '文字数' }, { value: '12.50' }],
      [{ value: '空' }],
    ],
  };
  const text: SheetGrid = {
    name: '情况说明',
    merges: [],
    rows: [[{ value: '2024年预算收入384.34万元。' }], [{ value: '说明文字' }]],
  };
  return { sheets: [t3, text] };
}

function setup() {
  const wb = MemoryWorkbook.fromGrid(grid());
  wb.sheet('表3').setFill('B2', '#FFFF00');
  return wb;
}

const fix = (sheet: string, address: string, value: string, extra: Partial<FindingFix> = {}): FindingFix => ({
  cell: { sheet, address },
  value,
  ...extra,
});

/** Values, formulas, number formats and fills of every stored cell: what must come back byte for byte. */
function contents(wb: MemoryWorkbook): string {
  return JSON.stringify(
    wb.sheets.map((s) => {
      const out: unknown[] = [];
      s.forEachCell((r, c, cell) =>
        out.push([toA1(r, c), cell.value, cell.formula ?? null, cell.numberFormat ?? null, cell.fill ?? null]),
      );
      return [s.name, out.sort((a, b) => String(a).localeCompare(String(b)))];
    }),
  );
}

const fixParts = (wb: MemoryWorkbook) => wb.customXmlParts.filter((p) => p.namespaceUri === FIXES_NAMESPACE);

describe('applyFixes', () => {
  it('writes a number into a number cell in three syncs, keeping its number format and fill, and records it', async () => {
    const wb = setup();
    const run = createMemoryRunner(wb);
    const result = await createWorkbookAdapter(run).applyFixes([fix('表3', 'B2', '37.17')]);
    expect(result).toEqual({
      applied: [{ cell: { sheet: '表3', address: 'B2' }, old: 37.1, new: 37.17 }],
      refused: [],
    });
    const cell = wb.sheet('表3').cell(1, 1);
    expect(cell).toMatchObject({ value: 37.17, numberFormat: '#,##0.00', fill: '#FFFF00' });
    expect(cell?.formula).toBeUndefined();
    expect(run.stats.syncs).toBe(3);
    const parts = fixParts(wb);
    expect(parts).toHaveLength(1);
    expect(parseFixes(parts[0].xml)).toEqual([
      {
        seq: 1,
        sheetId: wb.sheet('表3').id,
        sheet: '表3',
        address: 'B2',
        old: 37.1,
        oldFormat: '#,##0.00',
        new: 37.17,
      },
    ]);
  });

  it('refuses a formula cell: nothing written, no record, the message says to correct the formula', async () => {
    const wb = setup();
    const before = contents(wb);
    const result = await createWorkbookAdapter(createMemoryRunner(wb)).applyFixes([fix('表3', 'B4', '47.17')]);
    expect(result.applied).toEqual([]);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0].formula).toBe(true);
    expect(result.refused[0].reason).toMatch(/表3!B4 是公式单元格（=SUM\(B2:B3\)）.*请修改公式.*47\.17/);
    expect(contents(wb)).toBe(before);
    expect(fixParts(wb)).toHaveLength(0);
  });

  it('writes the whole new text of a text cell as text, never as a formula; a figure typed as text stays text', async () => {
    const wb = setup();
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    const result = await adapter.applyFixes([
      fix('情况说明', 'A1', '384.35', { text: '2024年预算收入384.35万元。', cellText: '2024年预算收入384.35万元。' }),
      fix('情况说明', 'A2', '1', { cellText: '=HYPERLINK("http://x","y")' }),
      fix('表3', 'B5', '12.60'),
    ]);
    expect(result.refused).toEqual([]);
    expect(wb.sheet('情况说明').cell(0, 0)?.value).toBe('2024年预算收入384.35万元。');
    expect(wb.sheet('情况说明').cell(1, 0)).toMatchObject({ value: '=HYPERLINK("http://x","y")' });
    expect(wb.sheet('情况说明').cell(1, 0)?.formula).toBeUndefined();
    expect(wb.sheet('表3').cell(4, 1)?.value).toBe('12.60');
  });

  it('refuses protected and missing sheets, bad numbers, a second fix of one cell and a fix to the value it has', async () => {
    const wb = setup();
    wb.sheet('情况说明').protected = true;
    const before = contents(wb);
    const result = await createWorkbookAdapter(createMemoryRunner(wb)).applyFixes([
      fix('情况说明', 'A1', '1', { cellText: 'x' }),
      fix('表9', 'A1', '1'),
      fix('表3', 'B3', 'abc'),
      fix('表3', 'B2', '37.1'),
      fix('表3', 'B2', '40'),
    ]);
    expect(result.applied).toEqual([]);
    expect(result.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/受保护/),
      expect.stringMatching(/找不到工作表“表9”/),
      expect.stringMatching(/另一条修正/),
      expect.stringMatching(/不是数字/),
      expect.stringMatching(/已是 37\.1/),
    ]);
    expect(contents(wb)).toBe(before);
    expect(fixParts(wb)).toHaveLength(0);
  });

  it('refuses a cell inside a merged area, naming its top-left cell', async () => {
    const wb = MemoryWorkbook.fromGrid({
      sheets: [{ name: '表3', rows: [[{ value: 1 }]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }],
    });
    const result = await createWorkbookAdapter(createMemoryRunner(wb)).applyFixes([fix('表3', 'B1', '2')]);
    expect(result.applied).toEqual([]);
    expect(result.refused[0].reason).toMatch(/表3!B1 位于合并单元格 A1 之内/);
  });

  it('writes a number into an empty cell', async () => {
    const wb = setup();
    await createWorkbookAdapter(createMemoryRunner(wb)).applyFixes([fix('表3', 'B6', '5.5')]);
    expect(wb.sheet('表3').cell(5, 1)?.value).toBe(5.5);
  });
});

describe('undoFixes', () => {
  it('after save and reopen gives back every value and number format byte for byte and removes the record', async () => {
    const wb = setup();
    const before = contents(wb);
    await createWorkbookAdapter(createMemoryRunner(wb)).applyFixes([
      fix('表3', 'B2', '37.17'),
      fix('表3', 'B5', '12.60'),
      fix('表3', 'B6', '3'),
      fix('情况说明', 'A1', '384.35', { cellText: '2024年预算收入384.35万元。' }),
    ]);
    expect(contents(wb)).not.toBe(before);
    const reopened = wb.reopen();
    const run = createMemoryRunner(reopened);
    const result = await createWorkbookAdapter(run).undoFixes();
    expect(result.restored).toHaveLength(4);
    expect(result.changed).toEqual([]);
    expect(contents(reopened)).toBe(before);
    expect(fixParts(reopened)).toHaveLength(0);
    expect(run.stats.syncs).toBe(3);
  });

  it('undoes two fixes of one cell back to the first value, also across a renamed sheet', async () => {
    const wb = setup();
    const before = contents(wb);
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await adapter.applyFixes([fix('表3', 'B2', '37.17')]);
    await adapter.applyFixes([fix('表3', 'B2', '38')]);
    expect(wb.sheet('表3').cell(1, 1)?.value).toBe(38);
    wb.sheet('表3').name = '表3-改名';
    await adapter.undoFixes();
    wb.sheet('表3-改名').name = '表3';
    expect(contents(wb)).toBe(before);
  });

  it('leaves a cell the user changed after 修正 as the user left it, and says so', async () => {
    const wb = setup();
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await adapter.applyFixes([fix('表3', 'B2', '37.17'), fix('表3', 'B3', '11')]);
    wb.sheet('表3').ensureCell(1, 1).value = 99;
    const result = await adapter.undoFixes();
    expect(result.changed).toEqual([{ sheet: '表3', address: 'B2' }]);
    expect(result.restored).toEqual([{ sheet: '表3', address: 'B3' }]);
    expect(wb.sheet('表3').cell(1, 1)?.value).toBe(99);
    expect(wb.sheet('表3').cell(2, 1)?.value).toBe(10);
    expect(fixParts(wb)).toHaveLength(0);
  });

  it('restores a number format changed since 修正 along with the value', async () => {
    const wb = setup();
    const before = contents(wb);
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await adapter.applyFixes([fix('表3', 'B2', '37.17')]);
    wb.sheet('表3').ensureCell(1, 1).numberFormat = '0.0';
    await adapter.undoFixes();
    expect(contents(wb)).toBe(before);
  });

  it('keeps fixes of a protected sheet recorded for later; nothing to undo is an empty result', async () => {
    const wb = setup();
    const adapter = createWorkbookAdapter(createMemoryRunner(wb));
    await adapter.applyFixes([fix('表3', 'B2', '37.17')]);
    wb.sheet('表3').protected = true;
    expect(await adapter.undoFixes()).toEqual({ restored: [], changed: [], kept: 1 });
    expect(wb.sheet('表3').cell(1, 1)?.value).toBe(37.17);
    wb.sheet('表3').protected = false;
    expect((await adapter.undoFixes()).restored).toHaveLength(1);
    expect(wb.sheet('表3').cell(1, 1)?.value).toBe(37.1);
    expect(await adapter.undoFixes()).toEqual({ restored: [], changed: [], kept: 0 });
  });
});

describe('many fixes under the payload limit', () => {
  it('3,000 fixes with 200 KB requests: split into more syncs, none over the limit, undone exactly', async () => {
    const rows: SheetGrid['rows'] = [];
    for (let r = 0; r < 3000; r++) rows.push([{ value: r + 0.5, numberFormat: '0.00' }]);
    const wb = MemoryWorkbook.fromGrid({ sheets: [{ name: '表3', rows, merges: [] }] });
    const before = contents(wb);
    const limit = 200 * 1024;
    const run = createMemoryRunner(wb, { payloadLimitBytes: limit });
    const adapter = createWorkbookAdapter(run, { maxPayloadBytes: limit });
    const fixes = rows.map((_, r) => fix('表3', `A${r + 1}`, String(r + 1)));
    const result = await adapter.applyFixes(fixes);
    expect(result.applied).toHaveLength(3000);
    expect(run.stats.syncs).toBeGreaterThan(3);
    expect(run.stats.largestRequestBytes).toBeLessThanOrEqual(limit);
    expect(wb.sheet('表3').cell(2999, 0)?.value).toBe(3000);
    await adapter.undoFixes();
    expect(contents(wb)).toBe(before);
  });
});

describe('the record and the written text', () => {
  it('round-trips types, line breaks, control characters, quotes and splits into parts', () => {
    const entries: FixEntry[] = [
      { seq: 1, sheetId: '{1}', sheet: '表"3"', address: 'B2', old: '37.1', oldFormat: '@', new: 37.17 },
      { seq: 2, sheetId: '{2}', sheet: 'a&b', address: 'A1', old: 'x\ny\u0001<z>', oldFormat: 'General', new: '' },
      { seq: 2, sheetId: '{2}', sheet: 'a&b', address: 'A2', old: true, oldFormat: '0.00', new: 1 },
    ];
    expect(parseFixes(serializeFixParts(entries)[0])).toEqual(entries);
    const parts = serializeFixParts(entries, 250);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap(parseFixes)).toEqual(entries);
    expect([...parts.join('')].some((ch) => ch.charCodeAt(0) < 9)).toBe(false);
  });

  it('quotes a text Excel would turn into a formula, number, date or boolean', () => {
    expect(cellInput('=1+1', 'General')).toBe("'=1+1");
    expect(cellInput('＝1', 'General')).toBe("'＝1");
    expect(cellInput('12.50', 'General')).toBe("'12.50");
    expect(cellInput('2024年1月', 'General')).toBe("'2024年1月");
    expect(cellInput('TRUE', 'General')).toBe("'TRUE");
    expect(cellInput("'a", '@')).toBe("''a");
    expect(cellInput('12.50', '@')).toBe('12.50');
    expect(cellInput('说明文字', 'General')).toBe('说明文字');
    expect(cellInput(12.5, 'General')).toBe(12.5);
  });
});
