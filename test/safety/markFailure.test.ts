import type { Finding } from '../../src/engine/findings';
import type { SheetGrid, WorkbookGrid } from '../../src/engine/grid';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import { NOTE_PREFIX } from '../../src/excel/markColors';
import { createMemoryRunner, MemoryOfficeError, MemoryWorkbook } from '../../src/preview/memoryExcel';
import { annotationsOf, fillsOf, finding, markRecordParts } from './workbookState';

/**
 * An Office.js failure in the middle of marking (a lost connection, a sync Excel rejects) must leave a
 * workbook that 清除标记 can still put back exactly: every cell's own fill, only the user's notes. Excel
 * applies a batch's operations in order and stops at the failing one, without rolling back, so the
 * failure is injected at every sync and after every number of applied operations of that sync.
 */

function sheet(name: string): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  for (let r = 0; r < 12; r++) rows.push(Array.from({ length: 6 }, (_, c) => ({ value: r * 10 + c })));
  return { name, rows, merges: [] };
}

function baseWorkbook(): MemoryWorkbook {
  const grid: WorkbookGrid = { sheets: [sheet('表1'), sheet('表2'), sheet('表3')] };
  const wb = MemoryWorkbook.fromGrid(grid);
  wb.sheet('表1').setFill('B3', '#FFFF00');
  wb.sheet('表1').setFill('C3', '#FFFFFF');
  wb.sheet('表2').setFill('B2:B9', '#E2EFDA');
  wb.sheet('表3').setFill('A2', '#FFC7CE'); // the user's own fill happens to be our error colour
  wb.notes.push({ id: 'u1', sheetId: wb.sheet('表1').id, row: 2, col: 1, content: '用户批注：B3', author: 'u' });
  wb.notes.push({ id: 'u2', sheetId: wb.sheet('表2').id, row: 0, col: 0, content: '用户批注：A1', author: 'u' });
  return wb;
}

const FIRST: Finding[] = [
  finding(
    'error',
    [
      ['表1', 'B3'],
      ['表1', 'B4'],
      ['表1', 'C3'],
    ],
    '合计与明细之和不等',
  ),
  finding(
    'warning',
    [
      ['表2', 'B5'],
      ['表2', 'D6'],
    ],
    '本年与上年口径不一致',
  ),
  finding(
    'info',
    [
      ['表1', 'B4'],
      ['表3', 'E10'],
    ],
    '尾差：0.01',
  ),
];

/** A later check: some cells change severity, some drop out, some are new. */
const SECOND: Finding[] = [
  finding(
    'error',
    [
      ['表2', 'B5'],
      ['表3', 'A2'],
    ],
    '合计与明细之和不等',
  ),
  finding(
    'warning',
    [
      ['表1', 'C3'],
      ['表1', 'F12'],
    ],
    '本年与上年口径不一致',
  ),
  finding('info', [['表3', 'E10']], '尾差：0.02'),
];

/** A runner that fails at the given sync after `applied` operations, and records the size of each sync. */
function faultyRunner(wb: MemoryWorkbook, at?: { sync: number; applied: number }) {
  const sizes: number[] = [];
  const run = createMemoryRunner(wb, {
    syncFault: (operations) => {
      sizes.push(operations);
      return at && sizes.length === at.sync ? Math.min(at.applied, operations) : undefined;
    },
  });
  return { run, sizes };
}

type Step = (adapter: ReturnType<typeof createWorkbookAdapter>) => Promise<unknown>;

const markFirst: Step = (a) => a.markFindings(FIRST);
const markSecond: Step = (a) => a.markFindings(SECOND);
const clear: Step = (a) => a.clearMarks();

/**
 * For every sync of `step` on the workbook `start()` gives, and every number of operations of that
 * sync applied before the failure: the step rejects, then 清除标记 (after saving and reopening, as the
 * user would after an error) restores the original fills exactly and leaves only the user's notes.
 */
async function expectEveryFailureClears(start: () => Promise<MemoryWorkbook>, step: Step): Promise<number> {
  const original = baseWorkbook();
  const fills = fillsOf(original);
  const notes = annotationsOf(original);

  const probe = faultyRunner(await start());
  await step(createWorkbookAdapter(probe.run));
  let cases = 0;
  for (let sync = 1; sync <= probe.sizes.length; sync++) {
    for (let applied = 0; applied <= probe.sizes[sync - 1]; applied++) {
      const wb = await start();
      const { run } = faultyRunner(wb, { sync, applied });
      await expect(step(createWorkbookAdapter(run))).rejects.toBeInstanceOf(MemoryOfficeError);
      const reopened = wb.reopen();
      await createWorkbookAdapter(createMemoryRunner(reopened)).clearMarks();
      const where = `sync ${sync}, ${applied} operation(s) applied`;
      expect({ where, fills: fillsOf(reopened) }).toEqual({ where, fills });
      expect({ where, notes: annotationsOf(reopened) }).toEqual({ where, notes });
      expect({ where, parts: markRecordParts(reopened) }).toEqual({ where, parts: 0 });
      cases++;
    }
  }
  return cases;
}

async function markedOnce(): Promise<MemoryWorkbook> {
  const wb = baseWorkbook();
  await createWorkbookAdapter(createMemoryRunner(wb)).markFindings(FIRST);
  return wb;
}

describe('a failure in the middle of marking leaves nothing 清除标记 cannot undo', () => {
  it('the scenario marks and notes something, so the failures below hit real writes', async () => {
    const wb = await markedOnce();
    expect(fillsOf(wb)).not.toBe(fillsOf(baseWorkbook()));
    expect(wb.notes.some((n) => n.content.startsWith(NOTE_PREFIX))).toBe(true);
    const second = faultyRunner(wb);
    const result = await createWorkbookAdapter(second.run).markFindings(SECOND);
    expect(result.marked).toBe(5);
    // The write sync queues more than a handful of operations: every cut point below is tried.
    expect(Math.max(...second.sizes)).toBeGreaterThan(8);
  });

  it('first marking of a clean workbook: failure at every sync and operation, then clear', async () => {
    const cases = await expectEveryFailureClears(async () => baseWorkbook(), markFirst);
    expect(cases).toBeGreaterThan(10);
  });

  it('marking again over marks: failure at every sync and operation, then clear', async () => {
    const cases = await expectEveryFailureClears(markedOnce, markSecond);
    expect(cases).toBeGreaterThan(10);
  });

  it('a clear that fails half-way: the next clear finishes the job', async () => {
    const cases = await expectEveryFailureClears(markedOnce, clear);
    expect(cases).toBeGreaterThan(3);
  });

  it('after a failed marking, marking again and clearing still restores everything', async () => {
    const original = baseWorkbook();
    const probe = faultyRunner(await markedOnce());
    await createWorkbookAdapter(probe.run).markFindings(SECOND);
    const last = probe.sizes.length;
    for (let applied = 0; applied <= probe.sizes[last - 1]; applied++) {
      const wb = await markedOnce();
      const { run } = faultyRunner(wb, { sync: last, applied });
      await expect(createWorkbookAdapter(run).markFindings(SECOND)).rejects.toThrow();
      const adapter = createWorkbookAdapter(createMemoryRunner(wb));
      await adapter.markFindings(SECOND);
      await adapter.clearMarks();
      expect({ applied, fills: fillsOf(wb) }).toEqual({ applied, fills: fillsOf(original) });
      expect(annotationsOf(wb)).toEqual(annotationsOf(original));
    }
  });
});
