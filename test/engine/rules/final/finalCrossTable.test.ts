import { rules } from '../../../../src/engine/rules/crossTable';
import { finalBasicVsGeneralHintRule } from '../../../../src/engine/rules/crossTable/final-basic-vs-general-hint';
import { finalFiscalVsFundsRule } from '../../../../src/engine/rules/crossTable/final-fiscal-vs-funds';
import { finalFiscalVsGeneralBudgetRule } from '../../../../src/engine/rules/crossTable/final-fiscal-vs-general-budget';
import { finalGeneralVsBasicRule } from '../../../../src/engine/rules/crossTable/final-general-vs-basic';
import { finalGeneralVsExpenditureRule } from '../../../../src/engine/rules/crossTable/final-general-vs-expenditure';
import { finalIncomeVsFiscalRule } from '../../../../src/engine/rules/crossTable/final-income-vs-fiscal';
import { finalSameCodeNameRule } from '../../../../src/engine/rules/crossTable/final-same-code-name';
import { finalSummaryCoversFiscalRule } from '../../../../src/engine/rules/crossTable/final-summary-covers-fiscal';
import { finalSummaryVsExpenditureRule } from '../../../../src/engine/rules/crossTable/final-summary-vs-expenditure';
import { finalSummaryVsFiscalRule } from '../../../../src/engine/rules/crossTable/final-summary-vs-fiscal';
import { finalSummaryVsIncomeRule } from '../../../../src/engine/rules/crossTable/final-summary-vs-income';
import { finalThreePublicVsBasicRule } from '../../../../src/engine/rules/crossTable/final-three-public-vs-basic';
import type { Rule } from '../../../../src/engine/rules/rule';
import type { TableKind } from '../../../../src/engine/tableKinds';
import type { BudgetWorkbook, CodedTable, Figure } from '../../../../src/engine/tables/types';
import { rowByCode, setFigure } from '../../../helpers/typedTableBuilders';
import { cellsOf, changed, contextFor, finalWorkbook, t, zeroStyled, type Pick } from './finalWorkbook';

const RULES: Rule[] = [
  finalSummaryVsIncomeRule,
  finalSummaryVsExpenditureRule,
  finalSummaryVsFiscalRule,
  finalSummaryCoversFiscalRule,
  finalIncomeVsFiscalRule,
  finalFiscalVsGeneralBudgetRule,
  finalFiscalVsFundsRule,
  finalGeneralVsExpenditureRule,
  finalGeneralVsBasicRule,
  finalThreePublicVsBasicRule,
  finalBasicVsGeneralHintRule,
  finalSameCodeNameRule,
];

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
const t1In = (i: number): Pick => [`表1 收入 ${i}`, (wb) => t.t1(wb)?.incomeItems[i].values.amount];
const t4In = (i: number): Pick => [`表4 收入 ${i}`, (wb) => t.t4(wb)?.incomeItems[i].values.amount];

