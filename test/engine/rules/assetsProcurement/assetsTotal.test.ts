import { rules } from '../../../../src/engine/rules/assetsProcurement';
import { assetsTotalRule } from '../../../../src/engine/rules/assetsProcurement/assetsTotal';
import { ASSETS_SHEET, assetsTable, assetValueCell, SEED_ASSETS } from '../../../helpers/assetsProcurementBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('assets-total', () => {
  it('is registered in the assets-procurement family', () => {
    expect(rules.map((r) => r.id)).toContain('assets-total');
  });

  it('finds nothing in the seed: 40.20 = 车辆 11.1 + 其他固定资产 29.1', () => {
    expect(assetsTotalRule.check(contextOf([assetsTable()]))).toEqual([]);
  });

  it('reports an error naming the changed category value', () => {
    const findings = assetsTotalRule.check(contextOf([assetsTable({ ...SEED_ASSETS, vehicle: ['1', '12.1'] })]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect(f.cells[0]).toEqual({ sheet: ASSETS_SHEET, address: assetValueCell('total') });
    expect(f.cells).toContainEqual({ sheet: ASSETS_SHEET, address: assetValueCell('vehicle') });
    expect(f.expected).toBe('41.20');
    expect(f.actual).toBe('40.20');
    expect(f.message).toContain('资产总额');
  });

  it('never sums the 数量 column and does not add 其中：办公用房 again', () => {
    const table = assetsTable({
      total: [null, '50.20'],
      building: ['850', '10.00'],
      officeBuilding: ['600', '8.00'],
      vehicle: ['1', '11.1'],
      equipment: [null, null],
      other: ['35', '29.1'],
    });
    expect(assetsTotalRule.check(contextOf([table]))).toEqual([]);
  });

  it('returns nothing without an assets table', () => {
    expect(assetsTotalRule.check(contextOf([]))).toEqual([]);
  });
});
