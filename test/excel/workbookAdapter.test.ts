import { checkWorkbook, type CheckResult } from '../../src/engine/checkWorkbook';
import type { Finding, Severity } from '../../src/engine/findings';
import { toA1, type SheetGrid, type WorkbookGrid } from '../../src/engine/grid';
import { createWorkbookAdapter as createAdapter } from '../../src/excel/createWorkbookAdapter';
import type { WorkbookAdapterOptions } from '../../src/excel/adapterOptions';
import type { ExcelRunner } from '../../src/excel/types';
import { MARK_COLORS, NOTE_PREFIX } from '../../src/excel/markColors';
import { MARKS_NAMESPACE, parseMarks, serializeMarkParts, type MarkEntry } from '../../src/excel/markRecord';
import {
  createMemoryRunner as createRunner,
  MemoryWorkbook,
  type MemoryContextOptions,
  type MemoryWorkbookSnapshot,
} from '../../src/preview/memoryExcel';
import { HOST_PROFILES, profileSupports, type HostProfile } from '../../src/preview/memoryExcel/hostProfile';

/** A table-like sheet: title, header, rows of amounts and a total formula per column. */
function tableSheet(name: string, rows: number, cols: number, top = 0, left = 0): SheetGrid {
  const grid: SheetGrid = { name, rows: [], merges: [{ top, left, bottom: top, right: left + cols - 1 }] };
  const put = (r: number, c: number, cell: SheetGrid['rows'][number] extends (infer R)[] | undefined ? R : never) => {
    (grid.rows[top + r] ??= [])[left + c] = cell;
  };
  put(0, 0, { value: `${name}部门预算支出总表` });
  for (let r = 1; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c === 0) put(r, c, { value: String(20100 + r) });
      else if (r === rows - 1)
        put(r, c, { value: 1, formula: `=SUM(${toA1(top + 1, left + c)}:${toA1(top + rows - 2, left + c)})` });
      else put(r, c, { value: r * 10 + c + 0.25, numberFormat: '0.00' });
    }
  }
  return grid;
}

function workbook(sheets: number, rows = 20, cols = 6): WorkbookGrid {
  return { sheets: Array.from({ length: sheets }, (_, i) => tableSheet(`表${i + 1}`, rows, cols)) };
}

function finding(severity: Severity, cells: Array<[string, string]>, message = '合计与明细之和不等'): Finding {
  return {
    ruleId: 'hierarchy-sum',
    family: 'hierarchy',
    severity,
    message,
    cells: cells.map(([sheet, address]) => ({ sheet, address })),
  };
}

/** Values and formulas of every cell, as JSON: what the add-in must never change. */
function contents(wb: MemoryWorkbook, sheetNames?: string[]): string {
  const snap: MemoryWorkbookSnapshot = wb.toJSON();
  return JSON.stringify(
    snap.sheets
      .filter((s) => !sheetNames || sheetNames.includes(s.name))
      .map((s) => [
        s.name,
        s.cells
          .filter(([, , c]) => c.value !== null || c.formula)
          .map(([r, c, cell]) => [r, c, cell.value, cell.formula]),
      ]),
  );
}

function fills(wb: MemoryWorkbook): string {
  return JSON.stringify(
    wb.toJSON().sheets.map((s) => s.cells.filter(([, , c]) => c.fill).map(([r, c, cell]) => [s.name, r, c, cell.fill])),
  );
}

/**
 * The host profiles the whole suite runs under: the manifest's minimum (ExcelApi 1.9 desktop: no merges,
 * notes or comments, no multi-area select, no payload limit), ExcelApi 1.13 on the web (merges, threaded
 * comments) and the latest web. EXCEL_HOST_PROFILE=<name> runs one of them.
 */
const PROFILES: HostProfile[] = Object.values(HOST_PROFILES).filter(
  (p) => !process.env.EXCEL_HOST_PROFILE || p.name === process.env.EXCEL_HOST_PROFILE,
);

