import { rules } from '../../../../src/engine/rules/hygiene';
import { missingTableRule } from '../../../../src/engine/rules/hygiene/missingTable';
import { BUDGET_TABLE_KINDS } from '../../../../src/engine/tableKinds';
import { seedMetaTables } from '../../../helpers/hygieneTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('missing-table', () => {
  it('is registered in the hygiene family', () => {
    expect(rules.map((r) => r.id)).toContain('missing-table');
  });

  it('finds nothing when every standard table is present', () => {
    expect(missingTableRule.check(contextOf(seedMetaTables([...BUDGET_TABLE_KINDS])))).toEqual([]);
  });

  it('warns about each missing kind with no cells, but not about the 情况说明', () => {
    const present = BUDGET_TABLE_KINDS.filter((k) => k !== 'procurement' && k !== 'three_public' && k !== 'narrative');
    const findings = missingTableRule.check(contextOf(seedMetaTables(present)));
    expect(findings.map((f) => f.table)).toEqual(['three_public', 'procurement']);
    expect(findings.every((f) => f.severity === 'warning' && f.cells.length === 0)).toBe(true);
    expect(findings[1].message).toContain('政府采购');
  });

  it('returns nothing for a workbook without any table', () => {
    expect(missingTableRule.check(contextOf([]))).toEqual([]);
  });
});
