import { hierarchySum } from '../../../../src/engine/rules/hierarchy/hierarchySum';
import type { TableKind } from '../../../../src/engine/tableKinds';
import type { CodedTable, Figure } from '../../../../src/engine/tables/types';
import { rowByCode } from '../../../helpers/typedTableBuilders';
import { changed, contextFor, finalWorkbook, t, zeroStyled, type Pick } from './finalWorkbook';

const code = (table: 't2' | 't3' | 't5' | 't6' | 't8', c: string, column: string): Pick => [
  `${table} ${c || '合计'} ${column}`,
  (wb) =>
    (
      rowByCode<TableKind, string>(t[table](wb) as CodedTable<TableKind, string> | undefined, c).values as Record<
        string,
        Figure
      >
    )[column],
];

describe('hierarchy-sum on the 决算 coded tables (F1)', () => {
  it('finds the built 决算 consistent, blank or 0.00 zeros alike, with relations for every level', () => {
    for (const wb of [finalWorkbook(), zeroStyled()]) {
      const ctx = contextFor(wb);
      expect(hierarchySum.check(ctx)).toEqual([]);
      const tables = new Set(ctx.relations.map((r) => r.table));
      expect(tables).toEqual(
        new Set([
          'final_income',
          'final_expenditure',
          'final_general_budget_expenditure',
          'final_basic_expenditure',
          'final_gov_fund',
        ]),
      );
    }
  });

  it.each([
    code('t2', '', 'affiliated'),
    code('t2', '201', 'fiscal'),
    code('t2', '20106', 'other'),
    code('t2', '2010601', 'total'),
    code('t3', '', 'toAffiliated'),
    code('t3', '208', 'basic'),
    code('t3', '2080505', 'basic'),
    code('t5', '', 'project'),
    code('t5', '201', 'project'),
    code('t8', '', 'end'),
    code('t8', '20106', 'begin'),
    code('t8', '2010601', 'spendProject'),
    // 表6: 类 = Σ 款, two levels, no 合计 row.
    code('t6', '301', 'actual'),
    code('t6', '30101', 'actual'),
    code('t6', '30199', 'actual'),
    code('t6', '302', 'actual'),
    code('t6', '30212', 'actual'),
    code('t6', '31013', 'actual'),
  ])('reports a change of %s', (...pick) => {
    const result = changed(hierarchySum, pick as Pick, '1.00');
    expect(result.hit).toBe(true);
  });

  it('names the 决算 columns as printed', () => {
    const { findings } = changed(hierarchySum, code('t8', '', 'spend'), '1.00');
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('政府性基金预算财政拨款收入支出决算表“合计”的“本年支出合计”应等于其下各类（201）之和'),
    ]);
  });
});
