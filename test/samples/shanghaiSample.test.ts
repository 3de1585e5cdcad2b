/**
 * The Shanghai sample's layout against the real document it is transcribed from: every table sheet and the
 * 情况说明 hold the same values in the same cells, with the same merges, as ../shared/real/budget/sh-putuo-zfb-2025.xlsx
 * (skipped where that folder is not checked out).
 */
import fs from 'fs';
import path from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbookFile';
import { cellText, rangeToA1, toA1, type SheetGrid } from '../../src/engine/grid';
import { layoutShanghai } from '../../scripts/samples/shanghai/layoutShanghai';
import { SEED_ZFB_2025 } from '../../scripts/samples/shanghai/seedZfb2025';

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