/** [rule, [figure, change]]: an equality is broken by any change; a ≤ by raising the part or lowering the whole. */
const PARTS: Array<[Rule, Array<[Pick, string]>]> = [
  [
    finalSummaryVsIncomeRule,
    [
      [['表1 本年收入合计', (wb) => t.t1(wb)?.incomeTotal?.values.amount], '1'],
      [code('t2', '', 'total'), '1'],
      [t1In(0), '1'],
      [t1In(1), '1'],
      [t1In(2), '1'],
      [code('t2', '', 'fiscal'), '1'],
      ...[3, 4, 5, 6, 7].map((i): [Pick, string] => [t1In(i), '1']),
      ...['superior', 'business', 'operating', 'affiliated', 'other'].map((c): [Pick, string] => [
        code('t2', '', c),
        '1',
      ]),
    ],
  ],
  [
    finalSummaryVsExpenditureRule,
    [
      [['表1 一般公共服务', (wb) => t.t1(wb)?.expenditureRows[0].values.total], '1'],
      [code('t3', '201', 'total'), '1'],
      [code('t3', '208', 'total'), '1'],
      [['表1 卫生健康 (no 表3 row)', (wb) => t.t1(wb)?.expenditureRows[2].values.total], '1'],
      [['表1 本年支出合计', (wb) => t.t1(wb)?.expenditureTotal?.values.total], '1'],
      [code('t3', '', 'total'), '1'],
    ],
  ],
  [
    finalSummaryVsFiscalRule,
    [0, 1, 2].flatMap((i): Array<[Pick, string]> => [
      [t1In(i), '1'],
      [t4In(i), '1'],
    ]),
  ],
  [
    finalSummaryCoversFiscalRule,
    [
      [['表4 年初', (wb) => t.t4(wb)?.begin?.values.amount], '3'],
      [['表1 年初', (wb) => t.t1(wb)?.begin?.values.amount], '-3'],
      [['表4 年末', (wb) => t.t4(wb)?.end?.values.total], '14'],
      [['表1 年末', (wb) => t.t1(wb)?.end?.values.total], '-14'],
      [['表4 本年支出合计', (wb) => t.t4(wb)?.expenditureTotal?.values.total], '11'],
      [['表1 本年支出合计', (wb) => t.t1(wb)?.expenditureTotal?.values.total], '-11'],
    ],
  ],
  [
    finalIncomeVsFiscalRule,
    [
      [['表4 本年收入合计', (wb) => t.t4(wb)?.incomeTotal?.values.amount], '1'],
      [code('t2', '', 'fiscal'), '-1'],
    ],
  ],
  [
    finalFiscalVsGeneralBudgetRule,
    [
      [['表4 一般公共服务 一般公共', (wb) => t.t4(wb)?.expenditureRows[0].values.general], '1'],
      [code('t5', '201', 'total'), '1'],
      [['表4 社保 一般公共', (wb) => t.t4(wb)?.expenditureRows[1].values.general], '1'],
      [code('t5', '208', 'total'), '-1'],
      [['表4 卫生健康 (no 表5 row)', (wb) => t.t4(wb)?.expenditureRows[2].values.general], '1'],
      [['表4 本年支出合计 一般公共', (wb) => t.t4(wb)?.expenditureTotal?.values.general], '1'],
      [code('t5', '', 'total'), '1'],
    ],
  ],
  [
    finalFiscalVsFundsRule,
    [
      [['表4 本年支出合计 基金', (wb) => t.t4(wb)?.expenditureTotal?.values.fund], '1'],
      [code('t8', '', 'spend'), '1'],
      [t4In(1), '1'],
      [code('t8', '', 'income'), '1'],
      [['表4 年初 基金', (wb) => t.t4(wb)?.beginItems[1].values.amount], '1'],
      [code('t8', '', 'begin'), '1'],
      [['表4 年末 基金', (wb) => t.t4(wb)?.end?.values.fund], '1'],
      [code('t8', '', 'end'), '1'],
      [['表4 年末 国资 vs empty 表9', (wb) => t.t4(wb)?.end?.values.capital], '1'],
      [['表4 本年支出合计 国资 vs empty 表9', (wb) => t.t4(wb)?.expenditureTotal?.values.capital], '1'],
    ],
  ],
  [
    finalGeneralVsExpenditureRule,
    [
      [code('t5', '201', 'basic'), '6'],
      [code('t3', '201', 'basic'), '-6'],
      [code('t5', '2010601', 'total'), '16'],
      [code('t3', '2010601', 'total'), '-16'],
      [code('t5', '', 'project'), '1'],
      [code('t3', '', 'project'), '-1'],
    ],
  ],
  [
    finalGeneralVsBasicRule,
    [
      [code('t5', '', 'basic'), '1'],
      [['表6 人员经费合计', (wb) => t.t6(wb)?.personnelTotal?.figure], '1'],
      [['表6 公用经费合计', (wb) => t.t6(wb)?.publicTotal?.figure], '-1'],
    ],
  ],
  [
    finalThreePublicVsBasicRule,
    [
      [code('t6', '30217', 'actual'), '1'],
      [['表7 公务接待费 决算数', (wb) => t.t7(wb)?.actual.reception], '-1'],
      [code('t6', '30231', 'actual'), '2'],
      [['表7 公务用车运行维护费 决算数', (wb) => t.t7(wb)?.actual.vehicleOps], '-2'],
      [code('t6', '31013', 'actual'), '1'],
      [['表7 公务用车购置费 决算数', (wb) => t.t7(wb)?.actual.vehiclePurchase], '-1'],
      [code('t6', '30212', 'actual'), '2'],
      [['表7 因公出国 决算数', (wb) => t.t7(wb)?.actual.outbound], '-2'],
    ],
  ],
  [
    finalBasicVsGeneralHintRule,
    [
      [code('t6', '30108', 'actual'), '1'],
      [code('t5', '2080505', 'basic'), '-1'],
    ],
  ],
];

