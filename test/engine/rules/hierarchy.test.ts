import { hierarchySum } from '../../../src/engine/rules/hierarchy/hierarchySum';
import { rules } from '../../../src/engine/rules/hierarchy';
import type { Finding } from '../../../src/engine/findings';
import { tableOf } from '../../../src/engine/tables/types';
import { generalBudgetTable, rowByCode, setFigure } from '../../helpers/typedTableBuilders';
import { contextFor, seed000Workbook, SHEETS } from './seed000Workbook';

const at = (f: Finding) => `${f.cells[0].sheet}!${f.cells[0].address}`;

describe('hierarchy-sum (family 1)', () => {
  it('is registered in the family index', () => {
    expect(rules).toContain(hierarchySum);
  });

  it('reports exactly the 尾差 of seed 000 as info, in every table and column where they repeat', () => {
    const findings = hierarchySum.check(contextFor(seed000Workbook()));
    expect(findings.every((f) => f.severity === 'info' && f.ruleId === 'hierarchy-sum')).toBe(true);
    const { income, expenditure, general, basic } = SHEETS;
    // Rows: 合计 6, 20137 8, 20827 15, 21011 19 (functional); 301 7, 302 17 (经济分类). Columns D 合计, E, F.
    const functional = ['D8', 'D15', 'D19'];
    expect(findings.map(at).sort()).toEqual(
      [
        ...[...functional, 'E8', 'E15', 'E19', 'F8', 'F15', 'F19'].map((a) => `${income}!${a}`),
        ...[...functional, 'E15', 'E19', 'E6'].map((a) => `${expenditure}!${a}`),
        ...[...functional, 'E15', 'E19', 'E6'].map((a) => `${general}!${a}`),
        ...['D7', 'E7', 'D17', 'F17', 'E6'].map((a) => `${basic}!${a}`),
      ].sort(),
    );
  });

  it('names code, name and column, with expected Σ and the stated figure', () => {
    const findings = hierarchySum.check(contextFor(seed000Workbook()));
    const f = findings.find((x) => at(x) === `${SHEETS.income}!D8`);
    expect(f?.message).toContain('20137 网信事务');
    expect(f?.message).toContain('“合计”');
    expect(f?.message).toContain('尾差');
    expect(f).toMatchObject({ expected: '334.51', actual: '334.50', table: 'income' });
    expect(f?.cells.map((c) => c.address)).toEqual(['D8', 'D9', 'D10', 'D11']);

    const basicColumn = findings.find((x) => at(x) === `${SHEETS.expenditure}!E6`);
    expect(basicColumn).toMatchObject({ expected: '357.12', actual: '357.11' });
    expect(basicColumn?.message).toContain('基本支出');

    expect(findings.find((x) => at(x) === `${SHEETS.basic}!D7`)).toMatchObject({
      expected: '326.86',
      actual: '326.87',
    });
    expect(findings.find((x) => at(x) === `${SHEETS.basic}!D17`)).toMatchObject({ expected: '24.77', actual: '24.79' });
    const personnel = findings.find((x) => at(x) === `${SHEETS.basic}!E6`);
    expect(personnel).toMatchObject({ expected: '332.32', actual: '332.33' });
    expect(personnel?.message).toContain('人员经费');
  });

  it('turns every 尾差 into an error in strict mode', () => {
    const lenient = hierarchySum.check(contextFor(seed000Workbook()));
    const strict = hierarchySum.check(contextFor(seed000Workbook(), true));
    expect(strict.map(at)).toEqual(lenient.map(at));
    expect(strict.every((f) => f.severity === 'error')).toBe(true);
  });

  it('reports a changed figure as an error naming the parent cell first and the changed cell', () => {
    const wb = seed000Workbook();
    setFigure(rowByCode(tableOf(wb, 'expenditure'), '2013701').values.total, '140.00');
    const errors = hierarchySum.check(contextFor(wb)).filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(at(errors[0])).toBe(`${SHEETS.expenditure}!D8`);
    expect(errors[0].cells.map((c) => c.address)).toContain('D9');
    expect(errors[0]).toMatchObject({ expected: '340.22', actual: '334.50' });
  });

  it('reports a 类 that differs from its 款 beyond the envelope', () => {
    const wb = seed000Workbook();
    setFigure(rowByCode(tableOf(wb, 'basic_expenditure'), '303').values.personnel, '5.50');
    const errors = hierarchySum.check(contextFor(wb)).filter((f) => f.severity === 'error');
    // 303 人员经费 5.50 vs 0.70 + 4.75; the 合计 row's 人员经费 332.33 vs 326.87 + 5.50 is off too.
    expect(errors.map(at).sort()).toEqual([`${SHEETS.basic}!E32`, `${SHEETS.basic}!E6`].sort());
  });

  it('sums a 类 over its 项 when the 款 row is missing', () => {
    const t = generalBudgetTable([
      ['', '合计', '10.00', '10.00', null],
      ['201', '一般公共服务支出', '10.00', '10.00', null],
      ['2013701', '行政运行', '4.00', '4.00', null],
      ['2013750', '事业运行', '5.00', '5.00', null],
    ]);
    const findings = hierarchySum.check(contextFor({ tables: [t] }));
    expect(findings.map((f) => [f.cells[0].address, f.severity, f.expected])).toEqual([
      ['D7', 'error', '9.00'],
      ['E7', 'error', '9.00'],
    ]);
  });

  it('reports nothing when no coded table is present', () => {
    const wb = seed000Workbook();
    wb.tables = wb.tables.filter((t) => t.kind === 'income_expenditure_summary');
    expect(hierarchySum.check(contextFor(wb))).toEqual([]);
  });
});
