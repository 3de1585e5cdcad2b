import { hierarchySum } from '../../../src/engine/rules/hierarchy/hierarchySum';
import { contextOf } from '../../helpers/ruleContextBuilder';
import { FUNCTIONAL_COLUMNS, codedTable, rowByCode, setFigure } from '../../helpers/typedTableBuilders';
import { YUAN_FEN, YUAN_WHOLE, withUnit } from '../../helpers/unitTables';
import type { FigureUnit } from '../../../src/engine/units';

/** A Shanghai-style 一般公共预算支出功能分类预算表 (合计 at the bottom; codes composed from 类/款/项) in 元. */
function generalBudget(unit: FigureUnit) {
  return withUnit(
    codedTable('general_budget_expenditure', FUNCTIONAL_COLUMNS, [
      ['201', '一般公共服务支出', '82096797.42', '15836797.42', '66260000.00'],
      ['20103', '政府办公厅（室）及相关机构事务', '82096797.42', '15836797.42', '66260000.00'],
      ['2010301', '行政运行', '12029501.84', '12029501.84', null],
      ['2010302', '一般行政管理事务', '46140000.00', null, '46140000.00'],
      ['2010350', '事业运行', '3807295.58', '3807295.58', null],
      ['2010399', '其他政府办公厅（室）及相关机构事务支出', '20120000.00', null, '20120000.00'],
      ['', '合计', '82096797.42', '15836797.42', '66260000.00'],
    ]),
    unit,
  );
}

describe('hierarchy-sum on tables in 元 to the fen (exact)', () => {
  it('finds nothing when every level adds up, 合计 row at the bottom', () => {
    expect(hierarchySum.check(contextOf([generalBudget(YUAN_FEN)]))).toEqual([]);
  });

  it('a 款 total 1 元 above Σ 项 is an error, not 尾差, in 元', () => {
    const t = generalBudget(YUAN_FEN);
    setFigure(rowByCode(t, '20103').values.total, '82096798.42');
    const findings = hierarchySum.check(contextOf([t]));
    const kuan = findings.find((f) => f.cells[0].address === rowByCode(t, '20103').values.total?.cell.address);
    expect(kuan).toMatchObject({
      severity: 'error',
      expected: '82096797.42',
      actual: '82096798.42',
    });
    expect(kuan?.message).toContain('应为 82096797.42元，实为 82096798.42元（差额 +1.00元）');
    expect(kuan?.message).not.toContain('尾差');
    // the 类 above it now differs from its one 款 too: same figure restated, error
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('even 0.01 元 is an error', () => {
    const t = generalBudget(YUAN_FEN);
    setFigure(rowByCode(t, '2010301').values.basic, '12029501.85');
    const findings = hierarchySum.check(contextOf([t]));
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0].cells[0].address).toBe(rowByCode(t, '20103').values.basic?.cell.address);
  });

  it('names each cell of the relation: the 款 total first, then its 项', () => {
    const t = generalBudget(YUAN_FEN);
    setFigure(rowByCode(t, '2010350').values.total, '3807294.58');
    const f = hierarchySum.check(contextOf([t]))[0];
    expect(f.cells.map((c) => c.address)).toEqual(
      ['20103', '2010301', '2010302', '2010350', '2010399'].map(
        (code) => rowByCode(t, code).values.total?.cell.address,
      ),
    );
  });
});

describe('hierarchy-sum on tables in whole 元 (rounded to 1 元)', () => {
  function wholeTable() {
    return withUnit(
      codedTable('general_budget_expenditure', FUNCTIONAL_COLUMNS, [
        ['201', '一般公共服务支出', '1201', '1201', '0'],
        ['20103', '政府办公厅', '1201', '1201', '0'],
        ['2010301', '行政运行', '600', '600', '0'],
        ['2010350', '事业运行', '600', '600', '0'],
        ['', '合计', '1201', '1201', '0'],
      ]),
      YUAN_WHOLE,
    );
  }

  it('a 1 元 gap over two parts is 尾差 (envelope 1.5 元), info, in 元', () => {
    const findings = hierarchySum.check(contextOf([wholeTable()]));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    expect(findings[0].message).toMatch(/^尾差：.*应为 1200\.00元，实为 1201\.00元（差额 \+1\.00元）$/);
  });

  it('strict mode makes it an error', () => {
    const findings = hierarchySum.check(contextOf([wholeTable()], { strict: true }));
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('a 2 元 gap over two parts is an error', () => {
    const t = wholeTable();
    setFigure(rowByCode(t, '2010350').values.total, '599');
    const findings = hierarchySum.check(contextOf([t])).filter((f) => f.severity === 'error');
    expect(findings.map((f) => f.cells[0].address)).toEqual([rowByCode(t, '20103').values.total?.cell.address]);
  });

  it('the same table read exactly (元 to the fen) makes the 1 元 gap an error', () => {
    const t = wholeTable();
    for (const f of t.allFigures) f.unit = YUAN_FEN;
    const findings = hierarchySum.check(contextOf([t]));
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    expect(findings.some((f) => f.severity === 'info')).toBe(false);
  });
});
