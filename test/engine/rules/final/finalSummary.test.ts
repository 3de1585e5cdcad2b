import { rules } from '../../../../src/engine/rules/summary';
import { finalFiscalBeginItemsRule } from '../../../../src/engine/rules/summary/final-fiscal-begin-items';
import { finalFiscalCarryForwardRule } from '../../../../src/engine/rules/summary/final-fiscal-carry-forward';
import { finalSummaryBalanceRule } from '../../../../src/engine/rules/summary/final-summary-balance';
import { finalSummaryGrandRule } from '../../../../src/engine/rules/summary/final-summary-grand';
import { finalSummaryIncomeTotalRule } from '../../../../src/engine/rules/summary/final-summary-income-total';
import { finalSummarySpendTotalRule } from '../../../../src/engine/rules/summary/final-summary-spend-total';
import type { Rule } from '../../../../src/engine/rules/rule';
import { setFigure } from '../../../helpers/typedTableBuilders';
import { changed, contextFor, finalWorkbook, t, zeroStyled, type Pick } from './finalWorkbook';

const RULES: Rule[] = [
  finalSummaryIncomeTotalRule,
  finalSummarySpendTotalRule,
  finalSummaryGrandRule,
  finalSummaryBalanceRule,
  finalFiscalBeginItemsRule,
  finalFiscalCarryForwardRule,
];

const t1Income = (i: number): Pick => [`表1 收入 ${i}`, (wb) => t.t1(wb)?.incomeItems[i].values.amount];
const t4Spend = (line: 'expenditureTotal' | 'end' | 'expenditureGrand', c: 'total' | 'general' | 'fund'): Pick => [
  `表4 ${line} ${c}`,
  (wb) => t.t4(wb)?.[line]?.values[c],
];

const PARTS: Array<[Rule, Pick[]]> = [
  [
    finalSummaryIncomeTotalRule,
    [
      ['表1 本年收入合计', (wb) => t.t1(wb)?.incomeTotal?.values.amount],
      ...[0, 1, 2, 3, 4, 5, 6, 7].map(t1Income),
      ['表4 本年收入合计', (wb) => t.t4(wb)?.incomeTotal?.values.amount],
      ['表4 一般公共', (wb) => t.t4(wb)?.incomeItems[0].values.amount],
      ['表4 基金', (wb) => t.t4(wb)?.incomeItems[1].values.amount],
      ['表4 国资', (wb) => t.t4(wb)?.incomeItems[2].values.amount],
    ],
  ],
  [
    finalSummarySpendTotalRule,
    [
      ['表1 本年支出合计', (wb) => t.t1(wb)?.expenditureTotal?.values.total],
      ['表1 一般公共服务', (wb) => t.t1(wb)?.expenditureRows[0].values.total],
      ['表1 卫生健康 (blank)', (wb) => t.t1(wb)?.expenditureRows[2].values.total],
      t4Spend('expenditureTotal', 'general'),
      t4Spend('expenditureTotal', 'fund'),
      ['表4 社保 合计', (wb) => t.t4(wb)?.expenditureRows[1].values.total],
      ['表4 一般公共服务 基金', (wb) => t.t4(wb)?.expenditureRows[0].values.fund],
    ],
  ],
  [
    finalSummaryGrandRule,
    [
      ['表1 收入总计', (wb) => t.t1(wb)?.incomeGrand?.values.amount],
      ['表1 本年收入合计', (wb) => t.t1(wb)?.incomeTotal?.values.amount],
      ['表1 使用非财政拨款结余', (wb) => t.t1(wb)?.useNonfiscal?.values.amount],
      ['表1 年初', (wb) => t.t1(wb)?.begin?.values.amount],
      ['表1 支出总计', (wb) => t.t1(wb)?.expenditureGrand?.values.total],
      ['表1 本年支出合计', (wb) => t.t1(wb)?.expenditureTotal?.values.total],
      ['表1 结余分配 (blank)', (wb) => t.t1(wb)?.distribution?.values.total],
      ['表1 年末', (wb) => t.t1(wb)?.end?.values.total],
      ['表4 收入总计', (wb) => t.t4(wb)?.incomeGrand?.values.amount],
      ['表4 年初', (wb) => t.t4(wb)?.begin?.values.amount],
      t4Spend('expenditureGrand', 'total'),
      t4Spend('expenditureGrand', 'fund'),
      t4Spend('end', 'general'),
    ],
  ],
  [
    finalSummaryBalanceRule,
    [
      ['表1 收入总计', (wb) => t.t1(wb)?.incomeGrand?.values.amount],
      ['表1 支出总计', (wb) => t.t1(wb)?.expenditureGrand?.values.total],
      ['表4 收入总计', (wb) => t.t4(wb)?.incomeGrand?.values.amount],
      ['表4 支出总计', (wb) => t.t4(wb)?.expenditureGrand?.values.total],
    ],
  ],
  [
    finalFiscalBeginItemsRule,
    [
      ['表4 年初', (wb) => t.t4(wb)?.begin?.values.amount],
      ['表4 年初 一般公共', (wb) => t.t4(wb)?.beginItems[0].values.amount],
      ['表4 年初 基金', (wb) => t.t4(wb)?.beginItems[1].values.amount],
      ['表4 年初 国资 (blank)', (wb) => t.t4(wb)?.beginItems[2].values.amount],
    ],
  ],
  [
    finalFiscalCarryForwardRule,
    [
      t4Spend('end', 'general'),
      ['表4 年初 一般公共', (wb) => t.t4(wb)?.beginItems[0].values.amount],
      ['表4 收入 一般公共', (wb) => t.t4(wb)?.incomeItems[0].values.amount],
      t4Spend('expenditureTotal', 'general'),
      t4Spend('end', 'fund'),
      ['表4 年初 基金', (wb) => t.t4(wb)?.beginItems[1].values.amount],
      ['表4 收入 基金', (wb) => t.t4(wb)?.incomeItems[1].values.amount],
      t4Spend('expenditureTotal', 'fund'),
      ['表4 年末 国资 (blank)', (wb) => t.t4(wb)?.end?.values.capital],
    ],
  ],
];

