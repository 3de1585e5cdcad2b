import { rules } from '../../../../src/engine/rules/columns';
import { finalBasicTotalsRule } from '../../../../src/engine/rules/columns/final-basic-totals';
import { finalExpenditureColumnsRule } from '../../../../src/engine/rules/columns/final-expenditure-columns';
import { finalFiscalSummaryColumnsRule } from '../../../../src/engine/rules/columns/final-fiscal-summary-columns';
import { finalFundBalanceRule } from '../../../../src/engine/rules/columns/final-fund-balance';
import { finalFundColumnsRule } from '../../../../src/engine/rules/columns/final-fund-columns';
import { finalGeneralBudgetColumnsRule } from '../../../../src/engine/rules/columns/final-general-budget-columns';
import { finalIncomeColumnsRule } from '../../../../src/engine/rules/columns/final-income-columns';
import { finalThreePublicColumnsRule } from '../../../../src/engine/rules/columns/final-three-public-columns';
import type { Rule } from '../../../../src/engine/rules/rule';
import { rowByCode, setFigure } from '../../../helpers/typedTableBuilders';
import { cellsOf, changed, contextFor, finalWorkbook, t, zeroStyled, type Pick } from './finalWorkbook';

const RULES: Rule[] = [
  finalIncomeColumnsRule,
  finalExpenditureColumnsRule,
  finalGeneralBudgetColumnsRule,
  finalFundColumnsRule,
  finalFundBalanceRule,
  finalBasicTotalsRule,
  finalThreePublicColumnsRule,
  finalFiscalSummaryColumnsRule,
];

/** Each rule with every figure of one of its relations: changing any of them by 1.00 must be reported there. */
const PARTS: Array<[Rule, Pick[]]> = [
  [
    finalIncomeColumnsRule,
    (['total', 'fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] as const).map((c) => [
      `表2 2010601 ${c}`,
      (wb) => rowByCode(t.t2(wb), '2010601').values[c],
    ]),
  ],
  [
    finalExpenditureColumnsRule,
    (['total', 'basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] as const).map((c) => [
      `表3 合计 ${c}`,
      (wb) => rowByCode(t.t3(wb), '').values[c],
    ]),
  ],
  [
    finalGeneralBudgetColumnsRule,
    (['total', 'basic', 'project'] as const).map((c) => [`表5 201 ${c}`, (wb) => rowByCode(t.t5(wb), '201').values[c]]),
  ],
  [
    finalFundColumnsRule,
    (['spend', 'spendBasic', 'spendProject'] as const).map((c) => [
      `表8 20106 ${c}`,
      (wb) => rowByCode(t.t8(wb), '20106').values[c],
    ]),
  ],
  [
    finalFundBalanceRule,
    (['begin', 'income', 'spend', 'end'] as const).map((c) => [
      `表8 合计 ${c}`,
      (wb) => rowByCode(t.t8(wb), '').values[c],
    ]),
  ],
  [
    finalBasicTotalsRule,
    [
      ['人员经费合计', (wb) => t.t6(wb)?.personnelTotal?.figure],
      ['301', (wb) => rowByCode(t.t6(wb), '301').values.actual],
      ['303', (wb) => rowByCode(t.t6(wb), '303').values.actual],
      ['公用经费合计', (wb) => t.t6(wb)?.publicTotal?.figure],
      ['302', (wb) => rowByCode(t.t6(wb), '302').values.actual],
      ['310', (wb) => rowByCode(t.t6(wb), '310').values.actual],
    ],
  ],
  [
    finalThreePublicColumnsRule,
    (['budget', 'actual'] as const).flatMap((side) =>
      (['total', 'outbound', 'vehicle', 'reception', 'vehiclePurchase', 'vehicleOps'] as const).map((item): Pick => [
        `表7 ${side} ${item}`,
        (wb) => t.t7(wb)?.[side][item],
      ]),
    ),
  ],
  [
    finalFiscalSummaryColumnsRule,
    [
      ...(['total', 'general', 'fund', 'capital'] as const).map((c): Pick => [
        `表4 一般公共服务 ${c}`,
        (wb) => t.t4(wb)?.expenditureRows[0].values[c],
      ]),
      ['表4 本年支出合计 合计', (wb) => t.t4(wb)?.expenditureTotal?.values.total],
      ['表4 年末 基金', (wb) => t.t4(wb)?.end?.values.fund],
      ['表4 总计 一般公共', (wb) => t.t4(wb)?.expenditureGrand?.values.general],
    ],
  ],
];

