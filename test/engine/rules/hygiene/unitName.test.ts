import { rules } from '../../../../src/engine/rules/hygiene';
import { unitNameRule } from '../../../../src/engine/rules/hygiene/unitName';
import { hygieneTable, seedMetaTables } from '../../../helpers/hygieneTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('unit-name', () => {
  it('is registered in the hygiene family', () => {
    expect(rules.map((r) => r.id)).toContain('unit-name');
  });

  it('finds nothing when every table names 224网信办', () => {
    const tables = seedMetaTables(['income_expenditure_summary', 'income', 'expenditure']);
    expect(unitNameRule.check(contextOf(tables))).toEqual([]);
  });

  it('names the odd table’s unit cell first', () => {
    const tables = [
      ...seedMetaTables(['income_expenditure_summary', 'income', 'expenditure']),
      hygieneTable({ kind: 'three_public', sheet: '三公', unit: '225宣传部' }),
    ];
    const findings = unitNameRule.check(contextOf(tables));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect(f.cells[0]).toEqual({ sheet: '三公', address: 'A2' });
    expect(f.expected).toBe('224网信办');
    expect(f.actual).toBe('225宣传部');
    expect(f.message).toContain('225宣传部');
  });

  it('prefers the workbook’s agreed unit name, and accepts the name without its code or with a label', () => {
    const tables = [
      hygieneTable({ kind: 'income', sheet: '表2', unit: '224网信办' }),
      hygieneTable({ kind: 'expenditure', sheet: '表3', unit: '单位名称：224 网信办' }),
      hygieneTable({ kind: 'assets', sheet: '资产', unit: '网信办' }),
      hygieneTable({ kind: 'procurement', sheet: '采购', unit: '宣传部' }),
    ];
    const findings = unitNameRule.check(contextOf(tables, { workbook: { unitName: '224网信办' } }));
    expect(findings.map((f) => f.cells[0].sheet)).toEqual(['采购']);
  });
});
