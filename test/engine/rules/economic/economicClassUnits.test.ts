import { economicClassRule } from '../../../../src/engine/rules/economic/economicClass';
import { contextOf } from '../../../helpers/ruleContextBuilder';
import { BASIC_COLUMNS, codedTable } from '../../../helpers/typedTableBuilders';
import { withUnit, YUAN_FEN } from '../../../helpers/unitTables';

const basic = (publicOn30101: string | null) =>
  withUnit(
    codedTable('basic_expenditure', BASIC_COLUMNS, [
      ['301', '工资福利支出', '9000000.00', '9000000.00', publicOn30101],
      ['30101', '基本工资', '9000000.00', '9000000.00', publicOn30101],
      ['302', '商品和服务支出', '2029501.84', null, '2029501.84'],
      ['30201', '办公费', '2029501.84', null, '2029501.84'],
      ['', '合计', '11029501.84', '9000000.00', '2029501.84'],
    ]),
    YUAN_FEN,
  );

describe('economic-class on a 基本支出表 in 元 (codes composed from 类/款)', () => {
  it('finds nothing when 人员经费 sits on 301 and 公用经费 on 302', () => {
    expect(economicClassRule.check(contextOf([basic(null)]))).toEqual([]);
  });

  it('names the amount in 元, not 万元', () => {
    const findings = economicClassRule.check(contextOf([basic('1500.00')]));
    expect(findings).toHaveLength(2);
    expect(findings[0].message).toContain('在公用经费栏列有 1500.00 元，');
    expect(findings[0].message).not.toContain('万元');
    expect(findings[0].actual).toBe('1500.00');
  });
});
