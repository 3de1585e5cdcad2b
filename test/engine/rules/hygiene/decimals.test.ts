import { rules } from '../../../../src/engine/rules/hygiene';
import { decimalsRule } from '../../../../src/engine/rules/hygiene/decimals';
import { figure } from '../../../helpers/figures';
import { hygieneTable } from '../../../helpers/hygieneTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

function table(values: Array<string | number>) {
  return hygieneTable({
    kind: 'expenditure',
    sheet: '表3',
    figures: values.map((v, i) => figure(v, `D${6 + i}`, '表3')),
  });
}

describe('decimals', () => {
  it('is registered in the hygiene family', () => {
    expect(rules.map((r) => r.id)).toContain('decimals');
  });

  it('finds nothing for two-decimal amounts and trailing zeros', () => {
    expect(decimalsRule.check(contextOf([table(['334.50', 134.29, '0.800', 27])]))).toEqual([]);
  });

  it('flags an amount with more than two decimals', () => {
    const findings = decimalsRule.check(contextOf([table(['334.50', 172.985, '27.23'])]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual([{ sheet: '表3', address: 'D7' }]);
    expect(f.actual).toBe('172.985');
    expect(f.message).toContain('172.985');
  });

  it('names every offending cell of a table in one finding', () => {
    const findings = decimalsRule.check(contextOf([table(['1.001', '2.002', '3.003', '4.004', '5.00'])]));
    expect(findings).toHaveLength(1);
    expect(findings[0].cells.map((c) => c.address)).toEqual(['D6', 'D7', 'D8', 'D9']);
    expect(findings[0].message).toContain('4 个');
  });
});
