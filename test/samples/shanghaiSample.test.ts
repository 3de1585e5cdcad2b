/**
 * The Shanghai sample's layout against the real document it is transcribed from: every table sheet and the
 * 情况说明 hold the same values in the same cells, with the same merges, as ../shared/real/budget/sh-putuo-zfb-2025.xlsx
 * (skipped where that folder is not checked out).
 */
import fs from 'fs';
import path from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import { cellText, rangeToA1, toA1, type SheetGrid } from '../../src/engine/grid';
import { layoutShanghai } from '../../scripts/samples/shanghai/layoutShanghai';
import { SEED_ZFB_2025 } from '../../scripts/samples/shanghai/seedZfb2025';

const ASSET = path.join(__dirname, '..', '..', 'assets', 'samples', 'sample-shanghai-2025.xlsx');
const REAL = path.join(__dirname, '..', '..', '..', 'shared', 'real', 'budget', 'sh-putuo-zfb-2025.xlsx');
const haveReal = fs.existsSync(REAL);

/** Every non-empty cell as 'A1=value' (numbers as numbers, text as text). */
function cells(sheet: SheetGrid): string[] {
  const out: string[] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || cellText(cell) === '') return;
      out.push(`${toA1(r, c)}=${typeof cell.value === 'number' ? `#${cell.value}` : cellText(cell)}`);
    }),
  );
  return out;
}

(haveReal ? describe : describe.skip)('the Shanghai sample layout', () => {
  it('reproduces the real document cell for cell, merges included', async () => {
    const real = (await readWorkbookFile(REAL)).grid;
    const sample = layoutShanghai(SEED_ZFB_2025).grid;
    expect(sample.sheets.map((s) => s.name)).toEqual(real.sheets.map((s) => s.name));
    sample.sheets.forEach((sheet, i) => {
      expect({ sheet: sheet.name, cells: cells(sheet) }).toEqual({ sheet: sheet.name, cells: cells(real.sheets[i]) });
      const merges = (s: SheetGrid) => s.merges.map(rangeToA1).sort();
      expect({ sheet: sheet.name, merges: merges(sheet) }).toEqual({
        sheet: sheet.name,
        merges: merges(real.sheets[i]),
      });
    });
  });
});

describe('assets/samples/sample-shanghai-2025.xlsx', () => {
  it('is what npm run samples writes from the seed', async () => {
    const file = (await readWorkbookFile(ASSET)).grid;
    const sample = layoutShanghai(SEED_ZFB_2025).grid;
    expect(file.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    sample.sheets.forEach((sheet, i) => {
      expect({ sheet: sheet.name, cells: cells(file.sheets[i]) }).toEqual({ sheet: sheet.name, cells: cells(sheet) });
    });
    // Amounts keep the published number format: 元 to the fen.
    expect(file.sheets[2].rows[7]?.[4]).toMatchObject({ value: 12029501.84, numberFormat: '#,##0.00' });
  });

  it('is read as the Shanghai template with its nine tables, and checks clean', async () => {
    const result = checkWorkbook((await readWorkbookFile(ASSET)).grid);
    expect(result.template).toBe('shanghai');
    expect(result.unit).toBe('上海市普陀区人民政府办公室');
    expect(result.year).toBe(2025);
    expect(result.missingTables).toEqual([]);
    expect(result.tables.filter((t) => t.kind !== 'narrative')).toHaveLength(9);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
