/** The procurement reader and this family's rules together: a wrong figure in any amount column is named. */
import Decimal from 'decimal.js';
import { rules } from '../../../../src/engine/rules/assetsProcurement';
import type { CheckContext } from '../../../../src/engine/rules/rule';
import { recognizeWorkbook } from '../../../../src/engine/tables/recognizeWorkbook';
import { sheetFromBlocks, workbookOf, type Block } from '../../../helpers/gridFromRows';
import {
  PROCUREMENT_GRID_FIRST_ROW,
  PROCUREMENT_GRID_ROWS,
  procurementGridBlock,
  procurementGridColumn,
  type ProcurementGridRow,
} from '../../../helpers/procurementBlock';
import { procurementBlock } from '../../tables/seedTables';

function findingsOf(block: Block) {
  const grid = workbookOf(sheetFromBlocks('采购', [block]));
  const ctx: CheckContext = { workbook: recognizeWorkbook(grid), grid, options: { strict: false } };
  return rules.flatMap((rule) => rule.check(ctx));
}

/** The consistent rows with one cell raised by 1.00 (a blank cell becomes 1.00). */
function withRaised(row: number, field: keyof ProcurementGridRow): ProcurementGridRow[] {
  return PROCUREMENT_GRID_ROWS.map((r, i) =>
    i === row ? { ...r, [field]: new Decimal(r[field] || 0).plus(1).toFixed(2) } : r,
  );
}

const CHECKED: Array<keyof ProcurementGridRow> = [
  'budgetFunds',
  'total',
  'general',
  'fund',
  'capital',
  'specialAccount',
  'unitFunds',
  'carryover',
  'smeShare',
];
const ROWS = PROCUREMENT_GRID_ROWS.map((r, i) => [r.projectName, i] as const);

describe('procurement rules over a read table', () => {
  it('find nothing in a consistent table, where 预算资金 exceeds 合计 and 份额 is below it', () => {
    expect(findingsOf(procurementGridBlock(PROCUREMENT_GRID_ROWS))).toEqual([]);
  });

  it('find nothing in the seed-000 empty procurement table', () => {
    expect(findingsOf(procurementBlock())).toEqual([]);
  });

  describe.each(ROWS)('on the “%s” row', (_label, row) => {
    it.each(CHECKED)('report an error naming a changed %s cell', (field) => {
      const address = `${procurementGridColumn(field)}${PROCUREMENT_GRID_FIRST_ROW + row}`;
      const errors = findingsOf(procurementGridBlock(withRaised(row, field))).filter((f) => f.severity === 'error');
      expect(errors.some((f) => f.cells.some((c) => c.sheet === '采购' && c.address === address))).toBe(true);
    });
  });

  it('do not add up 单价 (a price per unit)', () => {
    expect(findingsOf(procurementGridBlock(withRaised(1, 'unitPrice')))).toEqual([]);
  });
});
