import { rules } from '../../../../src/engine/rules/hygiene';
import { negativeAmountRule } from '../../../../src/engine/rules/hygiene/negativeAmount';
import { figure } from '../../../helpers/figures';
import { hygieneTable } from '../../../helpers/hygieneTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('negative-amount', () => {
  it('is registered in the hygiene family', () => {
    expect(rules.map((r) => r.id)).toContain('negative-amount');
  });

  it('flags each negative amount, and nothing else', () => {
    const figures = [
      figure('334.50', 'D6', '表3'),
      figure('-1.20', 'D7', '表3'),
      figure('(2.00)', 'D8', '表3'),
      figure(0, 'D9', '表3'),
    ];
    const findings = negativeAmountRule.check(
      contextOf([hygieneTable({ kind: 'expenditure', sheet: '表3', figures })]),
    );
    expect(findings.map((f) => f.cells[0].address)).toEqual(['D7', 'D8']);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].actual).toBe('-1.20');
    expect(findings[0].message).toContain('-1.20');
  });
});
