/**
 * The workbook adapter's cost against the in-memory Excel API: context.sync() calls and the JSON bytes
 * of requests and responses, for reading workbooks of 3, 30 and 300 sheets and for marking (then
 * marking again, then clearing) 100, 10,000 and 100,000 cells. Counts, not times: in Excel each sync
 * is a round trip, which is what a user waits for.
 */
import type { Finding, Severity } from '../../src/engine/findings';
import { toA1, type GridCell, type SheetGrid, type WorkbookGrid } from '../../src/engine/grid';
import { createWorkbookAdapter } from '../../src/excel/createWorkbookAdapter';
import { createMemoryRunner, MemoryWorkbook } from '../../src/preview/memoryExcel';

export interface AdapterRow {
  operation: string;
  size: string;
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestSyncBytes: number;
}

/** A budget-table-like sheet: title, codes in column A, amounts, a SUM formula row. */
function tableSheet(name: string, rows: number, cols: number): SheetGrid {
  const grid: SheetGrid = { name, rows: [], merges: [{ top: 0, left: 0, bottom: 0, right: cols - 1 }] };
  const put = (r: number, c: number, cell: GridCell): void => {
    (grid.rows[r] ??= [])[c] = cell;
  };
  put(0, 0, { value: `${name}部门预算支出总表` });
  for (let r = 1; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c === 0) put(r, c, { value: String(2010100 + r) });
      else if (r === rows - 1) put(r, c, { value: 1, formula: `=SUM(${toA1(1, c)}:${toA1(rows - 2, c)})` });
      else put(r, c, { value: r * 10 + c + 0.25, numberFormat: '0.00' });
    }
  }
  return grid;
}

function workbook(sheets: number, rows: number, cols: number): WorkbookGrid {
  return { sheets: Array.from({ length: sheets }, (_, i) => tableSheet(`表${i + 1}`, rows, cols)) };
}

/** Findings of four cells each (the first one gets the note), over `count` distinct cells. */
function findingsOver(count: number, sheets: number, rows: number, cols: number): Finding[] {
  const cells: Array<{ sheet: string; address: string }> = [];
  const perSheet = Math.ceil(count / sheets);
  for (let i = 0; i < count; i++) {
    const s = i % sheets;
    const k = Math.floor(i / sheets);
    if (k >= perSheet || k >= (rows - 1) * (cols - 1)) throw new Error('工作簿太小');
    cells.push({ sheet: `表${s + 1}`, address: toA1(1 + (k % (rows - 1)), 1 + Math.floor(k / (rows - 1))) });
  }
  const findings: Finding[] = [];
  for (let i = 0; i < cells.length; i += 4) {
    const severity: Severity = i % 12 === 0 ? 'error' : i % 12 === 4 ? 'warning' : 'info';
    findings.push({
      ruleId: 'hierarchy-sum',
      family: 'hierarchy',
      severity,
      message: `合计与明细之和不等：合计 ${i}.00，明细之和 ${i}.01`,
      cells: cells.slice(i, i + 4),
    });
  }
  return findings;
}

export async function adapterBench(markCounts: readonly number[] = [100, 10_000, 100_000]): Promise<AdapterRow[]> {
  const rows: AdapterRow[] = [];
  const measure = async (
    operation: string,
    size: string,
    run: ReturnType<typeof createMemoryRunner>,
    fn: () => Promise<unknown>,
  ): Promise<void> => {
    run.resetStats();
    await fn();
    const { syncs, requestBytes, responseBytes, largestSyncBytes } = run.stats;
    rows.push({ operation, size, syncs, requestBytes, responseBytes, largestSyncBytes });
  };

  // Reading: every sheet a 40 × 10 table (sample-sized), then one big workbook that needs the 5 MB split.
  for (const sheets of [3, 30, 300]) {
    const run = createMemoryRunner(MemoryWorkbook.fromGrid(workbook(sheets, 40, 10)));
    await measure('readWorkbook', `${sheets} sheets × 400 cells`, run, () => createWorkbookAdapter(run).readWorkbook());
  }
  {
    const run = createMemoryRunner(MemoryWorkbook.fromGrid(workbook(13, 2000, 20)));
    await measure('readWorkbook', '13 sheets × 40,000 cells', run, () => createWorkbookAdapter(run).readWorkbook());
  }

  // Marking: 10 sheets of 1,000 × 11 cells hold the 100,000.
  const sheets = 10;
  const sheetRows = 1001;
  const cols = 11;
  for (const count of markCounts) {
    const wb = MemoryWorkbook.fromGrid(workbook(sheets, sheetRows, cols));
    const run = createMemoryRunner(wb);
    const adapter = createWorkbookAdapter(run);
    const findings = findingsOver(count, sheets, sheetRows, cols);
    const size = `${count.toLocaleString('en-US')} cells`;
    await measure('markFindings', size, run, () => adapter.markFindings(findings));
    await measure('markFindings again', size, run, () => adapter.markFindings(findings));
    await measure('clearMarks', size, run, () => adapter.clearMarks());
  }
  return rows;
}
