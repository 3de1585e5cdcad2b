/**
 * Issue 9 acceptance: generated consistent Shanghai workbooks (split 类/款/项 codes, 合计 at the bottom, 元 to the fen,
 * the 三公 table in 万元, random empty 政府性基金 / 国有资本经营 tables) give no error and no warning and are read as the
 * Shanghai template; changing any one amount in them gives an error finding that names that cell.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { parseAmount } from '../../src/engine/amount';
import { checkWorkbook } from '../../src/engine/checkWorkbook';
import { toA1, type GridCell, type WorkbookGrid } from '../../src/engine/grid';
import { grouped } from '../../scripts/samples/shanghai/amountCell';
import { layoutShanghai } from '../../scripts/samples/shanghai/layoutShanghai';
import type { SampleWorkbook } from '../../scripts/samples/sheetBuilder';
import { AMOUNT_STYLE } from '../../scripts/samples/tableWriter';
import { arbitraryShanghaiCase } from '../helpers/arbitraryShanghai';

interface AmountCell {
  sheet: number;
  row: number;
  col: number;
}

/** Non-zero amounts the layout wrote, found from the layout's own amount style (not from the reader under test). */
function nonZeroAmounts(sample: SampleWorkbook): AmountCell[] {
  const out: AmountCell[] = [];
  sample.grid.sheets.forEach((sheet, s) =>
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (sample.styles[sheet.name]?.[toA1(r, c)] !== AMOUNT_STYLE) return;
        const a = parseAmount(cell);
        if (a.kind === 'number' && !a.value.isZero()) out.push({ sheet: s, row: r, col: c });
      }),
    ),
  );
  return out;
}

function withChangedAmount(grid: WorkbookGrid, at: AmountCell, delta: Decimal): WorkbookGrid {
  const sheets = grid.sheets.map((sheet, s) => {
    if (s !== at.sheet) return sheet;
    const rows = sheet.rows.map((row, r) => (r === at.row && row ? [...row] : row));
    const old = rows[at.row]![at.col] as GridCell;
    const value = parseAmount(old).value.plus(delta);
    rows[at.row]![at.col] = { ...old, value: value.toNumber(), text: grouped(value.toFixed(2)) };
    return { ...sheet, rows };
  });
  return { ...grid, sheets };
}

describe('checkWorkbook on generated consistent Shanghai workbooks', () => {
  it('gives no error and no warning, and reads all nine tables as the Shanghai template', () => {
    fc.assert(
      fc.property(arbitraryShanghaiCase, ({ data, variant }) => {
        const result = checkWorkbook(layoutShanghai(data, variant).grid);
        expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(result.template).toBe('shanghai');
        expect(result.missingTables).toEqual([]);
        expect(result.tables.filter((t) => t.kind !== 'narrative')).toHaveLength(9);
      }),
      { numRuns: 120 },
    );
  });

  it('reports an error naming the cell when any one amount is changed', () => {
    fc.assert(
      fc.property(
        arbitraryShanghaiCase,
        fc.nat(),
        fc.constantFrom('1.00', '-0.37', '12.05', '0.01'),
        ({ data, variant }, pick, delta) => {
          const sample = layoutShanghai(data, variant);
          const amounts = nonZeroAmounts(sample);
          expect(amounts.length).toBeGreaterThan(20);
          const at = amounts[pick % amounts.length];
          const changed = withChangedAmount(sample.grid, at, new Decimal(delta));
          const name = changed.sheets[at.sheet].name;
          const address = toA1(at.row, at.col);
          const errors = checkWorkbook(changed).findings.filter((f) => f.severity === 'error');
          const naming = errors.filter((f) => f.cells.some((c) => c.sheet === name && c.address === address));
          // The cell is in the assertion so a failure says which one was missed.
          expect({ cell: `${name}!${address}`, delta, named: naming.length > 0 }).toEqual({
            cell: `${name}!${address}`,
            delta,
            named: true,
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
