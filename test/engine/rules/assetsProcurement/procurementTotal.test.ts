import { rules } from '../../../../src/engine/rules/assetsProcurement';
import { procurementTotalRule } from '../../../../src/engine/rules/assetsProcurement/procurementTotal';
import { PROCUREMENT_SHEET, procurementTable } from '../../../helpers/assetsProcurementBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('procurement-total', () => {
  it('is registered in the assets-procurement family', () => {
    expect(rules.map((r) => r.id)).toContain('procurement-total');
  });

  it('finds nothing in the seed (an empty procurement table) or when the rows add up', () => {
    expect(procurementTotalRule.check(contextOf([procurementTable([])]))).toEqual([]);
    const table = procurementTable(
      [
        ['台式计算机', '5.00'],
        ['打印机', '3.20'],
      ],
      '8.20',
    );
    expect(procurementTotalRule.check(contextOf([table]))).toEqual([]);
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
    expect(f.cells[0]).toEqual({ sheet: PROCUREMENT_SHEET, address: 'G6' });
    expect(f.cells).toEqual(expect.arrayContaining([table.rows[0].amount.cell, table.rows[1].amount.cell]));
    expect(f.expected).toBe('8.20');
    expect(f.actual).toBe('8.30');
  });

  it('reports a 合计 with no rows under it', () => {
    expect(procurementTotalRule.check(contextOf([procurementTable([], '2.00')]))).toHaveLength(1);
  });
});
