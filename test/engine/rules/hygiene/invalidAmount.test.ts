import { rules } from '../../../../src/engine/rules/hygiene';
import { invalidAmountRule } from '../../../../src/engine/rules/hygiene/invalidAmount';
import { figure } from '../../../helpers/figures';
import { hygieneTable } from '../../../helpers/hygieneTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('invalid-amount', () => {
  it('is registered in the hygiene family', () => {
    expect(rules.map((r) => r.id)).toContain('invalid-amount');
  });

  it('reports each bad amount cell: an error value and text that is not an amount', () => {
    const bad = [figure('#REF!', 'E9', '表3'), figure('约12万', 'F10', '表3')];
    const findings = invalidAmountRule.check(
      contextOf([
        hygieneTable({ kind: 'expenditure', sheet: '表3', badAmounts: bad, figures: [figure('1.00', 'D6', '表3')] }),
      ]),
    );
    expect(findings.map((f) => f.cells)).toEqual([
      [{ sheet: '表3', address: 'E9' }],
      [{ sheet: '表3', address: 'F10' }],
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings[0].message).toContain('#REF!');
    expect(findings[0].message).toContain('错误值');
    expect(findings[1].message).toContain('约12万');
  });

  it('finds nothing when every amount parsed', () => {
    const table = hygieneTable({ kind: 'expenditure', sheet: '表3', figures: [figure('1.00', 'D6', '表3')] });
    expect(invalidAmountRule.check(contextOf([table]))).toEqual([]);
  });
});
