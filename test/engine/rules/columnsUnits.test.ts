import { basicColumns } from '../../../src/engine/rules/columns/basicColumns';
import { expenditureColumns } from '../../../src/engine/rules/columns/expenditureColumns';
import { incomeColumns } from '../../../src/engine/rules/columns/incomeColumns';
import { threePublicColumns } from '../../../src/engine/rules/columns/threePublicColumns';
import { contextOf } from '../../helpers/ruleContextBuilder';
import { BASIC_COLUMNS, codedTable, rowByCode, setFigure } from '../../helpers/typedTableBuilders';
import { shanghaiIncomeTable, shanghaiThreePublic, withUnit, YUAN_FEN } from '../../helpers/unitTables';

/** 收入总表 as Shanghai prints it: 合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入, in 元. */
const income = () =>
  shanghaiIncomeTable([
    ['201', '一般公共服务支出', '82096797.42', '82096797.42', null, null, null],
    ['208', '社会保障和就业支出', '4213779.28', '4000000.00', '200000.00', '13779.28', null],
    ['', '合计', '86310576.70', '86096797.42', '200000.00', '13779.28', null],
  ]);

describe('column-income on the Shanghai layout (no 本年收入小计, no 上年结转)', () => {
  it('finds nothing when 合计 = Σ sources on every row', () => {
    expect(incomeColumns.check(contextOf([income()]))).toEqual([]);
  });

  it('does not read the absent 小计 as 0: the relation is 合计 = Σ sources', () => {
    const t = income();
    expect(t.columns).not.toContain('subtotal');
    expect(t.columns).not.toContain('carryover');
    const findings = incomeColumns.check(contextOf([t]));
    expect(findings.filter((f) => f.message.includes('本年收入小计'))).toEqual([]);
  });

  it.each([
    ['total', '4213779.29'],
    ['fiscal', '4000000.01'],
    ['business', '199999.00'],
    ['operating', '13779.00'],
  ])('changing %s on one row by any amount is an error naming that row’s 合计 first', (column, value) => {
    const t = income();
    const row = rowByCode(t, '208');
    setFigure(row.values[column as 'total'], value);
    const findings = incomeColumns.check(contextOf([t]));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].cells[0]).toEqual(row.values.total?.cell);
    expect(findings[0].message).toContain('合计 应等于 财政拨款收入 + 事业收入 + 经营收入 + 其他收入');
    expect(findings[0].message).toMatch(/元）$/);
  });
  it('names the columns in the template’s words (事业单位经营收入 in Shanghai)', () => {
    const t = income();
    setFigure(rowByCode(t, '208').values.operating, '13779.00');
    const [f] = incomeColumns.check(contextOf([t], { workbook: { template: 'shanghai' } }));
    expect(f.message).toContain('合计 应等于 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入');
  });
});

describe('column-expenditure and column-basic in 元', () => {
  const expenditure = () =>
    withUnit(
      codedTable('expenditure', ['total', 'basic', 'project'] as const, [
        ['2010301', '行政运行', '12029501.84', '12029501.84', null],
        ['2010302', '一般行政管理事务', '46140000.00', '1000000.00', '45140000.00'],
        ['', '合计', '58169501.84', '13029501.84', '45140000.00'],
      ]),
      YUAN_FEN,
    );

  it('合计 = 基本 + 项目 holds: nothing; 1 元 off: an error in 元', () => {
    expect(expenditureColumns.check(contextOf([expenditure()]))).toEqual([]);
    const t = expenditure();
    setFigure(rowByCode(t, '2010302').values.project, '45140001.00');
    const findings = expenditureColumns.check(contextOf([t]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', expected: '46140001.00', actual: '46140000.00' });
    expect(findings[0].message).toContain('合计 应等于 基本支出 + 项目支出：');
  });

  it('basic 合计 = 人员 + 公用: 0.01 元 off is an error', () => {
    const t = withUnit(
      codedTable('basic_expenditure', BASIC_COLUMNS, [
        ['301', '工资福利支出', '9000000.00', '9000000.00', null],
        ['302', '商品和服务支出', '2029501.84', null, '2029501.84'],
        ['', '合计', '11029501.84', '9000000.00', '2029501.84'],
      ]),
      YUAN_FEN,
    );
    expect(basicColumns.check(contextOf([t]))).toEqual([]);
    setFigure(rowByCode(t, '').values.public, '2029501.83');
    const findings = basicColumns.check(contextOf([t]));
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0].message).toContain('差额 +0.01元');
  });
});

describe('column-three-public on Shanghai’s one-row table (万元)', () => {
  const ok = {
    total: '3.50',
    outbound: '0.00',
    reception: '0.50',
    vehicle: '3.00',
    vehiclePurchase: '0.00',
    vehicleOps: '3.00',
  };

  it('finds nothing when 合计 = 出国 + 接待 + 小计 and 小计 = 购置 + 运行', () => {
    expect(threePublicColumns.check(contextOf([shanghaiThreePublic(ok)]))).toEqual([]);
  });

  it.each(['total', 'outbound', 'reception'] as const)('changing %s breaks 合计 = 出国 + 接待 + 小计', (item) => {
    const t = shanghaiThreePublic({ ...ok, [item]: '9.99' });
    const findings = threePublicColumns.check(contextOf([t]));
    expect(findings).toHaveLength(1);
    expect(findings[0].cells[0]).toEqual(t.rows.total?.values.total?.cell);
    expect(findings[0].message).not.toContain('万元');
  });

  it.each(['vehiclePurchase', 'vehicleOps'] as const)('changing %s breaks 小计 = 购置 + 运行', (item) => {
    const t = shanghaiThreePublic({ ...ok, [item]: '1.11' });
    const findings = threePublicColumns.check(contextOf([t]));
    expect(findings).toHaveLength(1);
    expect(findings[0].cells[0]).toEqual(t.rows.vehicle?.values.total?.cell);
  });

  it('changing 小计 breaks both relations', () => {
    const t = shanghaiThreePublic({ ...ok, vehicle: '3.10' });
    expect(threePublicColumns.check(contextOf([t]))).toHaveLength(2);
  });

  it('has no 资金 columns, so no row is checked against them', () => {
    const t = shanghaiThreePublic(ok);
    expect(t.rows.total?.values.general).toBeUndefined();
    expect(threePublicColumns.check(contextOf([t]))).toEqual([]);
  });
});
