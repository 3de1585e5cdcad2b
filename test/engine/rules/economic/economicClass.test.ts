import { economicClassRule } from '../../../../src/engine/rules/economic/economicClass';
import { rules } from '../../../../src/engine/rules/economic';
import {
  BASIC_SHEET,
  basicCell,
  basicExpenditureTable,
  SEED_BASIC_ROWS,
  type BasicRowSpec,
} from '../../../helpers/basicExpenditureBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

function withRow(code: string, change: (r: BasicRowSpec) => BasicRowSpec): BasicRowSpec[] {
  return SEED_BASIC_ROWS.map((r) => (r[0] === code ? change(r) : r));
}

describe('economic-class', () => {
  it('is registered in the economic family', () => {
    expect(rules.map((r) => r.id)).toContain('economic-class');
  });

  it('finds nothing in the seed 基本支出表 (人员经费 on 301/303, 公用经费 on 302)', () => {
    expect(economicClassRule.check(contextOf([basicExpenditureTable()]))).toEqual([]);
  });

  it('flags 人员经费 on a 302 row, naming that cell first', () => {
    const rows = withRow('30201', ([c, n, t]) => [c, n, t, '1.30', null]);
    const findings = economicClassRule.check(contextOf([basicExpenditureTable(rows)]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect(f.cells[0]).toEqual({ sheet: BASIC_SHEET, address: basicCell('30201', 'personnel', rows) });
    expect(f.message).toContain('30201 办公费');
    expect(f.message).toContain('人员经费');
    expect(f.message).toContain('1.30');
    expect(f.actual).toBe('1.30');
    expect(f.expected).toBe('0.00');
  });

  it('flags 公用经费 on a 301 row', () => {
    const rows = withRow('30113', ([c, n, t]) => [c, n, t, null, '34.52']);
    const findings = economicClassRule.check(contextOf([basicExpenditureTable(rows)]));
    expect(findings.map((f) => f.cells[0].address)).toEqual([basicCell('30113', 'public', rows)]);
    expect(findings[0].message).toContain('公用经费');
  });

  it('allows 公用经费 on a 310 (资本性支出) row but not 人员经费 there', () => {
    const allowed: BasicRowSpec[] = [...SEED_BASIC_ROWS, ['31002', '办公设备购置', '2.00', null, '2.00']];
    expect(economicClassRule.check(contextOf([basicExpenditureTable(allowed)]))).toEqual([]);
    const wrong: BasicRowSpec[] = [...SEED_BASIC_ROWS, ['31002', '办公设备购置', '2.00', '2.00', null]];
    const findings = economicClassRule.check(contextOf([basicExpenditureTable(wrong)]));
    expect(findings.map((f) => f.cells[0].address)).toEqual([basicCell('31002', 'personnel', wrong)]);
  });

  it('treats a zero or blank amount in the other column as nothing', () => {
    const rows = withRow('30101', ([c, n, t, p]) => [c, n, t, p, '0.00']);
    expect(economicClassRule.check(contextOf([basicExpenditureTable(rows)]))).toEqual([]);
  });

  it('returns nothing without a 基本支出表', () => {
    expect(economicClassRule.check(contextOf([]))).toEqual([]);
  });
});
