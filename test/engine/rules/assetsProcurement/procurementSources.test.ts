import { rules } from '../../../../src/engine/rules/assetsProcurement';
import { procurementSourcesRule } from '../../../../src/engine/rules/assetsProcurement/procurementSources';
import type { ProcurementColumn } from '../../../../src/engine/tables/types';
import {
  PROCUREMENT_SHEET,
  procurementCell,
  procurementTable,
  procurementTableOf,
  type ProcurementValues,
} from '../../../helpers/assetsProcurementBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

/** 合计 5.00 = 一般公共预算拨款 3.00 + 单位资金 1.50 + 上年结转结余 0.50; 预算资金 is the larger project budget. */
const ROW: ProcurementValues = {
  budgetFunds: '12.00',
  unitPrice: '0.50',
  total: '5.00',
  general: '3.00',
  fund: null,
  capital: null,
  specialAccount: null,
  unitFunds: '1.50',
  carryover: '0.50',
  smeShare: '1.00',
};

const SOURCES: ProcurementColumn[] = ['general', 'fund', 'capital', 'specialAccount', 'unitFunds', 'carryover'];

function check(items: Array<[string, ProcurementValues]>, total?: ProcurementValues) {
  return procurementSourcesRule.check(contextOf([procurementTableOf(items, total)]));
}

describe('procurement-sources', () => {
  it('is registered in the assets-procurement family', () => {
    expect(rules.map((r) => r.id)).toContain('procurement-sources');
  });

  it('finds nothing in the seed (an empty procurement table) or when every row adds up', () => {
    expect(procurementSourcesRule.check(contextOf([procurementTable([])]))).toEqual([]);
    expect(check([['台式计算机', ROW]], ROW)).toEqual([]);
  });

  it.each([...SOURCES, 'total'] as ProcurementColumn[])(
    'reports an error naming an item row’s 合计 first when its %s is wrong',
    (column) => {
      const findings = check([['台式计算机', { ...ROW, [column]: '9.99' }]], ROW);
      expect(findings).toHaveLength(1);
      const [f] = findings;
      expect(f.severity).toBe('error');
      expect(f.cells[0]).toEqual({ sheet: PROCUREMENT_SHEET, address: procurementCell('total', 0) });
      expect(f.cells).toContainEqual({ sheet: PROCUREMENT_SHEET, address: procurementCell(column, 0) });
      expect(f.message).toContain('台式计算机');
    },
  );

  it('checks the 合计 row too', () => {
    const findings = check([['台式计算机', ROW]], { ...ROW, general: '3.10' });
    expect(findings.map((f) => [f.cells[0].address, f.expected, f.actual])).toEqual([
      [procurementCell('total', 'total'), '5.10', '5.00'],
    ]);
    expect(findings[0].cells).toContainEqual({
      sheet: PROCUREMENT_SHEET,
      address: procurementCell('general', 'total'),
    });
  });

  it('does not compare 预算资金, 份额 or 单价 with 合计', () => {
    expect(check([['台式计算机', { ...ROW, budgetFunds: '1.00', smeShare: '6.00', unitPrice: '7.00' }]])).toEqual([]);
  });

  it('skips a table with no fund-source columns', () => {
    expect(procurementSourcesRule.check(contextOf([procurementTable([['台式计算机', '5.00']], '5.00')]))).toEqual([]);
  });

  it('grades a gap within the 尾差 envelope as info', () => {
    const [f] = check([['台式计算机', { ...ROW, general: '3.01' }]]);
    expect(f.severity).toBe('info');
  });
});
