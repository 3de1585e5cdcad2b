import { rules } from '../../../../src/engine/rules/hygiene';
import { emptyTableNoteRule } from '../../../../src/engine/rules/hygiene/emptyTableNote';
import { hygieneTable } from '../../../helpers/hygieneTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('empty-table-note', () => {
  it('is registered in the hygiene family', () => {
    expect(rules.map((r) => r.id)).toContain('empty-table-note');
  });

  it('finds nothing for the seed’s empty tables, which carry their 空表列示 note', () => {
    const tables = [
      hygieneTable({
        kind: 'gov_fund_expenditure',
        sheet: '表7',
        empty: true,
        note: '注：无政府基金预算财政拨款预算，空表列示。',
      }),
      hygieneTable({ kind: 'procurement', sheet: '采购', empty: true, note: '注：无政府采购预算，空表列示。' }),
      hygieneTable({ kind: 'income', sheet: '表2' }),
    ];
    expect(emptyTableNoteRule.check(contextOf(tables))).toEqual([]);
  });

  it('warns about an empty table without the note, naming its title', () => {
    const tables = [
      hygieneTable({ kind: 'state_capital_expenditure', sheet: '表8', empty: true }),
      hygieneTable({ kind: 'gov_fund_expenditure', sheet: '表7', empty: true, note: '注：无…空表列示。' }),
    ];
    const findings = emptyTableNoteRule.check(contextOf(tables));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].cells).toEqual([{ sheet: '表8', address: 'A1' }]);
    expect(findings[0].table).toBe('state_capital_expenditure');
  });

  it('does not ask for the note on a fixed-row table whose figures are all 0 (三公经费0万元 is data)', () => {
    const tables = [
      hygieneTable({ kind: 'three_public', sheet: '表9', empty: true }),
      hygieneTable({ kind: 'assets', sheet: '资产', empty: true }),
    ];
    expect(emptyTableNoteRule.check(contextOf(tables))).toEqual([]);
  });
});
