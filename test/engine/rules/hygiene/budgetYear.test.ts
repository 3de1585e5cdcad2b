import { rules } from '../../../../src/engine/rules/hygiene';
import { budgetYearRule } from '../../../../src/engine/rules/hygiene/budgetYear';
import { hygieneTable, seedMetaTables } from '../../../helpers/hygieneTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('budget-year', () => {
  it('is registered in the hygiene family', () => {
    expect(rules.map((r) => r.id)).toContain('budget-year');
  });

  it('finds nothing when every table says 2024', () => {
    expect(budgetYearRule.check(contextOf(seedMetaTables(['income', 'expenditure', 'assets'])))).toEqual([]);
  });

  it('names the table of another year', () => {
    const tables = [
      ...seedMetaTables(['income', 'expenditure', 'basic_expenditure']),
      hygieneTable({ kind: 'three_public', sheet: '三公', year: 2023 }),
    ];
    const findings = budgetYearRule.check(contextOf(tables));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].cells[0]).toEqual({ sheet: '三公', address: 'D2' });
    expect(findings[0].expected).toBe('2024');
    expect(findings[0].actual).toBe('2023');
    expect(findings[0].message).toContain('2023');
  });
});
