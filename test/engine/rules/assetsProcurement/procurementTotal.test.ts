import Decimal from 'decimal.js';
import { rules } from '../../../../src/engine/rules/assetsProcurement';
import { procurementTotalRule } from '../../../../src/engine/rules/assetsProcurement/procurementTotal';
import type { ProcurementColumn } from '../../../../src/engine/tables/types';
import {
  PROCUREMENT_SHEET,
  procurementCell,
  procurementTable,
  procurementTableOf,
  type ProcurementValues,
} from '../../../helpers/assetsProcurementBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

/** Two items and their 合计 in every column; 单价 is per unit and does not add up. */
const ITEMS: Array<[string, ProcurementValues]> = [
  [
    '台式计算机',
    {
      budgetFunds: '10.00',
      unitPrice: '0.50',
      total: '5.00',
      general: '4.00',
      fund: null,
      capital: null,
      specialAccount: null,
      unitFunds: '1.00',
      carryover: null,
      smeShare: '2.00',
    },
  ],
  [
    '打印机',
    {
      budgetFunds: '3.20',
      unitPrice: '1.60',
      total: '3.20',
      general: '2.20',
      fund: null,
      capital: null,
      specialAccount: '1.00',
      unitFunds: null,
      carryover: null,
      smeShare: '3.20',
    },
  ],
];
const TOTAL: ProcurementValues = {
  budgetFunds: '13.20',
  unitPrice: null,
  total: '8.20',
  general: '6.20',
  fund: null,
  capital: null,
  specialAccount: '1.00',
  unitFunds: '1.00',
  carryover: null,
  smeShare: '5.20',
};

const SUMMED: ProcurementColumn[] = [
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

function raised(values: ProcurementValues, column: ProcurementColumn): ProcurementValues {
  return { ...values, [column]: new Decimal(values[column] ?? 0).plus('0.37').toFixed(2) };
}

describe('procurement-total', () => {
  it('is registered in the assets-procurement family', () => {
    expect(rules.map((r) => r.id)).toContain('procurement-total');
  });

  it('finds nothing in the seed (an empty procurement table) or when the rows add up', () => {
    expect(procurementTotalRule.check(contextOf([procurementTable([])]))).toEqual([]);
    expect(procurementTotalRule.check(contextOf([procurementTableOf(ITEMS, TOTAL)]))).toEqual([]);
  });

  it('reports an error when 合计 ≠ Σ rows, naming the total first', () => {
    const table = procurementTable(
      [
        ['台式计算机', '5.00'],
        ['打印机', '3.20'],
      ],
      '8.30',
    );
    const findings = procurementTotalRule.check(contextOf([table]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect(f.cells[0]).toEqual({ sheet: PROCUREMENT_SHEET, address: procurementCell('total', 'total') });
    expect(f.cells).toEqual(expect.arrayContaining([table.rows[0].amount.cell, table.rows[1].amount.cell]));
    expect(f.expected).toBe('8.20');
    expect(f.actual).toBe('8.30');
  });

  it.each(SUMMED)('reports one error for a wrong %s in an item row, naming the 合计 cell then that cell', (column) => {
    const items: Array<[string, ProcurementValues]> = [ITEMS[0], [ITEMS[1][0], raised(ITEMS[1][1], column)]];
    const findings = procurementTotalRule.check(contextOf([procurementTableOf(items, TOTAL)]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect(f.cells[0]).toEqual({ sheet: PROCUREMENT_SHEET, address: procurementCell(column, 'total') });
    expect(f.cells).toContainEqual({ sheet: PROCUREMENT_SHEET, address: procurementCell(column, 1) });
    expect(f.actual).toBe(new Decimal(TOTAL[column] ?? 0).toFixed(2));
  });

  it.each(SUMMED)('reports one error for a wrong %s in the 合计 row', (column) => {
    const findings = procurementTotalRule.check(contextOf([procurementTableOf(ITEMS, raised(TOTAL, column))]));
    expect(findings.map((f) => f.cells[0].address)).toEqual([procurementCell(column, 'total')]);
  });

  it('names each column that disagrees in its own finding', () => {
    const total = raised(raised(TOTAL, 'budgetFunds'), 'smeShare');
    const findings = procurementTotalRule.check(contextOf([procurementTableOf(ITEMS, total)]));
    expect(findings.map((f) => f.cells[0].address)).toEqual([
      procurementCell('budgetFunds', 'total'),
      procurementCell('smeShare', 'total'),
    ]);
    expect(findings[1].message).toContain('预留中小微企业份额');
  });

  it('never adds up 单价', () => {
    const total = { ...TOTAL, unitPrice: '2.10' };
    expect(procurementTotalRule.check(contextOf([procurementTableOf(ITEMS, total)]))).toEqual([]);
  });

  it('reports a 合计 with no rows under it', () => {
    expect(procurementTotalRule.check(contextOf([procurementTable([], '2.00')]))).toHaveLength(1);
  });
});