describe('决算 column rules (F2)', () => {
  it('are registered in the columns family with distinct ids', () => {
    for (const r of RULES) expect(rules).toContain(r);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('find the built 决算 consistent, blank or 0.00 zeros alike, and record every relation as holding', () => {
    for (const wb of [finalWorkbook(), zeroStyled()]) {
      const ctx = contextFor(wb);
      expect(RULES.flatMap((r) => r.check(ctx))).toEqual([]);
      expect(ctx.relations.length).toBeGreaterThan(40);
      expect(ctx.relations.filter((r) => r.status !== 'holds')).toEqual([]);
    }
  });

  it.each(PARTS.flatMap(([rule, picks]) => picks.map((p) => [rule.id, p[0], rule, p] as const)))(
    '%s reports a change of %s',
    (_id, _name, rule, pick) => {
      expect(changed(rule, pick, '1.00').hit).toBe(true);
      expect(changed(rule, pick, '-0.50').hit).toBe(true);
    },
  );

  it('a 0.01 gap in a sum of several non-zero parts is 尾差 (info), in strict mode an error', () => {
    const wb = finalWorkbook();
    setFigure(rowByCode(t.t3(wb), '').values.total, '110.01');
    const findings = finalExpenditureColumnsRule.check(contextFor(wb));
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['info', '110.00', '110.01']]);
    expect(finalExpenditureColumnsRule.check(contextFor(wb, true)).map((f) => f.severity)).toEqual(['error']);
  });

  it('a total restating its one non-zero part gets no envelope: 0.01 off is an error', () => {
    const wb = finalWorkbook();
    setFigure(rowByCode(t.t5(wb), '208').values.total, '30.01');
    expect(finalGeneralBudgetColumnsRule.check(contextFor(wb)).map((f) => f.severity)).toEqual(['error']);
  });

  it('年末 = 年初 + 收入 − 支出 names all four cells, 年末 first', () => {
    const wb = finalWorkbook();
    setFigure(rowByCode(t.t8(wb), '2010601').values.end, '3.00');
    const [f] = finalFundBalanceRule.check(contextFor(wb));
    expect(cellsOf(f)).toEqual(['表8!I9', '表8!F9', '表8!D9', '表8!E9']);
    expect(f.message).toContain('年末结转和结余 应等于 年初结转和结余 + 本年收入 − 本年支出合计');
  });

  it('leaves out what the table does not print: a missing 303 row, a missing 三公 column', () => {
    const wb = finalWorkbook();
    const t6 = t.t6(wb);
    if (!t6) throw new Error('no 表6');
    t6.rows = t6.rows.filter((r) => !r.code.startsWith('303'));
    setFigure(t6.personnelTotal?.figure, '60.00');
    expect(finalBasicTotalsRule.check(contextFor(wb))).toEqual([]);
    const t7 = t.t7(wb);
    delete t7?.actual.vehicleOps;
    expect(finalThreePublicColumnsRule.check(contextFor(wb)).map((f) => f.severity)).toEqual(['error']);
  });

  it('the spend-only 公开09表 (no 年初/收入/年末 columns) has no balance to check', () => {
    const wb = finalWorkbook();
    const t8 = t.t8(wb);
    if (!t8) throw new Error('no 表8');
    t8.columns = ['spend', 'spendBasic', 'spendProject'];
    setFigure(rowByCode(t8, '').values.end, '9.00');
    const ctx = contextFor(wb);
    expect(finalFundBalanceRule.check(ctx)).toEqual([]);
    expect(ctx.relations).toEqual([]);
  });
});
