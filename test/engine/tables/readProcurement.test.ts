import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf, type ProcurementColumn, type ProcurementTable } from '../../../src/engine/tables/types';
import { sheetFromBlocks, workbookOf, type Block } from '../../helpers/gridFromRows';
import {
  PROCUREMENT_GRID_FIRST_ROW,
  PROCUREMENT_GRID_ROWS,
  procurementGridBlock,
  procurementGridColumn,
} from '../../helpers/procurementBlock';
import { procurementBlock } from './seedTables';

function readBlock(block: Block): ProcurementTable {
  const table = tableOf(recognizeWorkbook(workbookOf(sheetFromBlocks('采购', [block]))), 'procurement');
  if (!table) throw new Error('procurement table not recognised');
  return table;
}

const AMOUNT_COLUMNS: ProcurementColumn[] = [
  'budgetFunds',
  'unitPrice',
  'total',
  'general',
  'fund',
  'capital',
  'specialAccount',
  'unitFunds',
  'carryover',
  'smeShare',
];

/** Column key → address of that column's cell in a sheet row, for the generator's layout at A1. */
function addressesOf(sheetRow: number): Record<string, string> {
  return Object.fromEntries(AMOUNT_COLUMNS.map((c) => [c, `${procurementGridColumn(c)}${sheetRow}`]));
}

function addresses(values: ProcurementTable['rows'][number]['values']): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, f]) => [key, f.cell.address]));
}

describe('readProcurement', () => {
  it('gives the 合计 row and every item row a figure for each amount column, by header text', () => {
    const t = readBlock(procurementGridBlock(PROCUREMENT_GRID_ROWS));
    const first = PROCUREMENT_GRID_FIRST_ROW;
    expect(t.total && addresses(t.total.values)).toEqual(addressesOf(first));
    expect(t.rows.map((r) => addresses(r.values))).toEqual([addressesOf(first + 1), addressesOf(first + 2)]);
    expect(t.rows.map((r) => r.label.text)).toEqual(['办公设备购置', '信息化设备购置']);
    expect(t.rows[1].values.specialAccount?.value.toFixed(2)).toBe('1.20');
    expect(t.total?.values.smeShare?.value.toFixed(2)).toBe('3.20');
  });

  it('keeps blank cells as figures so rules can name them, and the 合计 column as the main amount', () => {
    const t = readBlock(procurementGridBlock(PROCUREMENT_GRID_ROWS));
    const fund = t.rows[0].values.fund;
    expect([fund?.amount.kind, fund?.cell.address]).toEqual(['blank', 'J6']);
    expect(t.rows.map((r) => r.amount.cell.address)).toEqual(['H6', 'H7']);
    expect(t.rows[0].amount).toBe(t.rows[0].values.total);
    expect(t.empty).toBe(false);
  });

  it('puts every amount cell in allFigures, never 数量, and reports a text amount in badAmounts', () => {
    const rows = PROCUREMENT_GRID_ROWS.map((r) => ({ ...r }));
    rows[2].general = '两万';
    const t = readBlock(procurementGridBlock(rows));
    expect(t.allFigures).toHaveLength(3 * AMOUNT_COLUMNS.length);
    expect(t.allFigures.map((f) => f.cell.address)).not.toContain('F6');
    expect(t.badAmounts.map((f) => f.cell.address)).toEqual(['I7']);
  });

  it('finds the columns wherever the table starts', () => {
    const t = readBlock(procurementGridBlock(PROCUREMENT_GRID_ROWS, 'B3'));
    expect(t.total?.values.general?.cell.address).toBe('J7');
    expect(t.rows[1].values.smeShare?.cell.address).toBe('P9');
  });

  it('maps columns from their header text, not their position', () => {
    const t = readBlock({
      rows: [
        ['部门政府采购预算表'],
        ['224网信办', '', '', '', '', '', '', '', '单位：万元'],
        [
          '项目名称',
          '采购物品名称',
          '中小企业份额',
          '上年结转结余',
          '一般公共预算拨款',
          '政府采购金额',
          '单价',
          '数量',
          '预算资金',
        ],
        ['合计', '', '1.00', '0.50', '2.50', '3.00', '', '', '4.00'],
        ['打印机购置', '打印机', '1.00', '0.50', '2.50', '3.00', '1.50', '2', '4.00'],
      ],
    });
    expect(t.total && addresses(t.total.values)).toEqual({
      smeShare: 'C4',
      carryover: 'D4',
      general: 'E4',
      total: 'F4',
      unitPrice: 'G4',
      budgetFunds: 'I4',
    });
    expect(t.rows[0].amount.cell.address).toBe('F5');
  });

  it('reads the seed-000 empty table: no rows, no figures, empty', () => {
    const t = readBlock(procurementBlock());
    expect([t.rows, t.total, t.allFigures, t.empty]).toEqual([[], undefined, [], true]);
  });
});