describe('决算 summary rules (F3)', () => {
  it('are registered in the summary family', () => {
    for (const r of RULES) expect(rules).toContain(r);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('find the built 表1 and 表4 consistent, blank or 0.00 zeros alike', () => {
    for (const wb of [finalWorkbook(), zeroStyled()]) {
      const ctx = contextFor(wb);
      expect(RULES.flatMap((r) => r.check(ctx))).toEqual([]);
      expect(ctx.relations.filter((r) => r.status !== 'holds')).toEqual([]);
      expect(new Set(ctx.relations.map((r) => r.ruleId))).toEqual(new Set(RULES.map((r) => r.id)));
    }
  });

  it.each(PARTS.flatMap(([rule, picks]) => picks.map((p) => [rule.id, p[0], rule, p] as const)))(
    '%s reports a change of %s',
    (_id, _name, rule, pick) => {
      expect(changed(rule, pick, '1.00').hit).toBe(true);
    },
  );

  it('收入总计 = 支出总计 is one figure stated twice: 0.01 is an error, not 尾差', () => {
    const wb = finalWorkbook();
    setFigure(t.t1(wb)?.expenditureGrand?.values.total, '131.01');
    expect(finalSummaryBalanceRule.check(contextFor(wb)).map((f) => f.severity)).toEqual(['error']);
  });

  it('24 or 26 功能类 rows: the rows printed are summed, whatever their number', () => {
    const wb = finalWorkbook();
    const t1 = t.t1(wb);
    if (!t1) throw new Error('no 表1');
    const blank = t1.expenditureRows[2];
    t1.expenditureRows.push({
      ...blank,
      label: '二十五、债务付息支出',
      name: '债务付息支出',
      values: { ...blank.values },
    });
    expect(finalSummarySpendTotalRule.check(contextFor(wb))).toEqual([]);
  });

  it('an absent line is left out, never read as 0: no 使用非财政拨款结余 row, no 年初 sub-rows', () => {
    const wb = finalWorkbook();
    const t1 = t.t1(wb);
    const t4 = t.t4(wb);
    if (!t1 || !t4) throw new Error('no summaries');
    t1.useNonfiscal = undefined;
    setFigure(t1.incomeGrand?.values.amount, '130.00');
    setFigure(t1.expenditureGrand?.values.total, '130.00');
    setFigure(t1.end?.values.total, '20.00');
    t4.beginItems = [];
    const ctx = contextFor(wb);
    expect(
      [finalSummaryGrandRule, finalFiscalBeginItemsRule, finalFiscalCarryForwardRule].flatMap((r) => r.check(ctx)),
    ).toEqual([]);
    expect(ctx.relations.some((r) => r.ruleId === finalFiscalCarryForwardRule.id)).toBe(false);
  });
});