describe.each(PROFILES)('on $name', (PROFILE) => {
  /** The in-memory Excel of the profile under test. */
  function createMemoryRunner(wb: MemoryWorkbook, options: MemoryContextOptions = {}): ReturnType<typeof createRunner> {
    return createRunner(wb, { profile: PROFILE, ...options });
  }

  /** The adapter as Office would answer isSetSupported on that host (and a test's own narrowing). */
  function createWorkbookAdapter(
    run: ExcelRunner,
    options: WorkbookAdapterOptions = {},
  ): ReturnType<typeof createAdapter> {
    const narrowed = options.isSetSupported;
    return createAdapter(run, {
      ...options,
      isSetSupported: (name, version) =>
        profileSupports(PROFILE, name, version) && (narrowed ? narrowed(name, version) : true),
    });
  }

  const supports = (version: string): boolean => profileSupports(PROFILE, 'ExcelApi', version);
  /** Where the adapter writes its notes on this host: notes (1.18), threaded comments (1.10), nowhere. */
  const ourNotes = (wb: MemoryWorkbook): MemoryWorkbook['notes'] =>
    supports('1.18') ? wb.notes : supports('1.10') ? wb.comments : [];
  const noteCount = (n: number): number => (supports('1.10') ? n : 0);
  /** Threaded comments without notes: the user's notes are invisible, so the adapter adds ours apart. */
  const blindNotes = supports('1.10') && !supports('1.18');

  describe('readWorkbook', () => {
    it('reads values, text, formulas, number formats, merges, hidden rows and offsets into the grid', async () => {
      const grid = workbook(2, 6, 4);
      grid.sheets[1] = tableSheet('表2', 6, 4, 3, 2);
      grid.sheets[1].hiddenRows = [5];
      grid.sheets.push({ name: '空表', rows: [], merges: [], visibility: 'hidden' });
      grid.sheets[0].rows[2]![3] = { value: '#REF!', error: '#REF!' };
      const wb = MemoryWorkbook.fromGrid(grid);
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      const read = await adapter.readWorkbook();

      expect(read.sheets.map((s) => [s.name, s.visibility])).toEqual([
        ['表1', 'visible'],
        ['表2', 'visible'],
        ['空表', 'hidden'],
      ]);
      const s1 = read.sheets[0];
      expect(s1.rows[1]![1]).toEqual({ value: 11.25, text: '11.25', numberFormat: '0.00' });
      expect(s1.rows[5]![2]).toMatchObject({ value: 1, formula: '=SUM(C2:C5)' });
      expect(s1.rows[2]![3]).toMatchObject({ error: '#REF!' });
      // Merged areas need Range.getMergedAreasOrNullObject (ExcelApi 1.13): before it tables are read without.
      expect(s1.merges).toEqual(supports('1.13') ? [{ top: 0, left: 0, bottom: 0, right: 3 }] : []);
      const s2 = read.sheets[1];
      expect(s2.rows[3]![2]).toMatchObject({ value: '表2部门预算支出总表' });
      expect(s2.rows[4]![3]).toMatchObject({ value: 11.25 });
      expect(s2.merges).toEqual(supports('1.13') ? [{ top: 3, left: 2, bottom: 3, right: 5 }] : []);
      expect(s2.hiddenRows).toEqual([5]);
      expect(read.sheets[2].rows).toEqual([]);
    });

    it('takes the same number of syncs for 3 sheets and for 30', async () => {
      const syncsFor = async (n: number): Promise<number> => {
        const run = createMemoryRunner(MemoryWorkbook.fromGrid(workbook(n)));
        const grid = await createWorkbookAdapter(run).readWorkbook();
        expect(grid.sheets).toHaveLength(n);
        return run.stats.syncs;
      };
      const few = await syncsFor(3);
      expect(await syncsFor(30)).toBe(few);
      expect(few).toBe(2);
    });

    it('reads 300 sheets (3.8 MB) in 3 syncs: the sheets, the positions with the corners, one data sync', async () => {
      const run = createMemoryRunner(MemoryWorkbook.fromGrid(workbook(300, 40, 10)));
      const grid = await createWorkbookAdapter(run).readWorkbook();
      expect(grid.sheets[299].rows[39]![9]).toMatchObject({ formula: '=SUM(J2:J39)' });
      expect(run.stats.responseBytes).toBeGreaterThan(3_500_000);
      expect(run.stats.syncs).toBe(3);
    });

    it('reads 13 sheets × 40,000 cells (17 MB) in 2 syncs plus one per 5 MB, each under the limit', async () => {
      const run = createMemoryRunner(MemoryWorkbook.fromGrid(workbook(13, 2000, 20)));
      const grid = await createWorkbookAdapter(run).readWorkbook();
      expect(grid.sheets[12].rows[1998]![19]).toMatchObject({ value: 19980 + 19 + 0.25 });
      const bytes = run.stats.requestBytes + run.stats.responseBytes;
      expect(bytes).toBeGreaterThan(15 * 1024 * 1024);
      expect(run.stats.syncs).toBe(2 + Math.ceil(bytes / (5 * 1024 * 1024)));
      expect(run.stats.largestSyncBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    });

    it('splits a read that would pass the payload limit into row chunks, and reads every cell', async () => {
      const grid = workbook(2, 400, 10);
      const limit = 60_000;
      const run = createMemoryRunner(MemoryWorkbook.fromGrid(grid), { payloadLimitBytes: limit });
      const progress: string[] = [];
      const read = await createWorkbookAdapter(run, { maxPayloadBytes: limit }).readWorkbook((p) =>
        progress.push(p.label),
      );
      expect(run.stats.syncs).toBeGreaterThan(3);
      expect(run.stats.largestSyncBytes).toBeLessThanOrEqual(2 * limit);
      expect(read.sheets[1].rows[398]![5]).toMatchObject({ value: 3980 + 5 + 0.25 });
      expect(read.sheets[1].rows[399]![5]).toMatchObject({ formula: '=SUM(F2:F399)' });
      expect(progress.some((l) => l.startsWith('正在读取 表2'))).toBe(true);
    });

    it('recovers when the estimate was too low: halves the chunk and retries', async () => {
      const grid = workbook(1, 50, 4);
      for (let r = 1; r < 50; r++) grid.sheets[0].rows[r]![1] = { value: '很长的说明文字'.repeat(40) };
      const limit = 40_000;
      const run = createMemoryRunner(MemoryWorkbook.fromGrid(grid), { payloadLimitBytes: limit });
      const read = await createWorkbookAdapter(run, { maxPayloadBytes: limit, bytesPerCellRead: 20 }).readWorkbook();
      expect(read.sheets[0].rows[49]![1]).toMatchObject({ value: '很长的说明文字'.repeat(40) });
    });
  });

  describe('markFindings and clearMarks', () => {
    function marked(): { wb: MemoryWorkbook; findings: Finding[] } {
      const wb = MemoryWorkbook.fromGrid(workbook(3, 10, 5));
      wb.sheet('表1').setFill('B3', '#FFFF00');
      wb.sheet('表1').setFill('C3', '#FFFFFF');
      wb.sheet('表2').setFill('B2:B9', '#E2EFDA');
      const findings = [
        finding('error', [
          ['表1', 'B3'],
          ['表1', 'B4'],
          ['表1', 'C3'],
        ]),
        finding('warning', [
          ['表2', 'B5'],
          ['表2', 'D6'],
        ]),
        finding('info', [
          ['表1', 'B4'],
          ['表3', 'E10'],
        ]),
      ];
      return { wb, findings };
    }

    it('fills by severity, notes the first cell of each finding, records originals in a custom XML part', async () => {
      const { wb, findings } = marked();
      const result = await createWorkbookAdapter(createMemoryRunner(wb)).markFindings(findings);
      expect(result).toEqual({ marked: 6, notes: noteCount(3), skipped: [] });
      const s1 = wb.sheet('表1');
      expect(s1.cell(2, 1)?.fill).toBe(MARK_COLORS.error);
      expect(s1.cell(3, 1)?.fill).toBe(MARK_COLORS.error); // error wins over info on B4
      expect(wb.sheet('表2').cell(5, 3)?.fill).toBe(MARK_COLORS.warning);
      expect(wb.sheet('表3').cell(9, 4)?.fill).toBe(MARK_COLORS.info);
      const notes = ourNotes(wb).map((n) => n.content);
      expect(notes).toHaveLength(noteCount(3));
      if (supports('1.10')) expect(notes).toContain(`${NOTE_PREFIX}[错误] 合计与明细之和不等`);
      expect([...wb.notes, ...wb.comments].every((n) => n.content.startsWith(NOTE_PREFIX))).toBe(true);
      expect(wb.customXmlParts.filter((p) => p.namespaceUri === MARKS_NAMESPACE)).toHaveLength(1);
    });

    it('clear restores the exact original fills (none, yellow, explicit white) and removes only our notes', async () => {
      const { wb, findings } = marked();
      const before = fills(wb);
      const run = createMemoryRunner(wb);
      wb.notes.push({
        id: 'user',
        sheetId: wb.sheet('表2').id,
        row: 0,
        col: 0,
        content: '用户自己的批注',
        author: 'u',
      });
      const adapter = createWorkbookAdapter(run);
      await adapter.markFindings(findings);
      expect(fills(wb)).not.toBe(before);
      const cleared = await adapter.clearMarks();
      expect(cleared).toEqual({ restored: 6, notesRemoved: noteCount(3) });
      expect(fills(wb)).toBe(before);
      expect(wb.notes.map((n) => n.content)).toEqual(['用户自己的批注']);
      expect(wb.comments).toHaveLength(0);
      expect(wb.customXmlParts).toHaveLength(0);
    });

    it('clears a record written one <cell> element per cell (the form before the record was compacted)', async () => {
      const wb = MemoryWorkbook.fromGrid(workbook(1, 10, 5));
      wb.sheet('表1').setFill('B3', MARK_COLORS.error);
      const sheetId = wb.sheet('表1').id;
      wb.customXmlParts.push({
        id: 'old',
        namespaceUri: MARKS_NAMESPACE,
        xml: `<?xml version="1.0" encoding="UTF-8"?><marks xmlns="${MARKS_NAMESPACE}"><cell sheetId="${sheetId}" sheet="表1" address="B3" original="#00B050" mark="${MARK_COLORS.error}"/></marks>`,
      });
      const run = createMemoryRunner(wb);
      const cleared = await createWorkbookAdapter(run).clearMarks();
      expect(cleared.restored).toBe(1);
      expect(wb.sheet('表1').cell(2, 1)?.fill).toBe('#00B050');
      expect(run.stats.syncs).toBe(3);
    });

    it('splits a record too big for one request into several parts, and reads every cell back from them', () => {
      const entries: MarkEntry[] = [];
      for (let r = 1; r < 400; r += 2)
        for (let c = 1; c < 12; c += 2)
          entries.push({ sheetId: 'S1', sheet: '表1', address: toA1(r, c), original: 'none', mark: MARK_COLORS.info });
      const parts = serializeMarkParts(entries, 2_000);
      expect(parts.length).toBeGreaterThan(1);
      for (const xml of parts) expect(xml.length).toBeLessThanOrEqual(2_200);
      const back = parts.flatMap(parseMarks);
      expect(new Set(back.map((e) => e.address))).toEqual(new Set(entries.map((e) => e.address)));
      expect(back).toHaveLength(entries.length);
    });

    it('clear works on a freshly reopened workbook', async () => {
      const { wb, findings } = marked();
      const before = fills(wb);
      await createWorkbookAdapter(createMemoryRunner(wb)).markFindings(findings);
      const reopened = MemoryWorkbook.fromJSON(JSON.parse(JSON.stringify(wb.toJSON())) as MemoryWorkbookSnapshot);
      const cleared = await createWorkbookAdapter(createMemoryRunner(reopened)).clearMarks();
      expect(cleared.restored).toBe(6);
      expect(fills(reopened)).toBe(before);
      expect(reopened.notes).toHaveLength(0);
    });

    it('clears after a reopen that gave the sheets new ids, by position, after the sheets were moved', async () => {
      const { wb: original, findings } = marked();
      // Opened on desktop: the sheets are numbered by position.
      const wb = original.reopen();
      await createWorkbookAdapter(createMemoryRunner(wb)).markFindings(findings);
      const idOf表1 = wb.sheet('表1').id;
      // The user moves 表3 to the front and reopens: the id recorded for 表1 now names 表3.
      wb.sheets.unshift(wb.sheets.pop()!);
      const reopened = wb.reopen();
      expect(reopened.sheet('表3').id).toBe(idOf表1);
      const cleared = await createWorkbookAdapter(createMemoryRunner(reopened)).clearMarks();
      expect(cleared.restored).toBe(6);
      expect(reopened.sheet('表1').cell(2, 1)?.fill).toBe('#FFFF00');
      expect(reopened.sheet('表1').cell(2, 2)?.fill).toBe('#FFFFFF');
      expect(reopened.sheet('表1').cell(3, 1)?.fill).toBeUndefined();
      expect(reopened.sheet('表2').cell(4, 1)?.fill).toBe('#E2EFDA');
      expect(reopened.sheet('表3').cell(9, 4)?.fill).toBeUndefined();
      const marks = Object.values(MARK_COLORS);
      expect(reopened.sheets.some((s) => [...s.cells.values()].some((c) => marks.includes(c.fill ?? '')))).toBe(false);
    });

    it('tells no fill from white by tintAndShade, as Excel reports them (same colour, pattern null)', async () => {
      const wb = MemoryWorkbook.fromGrid(workbook(1, 10, 5));
      wb.sheet('表1').setFill('C3', '#FFFFFF');
      const props = await createMemoryRunner(wb)(async (context) => {
        const r = context.workbook.worksheets
          .getItem('表1')
          .getRange('B3:C3')
          .getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
        await context.sync();
        return r.value;
      });
      expect(props).toEqual([
        [
          { format: { fill: { color: '#FFFFFF', pattern: null, tintAndShade: null } } },
          { format: { fill: { color: '#FFFFFF', pattern: null, tintAndShade: 0 } } },
        ],
      ]);
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      await adapter.markFindings([
        finding('error', [
          ['表1', 'B3'],
          ['表1', 'C3'],
        ]),
      ]);
      await adapter.clearMarks();
      expect(wb.sheet('表1').cell(2, 1)?.fill).toBeUndefined();
      expect(wb.sheet('表1').cell(2, 2)?.fill).toBe('#FFFFFF');
    });

    it('never changes a value or a formula: check, mark and clear leave contents byte-for-byte equal', async () => {
      const { wb, findings } = marked();
      const before = contents(wb);
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      const checked = checkWorkbook(await adapter.readWorkbook());
      await adapter.markFindings([...checked.findings, ...findings]);
      await adapter.writeReport(checked);
      expect(contents(wb, ['表1', '表2', '表3'])).toBe(before);
      await adapter.clearMarks();
      expect(contents(wb, ['表1', '表2', '表3'])).toBe(before);
    });

    it('marking twice neither stacks marks nor loses the originals', async () => {
      const { wb, findings } = marked();
      const before = fills(wb);
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      await adapter.markFindings(findings);
      const once = { fills: fills(wb), notes: wb.notes.length, parts: wb.customXmlParts.length };
      await adapter.markFindings(findings);
      expect({ fills: fills(wb), notes: wb.notes.length, parts: wb.customXmlParts.length }).toEqual(once);
      await adapter.clearMarks();
      expect(fills(wb)).toBe(before);
    });

    it('a second run with fewer findings gives the dropped cells their own fill back', async () => {
      const { wb, findings } = marked();
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      await adapter.markFindings(findings);
      await adapter.markFindings([findings[1]]);
      expect(wb.sheet('表1').cell(2, 1)?.fill).toBe('#FFFF00');
      expect(wb.sheet('表1').cell(3, 1)?.fill).toBeUndefined();
      expect(wb.sheet('表2').cell(4, 1)?.fill).toBe(MARK_COLORS.warning);
      await adapter.clearMarks();
      expect(wb.sheet('表2').cell(4, 1)?.fill).toBe('#E2EFDA');
    });

    it('keeps a fill the user set on a marked cell after marking', async () => {
      const { wb, findings } = marked();
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      await adapter.markFindings(findings);
      wb.sheet('表1').setFill('B4', '#00B050');
      const cleared = await adapter.clearMarks();
      expect(cleared.restored).toBe(5);
      expect(wb.sheet('表1').cell(3, 1)?.fill).toBe('#00B050');
    });

    it('marks and clears 10,000 cells in three syncs, as for 10 cells', async () => {
      const syncsFor = async (count: number): Promise<{ mark: number; clear: number; wb: MemoryWorkbook }> => {
        const wb = MemoryWorkbook.fromGrid(workbook(2, 260, 40));
        const cells: Array<[string, string]> = [];
        for (let i = 0; i < count; i++)
          cells.push([`表${(i % 2) + 1}`, toA1(1 + (Math.floor(i / 2) % 250), Math.floor(i / 500))]);
        const findings = [];
        for (let i = 0; i < cells.length; i += 4)
          findings.push(finding(i % 8 === 0 ? 'error' : 'info', cells.slice(i, i + 4)));
        const run = createMemoryRunner(wb);
        const adapter = createWorkbookAdapter(run);
        const result = await adapter.markFindings(findings);
        expect(result.marked).toBe(count);
        const mark = run.stats.syncs;
        run.resetStats();
        await adapter.clearMarks();
        return { mark, clear: run.stats.syncs, wb };
      };
      const small = await syncsFor(10);
      const large = await syncsFor(10_000);
      expect(large.mark).toBe(small.mark);
      expect(large.clear).toBe(small.clear);
      // Threaded comments (ExcelApi 1.10–1.17) go in a sync of their own: a user's note there, which the
      // host cannot see, stops the request at that comment.
      expect(large.mark).toBe(blindNotes ? 4 : 3);
      expect(large.clear).toBe(3);
      expect(large.wb.toJSON().sheets.some((s) => s.cells.some(([, , c]) => c.fill))).toBe(false);
    });

    it('marks 100,000 cells in 3 syncs plus one per 5 MB, every request under 5 MB as Office.js frames it, and clears them back', async () => {
      const wb = MemoryWorkbook.fromGrid(workbook(4, 1001, 26));
      wb.sheet('表1').setFill('B2', '#FFFFFF');
      wb.sheet('表2').setFill('C3', '#FFFF00');
      const before = fills(wb);
      const cells: Array<[string, string]> = [];
      for (let i = 0; i < 100_000; i++) {
        const k = Math.floor(i / 4);
        cells.push([`表${(i % 4) + 1}`, toA1(1 + (k % 1000), 1 + Math.floor(k / 1000))]);
      }
      const findings = [];
      for (let i = 0; i < cells.length; i += 4)
        findings.push(finding(i % 8 === 0 ? 'error' : 'info', cells.slice(i, i + 4)));
      const run = createMemoryRunner(wb);
      const adapter = createWorkbookAdapter(run);
      const result = await adapter.markFindings(findings);
      expect(result.marked).toBe(100_000);
      const MB = 1024 * 1024;
      const bytes = run.stats.requestBytes + run.stats.responseBytes;
      expect(run.stats.syncs).toBeLessThanOrEqual(3 + (blindNotes ? 1 : 0) + Math.floor(bytes / (5 * MB)));
      // 25,000 notes are most of the ~14 MB written: reading the fills takes 3 syncs, writing 3 (comments:
      // the notes' own sync, see above); without notes (1.9) the fills and the record take one.
      expect(run.stats.syncs).toBe(supports('1.10') ? (blindNotes ? 7 : 6) : 4);
      expect(run.stats.largestRequestBytes).toBeLessThan(5 * MB);
      expect(wb.sheet('表1').cell(1, 1)?.fill).toBe(MARK_COLORS.error);
      run.resetStats();
      await adapter.clearMarks();
      expect(fills(wb)).toBe(before);
    });

    it('skips protected sheets and reports them', async () => {
      const { wb, findings } = marked();
      wb.sheet('表2').protected = true;
      const result = await createWorkbookAdapter(createMemoryRunner(wb)).markFindings(findings);
      expect(result.skipped.map((s) => s.cell)).toEqual([
        { sheet: '表2', address: 'B5' },
        { sheet: '表2', address: 'D6' },
      ]);
      expect(result.skipped[0].reason).toContain('受保护');
      expect(wb.sheet('表2').cell(4, 1)?.fill).toBe('#E2EFDA');
    });

    it('falls back to comments when notes are not supported (ExcelApi 1.10–1.17), writes none on 1.9', async () => {
      const { wb, findings } = marked();
      const adapter = createWorkbookAdapter(createMemoryRunner(wb), {
        isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) < 18,
      });
      const result = await adapter.markFindings(findings);
      expect(result).toMatchObject({ marked: 6, notes: noteCount(3), skipped: [] });
      expect(wb.notes).toHaveLength(0);
      expect(wb.comments).toHaveLength(noteCount(3));
      expect(wb.comments.every((c) => c.content.startsWith(NOTE_PREFIX))).toBe(true);
      expect(await adapter.clearMarks()).toMatchObject({ restored: 6, notesRemoved: noteCount(3) });
      expect(wb.comments).toHaveLength(0);
    });

    it('does not put a note where the user already has one', async () => {
      const { wb, findings } = marked();
      wb.notes.push({ id: 'u', sheetId: wb.sheet('表1').id, row: 2, col: 1, content: '原有批注', author: 'u' });
      const result = await createWorkbookAdapter(createMemoryRunner(wb)).markFindings(findings);
      expect(result.marked).toBe(6);
      expect(result.notes).toBe(noteCount(2));
      expect(wb.notes.filter((n) => n.row === 2 && n.col === 1).map((n) => n.content)).toEqual(['原有批注']);
      // Before 1.18 the user's note cannot be seen: the comment on its cell is refused, skipped and reported.
      const clashes = result.skipped.filter((s) => s.reason.includes('已有批注'));
      expect(clashes.map((s) => s.cell)).toEqual(
        supports('1.10') && !supports('1.18') ? [{ sheet: '表1', address: 'B3' }] : [],
      );
    });

    it('skips every clash with an annotation of the other kind, and still marks every cell', async () => {
      const { wb, findings } = marked();
      // The user's notes on the first cells of the first two findings, a threaded comment on the third's.
      wb.notes.push({ id: 'u1', sheetId: wb.sheet('表1').id, row: 2, col: 1, content: '原有批注1', author: 'u' });
      wb.notes.push({ id: 'u2', sheetId: wb.sheet('表2').id, row: 4, col: 1, content: '原有批注2', author: 'u' });
      wb.comments.push({ id: 'u3', sheetId: wb.sheet('表1').id, row: 3, col: 1, content: '原有评论', author: 'u' });
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      const result = await adapter.markFindings(findings);
      expect(result.marked).toBe(6);
      expect(result.notes).toBe(0);
      expect(wb.sheet('表1').cell(2, 1)?.fill).toBe(MARK_COLORS.error);
      expect(await adapter.clearMarks()).toMatchObject({ restored: 6, notesRemoved: 0 });
      expect(wb.notes.map((n) => n.content).sort()).toEqual(['原有批注1', '原有批注2']);
      expect(wb.comments.map((n) => n.content)).toEqual(['原有评论']);
    });
  });

  describe('insertNarrative', () => {
    it('places the block clear of merged rows below the 情况说明 text (ExcelApi 1.13), never into one', async () => {
      const wb = MemoryWorkbook.fromGrid({
        sheets: [
          {
            name: '情况说明',
            rows: [[{ value: '情况说明' }], [{ value: '一、收入说明……' }]],
            // An empty merged box (a signature area) in the rows right below the text.
            merges: [{ top: 3, left: 0, bottom: 6, right: 5 }],
          },
        ],
      });
      const sections = [
        { id: 'income' as const, title: '收入说明', text: '收入预算100.00万元。', notes: [] },
        { id: 'expenditure' as const, title: '支出说明', text: '支出预算100.00万元。', notes: [] },
      ];
      const insert = createWorkbookAdapter(createMemoryRunner(wb)).insertNarrative(sections);
      if (!supports('1.13')) {
        // Merged areas cannot be seen: Excel refuses the values written into the box (none is written).
        await expect(insert).rejects.toMatchObject({ code: 'InvalidOperation' });
        expect(wb.sheet('情况说明').cell(4, 0)?.value ?? null).toBeNull();
        return;
      }
      const result = await insert;
      expect(result.address.startsWith('A9:')).toBe(true);
      expect(wb.sheet('情况说明').cell(8, 0)?.value).toBeTruthy();
      expect(wb.sheet('情况说明').merges).toEqual([{ top: 3, left: 0, bottom: 6, right: 5 }]);
    });
  });

  describe('selectCells and writeReport', () => {
    it('activates the first cell sheet and selects its cells', async () => {
      const wb = MemoryWorkbook.fromGrid(workbook(2, 10, 5));
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      await adapter.selectCells([
        { sheet: '表2', address: 'D6' },
        { sheet: '表1', address: 'A1' },
        { sheet: '表2', address: 'D7' },
      ]);
      expect(wb.activeSheetId).toBe(wb.sheet('表2').id);
      // Several cells need RangeAreas.select (ExcelApi 1.18); before it the rectangle around them.
      expect(wb.selection).toEqual({
        sheetId: wb.sheet('表2').id,
        addresses: supports('1.18') ? ['D6', 'D7'] : ['D6:D7'],
      });
    });

    it('before ExcelApi 1.18 (no RangeAreas.select) selects the rectangle around the cells', async () => {
      const wb = MemoryWorkbook.fromGrid(workbook(2, 10, 5));
      const adapter = createWorkbookAdapter(createMemoryRunner(wb), {
        isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 9,
      });
      await adapter.selectCells([
        { sheet: '表2', address: 'E9' },
        { sheet: '表2', address: 'C6' },
      ]);
      expect(wb.selection).toEqual({ sheetId: wb.sheet('表2').id, addresses: ['C6:E9'] });
    });

    it('writes the report as text (a message starting with = stays text) and replaces it on the next run', async () => {
      const wb = MemoryWorkbook.fromGrid(workbook(1, 10, 5));
      const before = contents(wb, ['表1']);
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      const result = (findings: Finding[]): CheckResult => ({
        template: 'hebei',
        templateName: '河北省部门预算公开模板',
        document: 'budget',
        diagnosis: [],
        unit: '224网信办',
        year: 2024,
        tables: [],
        missingTables: ['procurement'],
        findings,
        summary: { error: findings.length, warning: 0, info: 0 },
        workbook: { tables: [] },
      });
      await adapter.writeReport(result([finding('error', [['表1', 'B3']], '=SUM(A1)'), finding('error', [], '-1.00')]));
      const report = wb.sheet('校验报告');
      const texts: unknown[] = [];
      report.forEachCell((_, __, c) => {
        expect(c.formula).toBeUndefined();
        texts.push(c.value);
      });
      expect(texts).toEqual(expect.arrayContaining(['=SUM(A1)', '-1.00', '表1!B3', '单位：224网信办']));
      await adapter.writeReport(result([]));
      const after: unknown[] = [];
      wb.sheet('校验报告').forEachCell((_, __, c) => after.push(c.value));
      expect(after).not.toContain('=SUM(A1)');
      expect(after).toContain('未发现问题');
      expect(wb.sheets.filter((s) => s.name === '校验报告')).toHaveLength(1);
      expect(contents(wb, ['表1'])).toBe(before);
    });
  });
});
