import { rules } from '../../../../src/engine/rules/hygiene';
import { measureRule, normalizeMeasure } from '../../../../src/engine/rules/hygiene/measure';
import { hygieneTable, seedMetaTables } from '../../../helpers/hygieneTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('measure', () => {
  it('is registered in the hygiene family', () => {
    expect(rules.map((r) => r.id)).toContain('measure');
  });

  it.each([
    ['单位：万元', '万元'],
    ['价值（金额单位：万元）', '万元'],
    ['单位:元', '元'],
    ['万元', '万元'],
    ['单位：万元（保留两位小数）', '万元'],
  ])('reads %s as %s', (text, unit) => {
    expect(normalizeMeasure(text)).toBe(unit);
  });

  it('finds nothing when every table is in 万元', () => {
    expect(measureRule.check(contextOf(seedMetaTables(['income', 'expenditure'])))).toEqual([]);
  });

  it('flags the table in 元', () => {
    const tables = [
      ...seedMetaTables(['income', 'expenditure']),
      hygieneTable({ kind: 'assets', sheet: '资产', measure: '单位：元' }),
    ];
    const findings = measureRule.check(contextOf(tables));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].cells).toEqual([{ sheet: '资产', address: 'H2' }]);
    expect(findings[0].actual).toBe('元');
  });
});
