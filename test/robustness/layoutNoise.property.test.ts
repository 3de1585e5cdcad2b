/**
 * Issue 6.2c: a consistent workbook (every total the exact sum of its parts) gives no error and no warning even
 * after layout noise that keeps it consistent: blank rows and columns inserted between and before tables, a
 * hidden row, an extra unrelated sheet, trailing spaces in labels. Both templates (Hebei; Shanghai, issue 9) and the
 * 决算 in both its layouts (issue 13).
 */
import fc from 'fast-check';
import { parseAmount } from '../../src/engine/amount';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import { cellText, type GridCell, type SheetGrid, type WorkbookGrid } from '../../src/engine/grid';
import { layoutFinal } from '../../scripts/samples/final/layoutFinal';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { layoutShanghai } from '../../scripts/samples/shanghai/layoutShanghai';
import { arbitraryBudgetCase } from '../helpers/arbitraryBudget';
import { arbitraryFinalCase } from '../helpers/arbitraryFinal';
import { arbitraryShanghaiCase } from '../helpers/arbitraryShanghai';
import { crashedRules } from './corpusHelpers';

interface Noise {
  /** Per sheet: blank rows inserted at empty rows (between tables) or above row 1. */
  blankRows: Array<[number, number, number]>;
  /** Per sheet: blank columns inserted before column A. */
  blankCols: Array<[number, number]>;
  hiddenRow: [number, number] | null;
  extraSheet: boolean;
  /** Which text labels get a trailing space (every k-th text cell). */
  trailingEvery: number;
  trailing: string;
}

const noiseArb: fc.Arbitrary<Noise> = fc.record({
  blankRows: fc.array(fc.tuple(fc.nat(20), fc.nat(100), fc.integer({ min: 1, max: 3 })), { maxLength: 6 }),
  blankCols: fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 1, max: 2 })), { maxLength: 3 }),
  hiddenRow: fc.option(fc.tuple(fc.nat(20), fc.nat(200)), { nil: null }),
  extraSheet: fc.boolean(),
  trailingEvery: fc.integer({ min: 1, max: 7 }),
  trailing: fc.constantFrom(' ', '  ', '\u3000', '\u00a0'),
});

function shiftRows(sheet: SheetGrid, at: number, n: number): void {
  sheet.rows.splice(at, 0, ...Array.from({ length: n }, () => undefined));
  for (const m of sheet.merges) {
    if (m.top >= at) m.top += n;
    if (m.bottom >= at) m.bottom += n;
  }
  sheet.hiddenRows = sheet.hiddenRows?.map((r) => (r >= at ? r + n : r));
}

function shiftCols(sheet: SheetGrid, n: number): void {
  sheet.rows = sheet.rows.map((row) => (row ? [...Array<GridCell | undefined>(n).fill(undefined), ...row] : row));
  for (const m of sheet.merges) {
    m.left += n;
    m.right += n;
  }
}

function isAmountLike(cell: GridCell | undefined): boolean {
  return parseAmount(cell).kind !== 'invalid';
}

function withNoise(source: WorkbookGrid, noise: Noise): WorkbookGrid {
  const grid = structuredClone(source);
  const sheets = grid.sheets;
  for (const [s, r, n] of noise.blankRows) {
    const sheet = sheets[s % sheets.length];
    // Only at rows already blank (the gaps between stacked tables) or at the very top: never inside a table.
    const blanks = [0, ...sheet.rows.flatMap((row, i) => (row?.some((c) => cellText(c) !== '') ? [] : [i]))];
    shiftRows(sheet, blanks[r % blanks.length], n);
  }
  for (const [s, n] of noise.blankCols) shiftCols(sheets[s % sheets.length], n);
  if (noise.hiddenRow) {
    const sheet = sheets[noise.hiddenRow[0] % sheets.length];
    sheet.hiddenRows = [...(sheet.hiddenRows ?? []), noise.hiddenRow[1] % Math.max(1, sheet.rows.length)];
  }
  let k = 0;
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      row?.forEach((cell, c) => {
        if (!cell || typeof cell.value !== 'string' || isAmountLike(cell) || cell.value.length > 40) return;
        if (k++ % noise.trailingEvery !== 0) return;
        const text = `${cell.value}${noise.trailing}`;
        row[c] = { ...cell, value: text, text };
      });
    }
  }
  if (noise.extraSheet) {
    sheets.splice(1, 0, {
      name: '通讯录',
      rows: [
        [{ value: '联系人' }, { value: '电话' }, { value: '备注' }],
        [{ value: '张三' }, { value: 12345678 }, { value: '合计' }],
        [{ value: '李四' }, { value: '0311-1234' }, { value: 384.34 }],
      ],
      merges: [],
    });
  }
  return grid;
}

describe('a consistent workbook with layout noise', () => {
  it('still gives no error and no warning', () => {
    fc.assert(
      fc.property(arbitraryBudgetCase, noiseArb, ({ data, variant }, noise) => {
        const grid = withNoise(layoutWorkbook(data, variant).grid, noise);
        const result = checkWorkbook(grid);
        expect(crashedRules(result)).toEqual([]);
        expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(result.tables.length).toBeGreaterThanOrEqual(12);
      }),
      { numRuns: 60 },
    );
  });

  it('still gives no error and no warning in the Shanghai template', () => {
    fc.assert(
      fc.property(arbitraryShanghaiCase, noiseArb, ({ data, variant }, noise) => {
        const grid = withNoise(layoutShanghai(data, variant).grid, noise);
        const result = checkWorkbook(grid);
        expect(crashedRules(result)).toEqual([]);
        expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(result.template).toBe('shanghai');
        expect(result.tables.filter((t) => t.kind !== 'narrative')).toHaveLength(9);
      }),
      { numRuns: 60 },
    );
  });

  it('still gives no error and no warning in a 决算 of either layout', () => {
    fc.assert(
      fc.property(arbitraryFinalCase, noiseArb, ({ data, variant }, noise) => {
        const grid = withNoise(layoutFinal(data, variant).grid, noise);
        const result = checkWorkbook(grid);
        expect(crashedRules(result)).toEqual([]);
        expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(result.document).toBe('final');
        expect(result.tables.filter((t) => t.kind !== 'narrative')).toHaveLength(9);
      }),
      { numRuns: 60 },
    );
  });
});