const run = (rule: Rule, wb: BudgetWorkbook) => rule.check(contextFor(wb));

describe('决算 cross-table rules (F4)', () => {
  it('are registered in the cross-table family with distinct ids', () => {
    for (const r of RULES) expect(rules).toContain(r);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('find the built 决算 consistent (表2 2010601 income 90.00 vs 表3 spending 80.00 is no finding), zeros alike', () => {
    for (const wb of [finalWorkbook(), zeroStyled()]) {
      const ctx = contextFor(wb);
      expect(RULES.flatMap((r) => r.check(ctx))).toEqual([]);
      expect(ctx.relations.filter((r) => r.status !== 'holds')).toEqual([]);
      const stated = new Set(ctx.relations.map((r) => r.ruleId));
      expect(RULES.filter((r) => r !== finalSameCodeNameRule && !stated.has(r.id))).toEqual([]);
    }
  });

  it.each(PARTS.flatMap(([rule, picks]) => picks.map(([p, delta]) => [rule.id, p[0], rule, p, delta] as const)))(
    '%s reports a change of %s',
    (_id, _name, rule, pick, delta) => {
      expect(changed(rule, pick, delta).hit).toBe(true);
    },
  );

  it('≤ pairs say nothing while the part stays within its whole', () => {
    const wb = finalWorkbook();
    setFigure(t.t4(wb)?.begin?.values.amount, '10.00');
    setFigure(rowByCode(t.t5(wb), '201').values.basic, '50.00');
    setFigure(t.t7(wb)?.actual.reception, '9.00');
    for (const rule of [finalSummaryCoversFiscalRule, finalGeneralVsExpenditureRule, finalThreePublicVsBasicRule])
      expect(run(rule, wb)).toEqual([]);
  });

  it('a part over its whole by 0.01 is an error, not 尾差', () => {
    const wb = finalWorkbook();
    setFigure(rowByCode(t.t5(wb), '201').values.basic, '50.01');
    expect(run(finalGeneralVsExpenditureRule, wb).map((f) => f.severity)).toEqual(['error']);
  });

  it('表5 基本支出 = 人员经费合计 + 公用经费合计 has the 尾差 envelope of its three figures', () => {
    const wb = finalWorkbook();
    setFigure(t.t6(wb)?.personnelTotal?.figure, '65.01');
    expect(run(finalGeneralVsBasicRule, wb).map((f) => f.severity)).toEqual(['info']);
  });

  describe('all spending 一般公共预算财政拨款 (表1 本年支出合计 = 表4 一般公共预算 本年支出合计)', () => {
    /** The fixture made all-general: 表3 is 表5 (the 表1 premise alone decides). */
    const allGeneral = () => {
      const wb = finalWorkbook();
      setFigure(t.t1(wb)?.expenditureTotal?.values.total, '95.00');
      return wb;
    };

    it('表5 must equal 表3 cell for cell: 表5 short of 表3 is an error, 表5 cell first', () => {
      const wb = allGeneral();
      const findings = run(finalGeneralVsExpenditureRule, wb);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.severity === 'error')).toBe(true);
      const total = findings.find((f) => f.message.includes('“201 一般公共服务支出”的“合计”'));
      expect(total && cellsOf(total)).toEqual(['表5!D6', '表3!D7']);
    });

    it('a non-zero 表3 row 表5 leaves out is an error', () => {
      const wb = allGeneral();
      const t3 = t.t3(wb);
      const t5 = t.t5(wb);
      if (!t3 || !t5) throw new Error('no tables');
      // Make 表5 repeat 表3, then drop one 项.
      t5.rows = t3.rows.map((r) => ({
        ...r,
        values: { total: r.values.total, basic: r.values.basic, project: r.values.project },
      }));
      t5.total = {
        ...t3.total!,
        values: { total: t3.total!.values.total, basic: t3.total!.values.basic, project: t3.total!.values.project },
      };
      expect(run(finalGeneralVsExpenditureRule, wb)).toEqual([]);
      t5.rows = t5.rows.filter((r) => r.code !== '2080505');
      const findings = run(finalGeneralVsExpenditureRule, wb);
      expect(findings.map((f) => [f.severity, cellsOf(f)[0]])).toEqual([['error', '表3!D12']]);
    });
  });

  it('表4 合计 cell of a line with only 一般公共预算 money is named with the 表4↔表5 finding', () => {
    const wb = finalWorkbook();
    setFigure(t.t4(wb)?.expenditureRows[1].values.general, '29.99');
    const [f] = run(finalFiscalVsGeneralBudgetRule, wb);
    expect(cellsOf(f)).toEqual(['表4!E7', '表5!D9', '表4!D7']);
  });

  it('提示性 pairs are warnings', () => {
    const wb = finalWorkbook();
    setFigure(rowByCode(t.t6(wb), '30108').values.actual, '29.00');
    expect(run(finalBasicVsGeneralHintRule, wb).map((f) => f.severity)).toEqual(['warning']);
  });

  it('same code, same name: spaces and bracket widths do not count, another name is an error at the later cell', () => {
    const wb = finalWorkbook();
    rowByCode(t.t5(wb), '2010601').name = '行政 运行';
    expect(run(finalSameCodeNameRule, wb)).toEqual([]);
    rowByCode(t.t5(wb), '20106').name = '财政事务管理';
    const findings = run(finalSameCodeNameRule, wb);
    expect(findings.map((f) => [f.severity, cellsOf(f)])).toEqual([['error', ['表5!C7', '表2!C8']]]);
  });

  it('report nothing when a table they compare is missing', () => {
    const needs: Array<[Rule, Pick, string, string[]]> = [
      [finalSummaryVsIncomeRule, t1In(0), '1', ['final_income_expenditure_summary', 'final_income']],
      [
        finalSummaryVsExpenditureRule,
        code('t3', '201', 'total'),
        '1',
        ['final_income_expenditure_summary', 'final_expenditure'],
      ],
      [finalSummaryVsFiscalRule, t4In(0), '1', ['final_income_expenditure_summary', 'final_fiscal_summary']],
      [finalIncomeVsFiscalRule, code('t2', '', 'fiscal'), '1', ['final_income', 'final_fiscal_summary']],
      [
        finalFiscalVsGeneralBudgetRule,
        code('t5', '201', 'total'),
        '1',
        ['final_fiscal_summary', 'final_general_budget_expenditure'],
      ],
      [finalFiscalVsFundsRule, code('t8', '', 'spend'), '1', ['final_fiscal_summary', 'final_gov_fund']],
      [
        finalGeneralVsExpenditureRule,
        code('t5', '201', 'basic'),
        '6',
        ['final_general_budget_expenditure', 'final_expenditure'],
      ],
      [
        finalGeneralVsBasicRule,
        code('t5', '', 'basic'),
        '1',
        ['final_general_budget_expenditure', 'final_basic_expenditure'],
      ],
      [
        finalThreePublicVsBasicRule,
        code('t6', '30217', 'actual'),
        '1',
        ['final_three_public', 'final_basic_expenditure'],
      ],
      [
        finalBasicVsGeneralHintRule,
        code('t6', '30108', 'actual'),
        '1',
        ['final_basic_expenditure', 'final_general_budget_expenditure'],
      ],
    ];
    for (const [rule, [name, pick], delta, kinds] of needs) {
      for (const kind of kinds) {
        const wb = finalWorkbook();
        const f = pick(wb);
        setFigure(f, f?.value.plus(delta).toFixed(2) ?? null);
        wb.tables = wb.tables.filter((x) => x.kind !== kind);
        expect([rule.id, name, kind, run(rule, wb)]).toEqual([rule.id, name, kind, []]);
      }
    }
  });

  it('an absent row is never a 0: a 表6 without 30217 or a 表5 without 2080505 compares nothing', () => {
    const wb = finalWorkbook();
    const t6 = t.t6(wb);
    const t5 = t.t5(wb);
    if (!t6 || !t5) throw new Error('no tables');
    t6.rows = t6.rows.filter((r) => r.code !== '30217');
    t5.rows = t5.rows.filter((r) => r.code !== '2080505');
    setFigure(t.t7(wb)?.actual.reception, '0.00');
    const ctx = contextFor(wb);
    expect([finalThreePublicVsBasicRule, finalBasicVsGeneralHintRule].flatMap((r) => r.check(ctx))).toEqual([]);
  });
});
