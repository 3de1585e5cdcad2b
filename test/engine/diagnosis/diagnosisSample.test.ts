/**
 * Issue 10 on the seed-000 sample: a 情况说明 figure changed in a copy of the sample gets a text fix that restores
 * the table's figure, every other character of the paragraph kept.
 */
import * as path from 'path';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import { checkWorkbook } from '../../../src/engine/checkWorkbook';
import { toA1, type WorkbookGrid } from '../../../src/engine/grid';
import { ROOT } from '../../cli/runCli';
import { findAll, findOne } from '../../samples/gridSearch';

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');

let grid: WorkbookGrid;

beforeAll(async () => {
  grid = (await readWorkbookFile(SAMPLE)).grid;
});

/** A copy of the grid with `from` replaced by `to` in the one cell whose text holds `from`. */
function withTextChanged(
  from: string,
  to: string,
): { grid: WorkbookGrid; sheet: string; address: string; original: string } {
  const found = findOne(grid, new RegExp(from.replace(/[.]/g, '\\.')));
  const original = String(found.sheet.rows[found.row]![found.col]!.value);
  const changed = original.replace(from, to);
  const sheets = grid.sheets.map((s) => {
    if (s !== found.sheet) return s;
    const rows = s.rows.map((row, r) => (r === found.row && row ? [...row] : row));
    rows[found.row]![found.col] = { ...rows[found.row]![found.col]!, value: changed, text: changed };
    return { ...s, rows };
  });
  return { grid: { ...grid, sheets }, sheet: found.sheet.name, address: toA1(found.row, found.col), original };
}

describe('diagnosis on the seed-000 sample', () => {
  it('a changed 基本支出 in the 情况说明 (357.11 → 375.11) gets a text fix restoring 357.11, nothing else touched', () => {
    const copy = withTextChanged('基本支出357.11万元', '基本支出375.11万元');
    const result = checkWorkbook(copy.grid);
    const at = (f: { cell: { sheet: string; address: string } }) =>
      f.cell.sheet === copy.sheet && f.cell.address === copy.address;
    const culprit = result.diagnosis.find((c) => c.fix && at(c.fix));
    expect(culprit).toBeDefined();
    expect(culprit!.severity).toBe('error');
    const fix = culprit!.fix!;
    expect(fix.value).toBe('357.11');
    expect(fix.cellText).toBe(copy.original);
    // The paragraph is one of the original cell's, byte for byte.
    expect(copy.original.includes(fix.text!)).toBe(true);
    expect(fix.text).toContain('基本支出357.11万元');
    const named = result.findings.filter((f) => f.severity === 'error' && f.fix && at(f.fix));
    expect(named.length).toBeGreaterThan(0);
    for (const f of named) expect(f.cells[0]).toEqual({ sheet: copy.sheet, address: copy.address });
  });
});

describe('the 网络执法 project of the seed-000 sample', () => {
  it('its blank 预算数 is suggested as 0.20 on 表10’s 预算数 cell, which the finding names first', () => {
    const result = checkWorkbook(grid);
    const missing = result.findings.find((f) => f.ruleId === 'project-missing-budget');
    // Located by the reviewer's way: the 预算数 cell of the block titled …网络执法…, not by the recognizer.
    const block = findOne(grid, '网络执法');
    const budgetLabel = findAll(grid, '预算数').find((f) => f.sheet === block.sheet && f.row > block.row)!;
    const budgetCell = { sheet: block.sheet.name, address: toA1(budgetLabel.row, budgetLabel.col + 1) };
    expect(missing?.cells[0]).toEqual(budgetCell);
    expect(missing?.fix).toEqual({ cell: budgetCell, value: '0.20' });
  });
});
