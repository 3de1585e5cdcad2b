import type { Finding } from '../../../src/engine/findings';
import { rules } from '../../../src/engine/rules/crossTable';
import { crossBasicTotal } from '../../../src/engine/rules/crossTable/basicTotal';
import { crossFiscalFunds } from '../../../src/engine/rules/crossTable/fiscalFunds';
import { crossFiscalGeneral } from '../../../src/engine/rules/crossTable/fiscalGeneral';
import { crossGeneralVsExpenditure } from '../../../src/engine/rules/crossTable/generalVsExpenditure';
import { crossIncomeExpenditure } from '../../../src/engine/rules/crossTable/incomeExpenditure';
import { crossSummaryFunctional } from '../../../src/engine/rules/crossTable/summaryFunctional';
import { crossSummaryIncome } from '../../../src/engine/rules/crossTable/summaryIncome';
import { crossThreePublicBasic } from '../../../src/engine/rules/crossTable/threePublicBasic';
import type { Rule } from '../../../src/engine/rules/rule';
import { tableOf, type BudgetWorkbook } from '../../../src/engine/tables/types';
import { rowByCode, setFigure } from '../../helpers/typedTableBuilders';
import { contextFor, seed000Workbook, SHEETS } from './seed000Workbook';

const ALL: Rule[] = [
  crossSummaryIncome,
  crossSummaryFunctional,
  crossIncomeExpenditure,
  crossFiscalGeneral,
  crossFiscalFunds,
  crossBasicTotal,
  crossGeneralVsExpenditure,
  crossThreePublicBasic,
];
const cells = (f: Finding) => f.cells.map((c) => `${c.sheet}!${c.address}`);
const run = (rule: Rule, wb: BudgetWorkbook, strict = false) => rule.check(contextFor(wb, strict));

describe('cross-table rules (family 4)', () => {
  it('are all registered in the family index with distinct ids', () => {
    for (const r of ALL) expect(rules).toContain(r);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('find the seed 000 tables consistent with each other', () => {
    expect(ALL.flatMap((r) => run(r, seed000Workbook()))).toEqual([]);
  });

  it('report nothing when a table they compare is missing', () => {
    const broken = () => {
      const wb = seed000Workbook();
      setFigure(tableOf(wb, 'income_expenditure_summary')?.incomeItems[0].values.amount, '380.00');
      setFigure(rowByCode(tableOf(wb, 'expenditure'), '210').values.total, '21.06');
      setFigure(rowByCode(tableOf(wb, 'general_budget_expenditure'), '208').values.total, '28.97');
      setFigure(tableOf(wb, 'fiscal_summary')?.expenditureTotal?.values.fund, '5.00');
      setFigure(tableOf(wb, 'basic_expenditure')?.total?.values.total, '357.12');
      setFigure(tableOf(wb, 'three_public')?.rows.vehicleOps?.values.general, '2.00');
      return wb;
    };
    const needs: Array<[Rule, string[]]> = [
      [crossSummaryIncome, ['income_expenditure_summary', 'income']],
      [crossSummaryFunctional, ['income_expenditure_summary', 'expenditure']],
      [crossIncomeExpenditure, ['income', 'expenditure']],
      [crossFiscalGeneral, ['fiscal_summary', 'general_budget_expenditure']],
      [crossFiscalFunds, ['fiscal_summary']],
      [crossBasicTotal, ['general_budget_expenditure', 'basic_expenditure']],
      [crossGeneralVsExpenditure, ['general_budget_expenditure', 'expenditure']],
      [crossThreePublicBasic, ['three_public', 'basic_expenditure']],
    ];
    for (const [rule, kinds] of needs) {
      expect(run(rule, broken()).length).toBeGreaterThan(0);
      for (const kind of kinds) {
        const wb = broken();
        wb.tables = wb.tables.filter((t) => t.kind !== kind);
        expect([rule.id, kind, run(rule, wb)]).toEqual([rule.id, kind, []]);
      }
    }
  });

  describe('cross-summary-income', () => {
    it('一般公共 + 基金 + 国资 = 财政拨款收入, summary cell first, no envelope for one figure', () => {
      const wb = seed000Workbook();
      setFigure(tableOf(wb, 'income_expenditure_summary')?.incomeItems[0].values.amount, '384.35');
      const findings = run(crossSummaryIncome, wb);
      expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '384.34', '384.35']]);
      expect(cells(findings[0])[0]).toBe(`${SHEETS.summary}!C5`);
      expect(cells(findings[0])).toContain(`${SHEETS.income}!F6`);
    });

    it('a sum of several rounded items against one figure gets the 尾差 envelope (strict: error)', () => {
      const wb = seed000Workbook();
      const items = tableOf(wb, 'income_expenditure_summary')?.incomeItems;
      setFigure(items?.[0].values.amount, '374.34');
      setFigure(items?.[1].values.amount, '10.01');
      expect(run(crossSummaryIncome, wb).map((f) => [f.severity, f.expected, f.actual])).toEqual([
        ['info', '384.34', '384.35'],
      ]);
      expect(run(crossSummaryIncome, wb, true).map((f) => f.severity)).toEqual(['error']);
    });

    it('单位资金 = 事业 + 经营 + 上级补助 + 附属上缴 + 其他', () => {
      const wb = seed000Workbook();
      setFigure(tableOf(wb, 'income_expenditure_summary')?.incomeItems[4].values.amount, '10.00');
      const findings = run(crossSummaryIncome, wb);
      expect(findings).toHaveLength(1);
      expect(findings[0].message).toContain('单位资金');
      expect(cells(findings[0])).toEqual([
        `${SHEETS.summary}!C9`,
        ...['H6', 'I6', 'J6', 'K6', 'L6'].map((a) => `${SHEETS.income}!${a}`),
      ]);
    });
  });

  describe('cross-summary-functional', () => {
    it('a 功能类 row differing from the expenditure 类 row is an error naming the summary cell first', () => {
      const wb = seed000Workbook();
      setFigure(rowByCode(tableOf(wb, 'expenditure'), '210').values.total, '21.06');
      const findings = run(crossSummaryFunctional, wb);
      expect(findings.map((f) => [f.severity, ...cells(f)])).toEqual([
        ['error', `${SHEETS.summary}!E14`, `${SHEETS.expenditure}!D18`],
      ]);
      expect(findings[0].message).toContain('卫生健康支出');
    });

    it('matches by code when the label carries one, else by name; an unmatched 类 is reported', () => {
      const wb = seed000Workbook();
      const summary = tableOf(wb, 'income_expenditure_summary');
      if (!summary) throw new Error('fixture');
      summary.expenditureRows[0].label = '201 一般公共服务';
      summary.expenditureRows[0].name = '201 一般公共服务';
      expect(run(crossSummaryFunctional, wb)).toEqual([]);
      rowByCode(tableOf(wb, 'expenditure'), '208').name = '社会保障支出';
      const findings = run(crossSummaryFunctional, wb);
      expect(findings.map((f) => cells(f)[0]).sort()).toEqual(
        [`${SHEETS.expenditure}!D12`, `${SHEETS.summary}!E12`].sort(),
      );
    });

    it('本年支出合计 = 支出总表 合计', () => {
      const wb = seed000Workbook();
      setFigure(tableOf(wb, 'expenditure')?.total?.values.total, '384.00');
      expect(run(crossSummaryFunctional, wb).map(cells)).toEqual([
        [`${SHEETS.summary}!E36`, `${SHEETS.expenditure}!D6`],
      ]);
    });
  });

  it('cross-income-expenditure: the same code carries the same 合计', () => {
    const wb = seed000Workbook();
    setFigure(rowByCode(tableOf(wb, 'income'), '2013702').values.total, '27.32');
    const findings = run(crossIncomeExpenditure, wb);
    expect(findings.map((f) => [f.severity, ...cells(f)])).toEqual([
      ['error', `${SHEETS.income}!D10`, `${SHEETS.expenditure}!D10`],
    ]);
    expect(findings[0].message).toContain('2013702 一般行政管理事务');
  });

  it('cross-fiscal-general: the 一般公共预算 column repeats the general-budget 类 rows and 合计', () => {
    const wb = seed000Workbook();
    setFigure(rowByCode(tableOf(wb, 'general_budget_expenditure'), '208').values.total, '28.97');
    setFigure(tableOf(wb, 'general_budget_expenditure')?.total?.values.total, '384.43');
    const findings = run(crossFiscalGeneral, wb);
    expect(findings.map(cells)).toEqual([
      [`${SHEETS.fiscal}!F12`, `${SHEETS.general}!D12`],
      [`${SHEETS.fiscal}!F36`, `${SHEETS.general}!D6`],
    ]);
  });

  it('cross-fiscal-funds: the 基金 and 国资 columns equal their (empty) tables', () => {
    const wb = seed000Workbook();
    setFigure(tableOf(wb, 'fiscal_summary')?.expenditureTotal?.values.fund, '5.00');
    const findings = run(crossFiscalFunds, wb);
    expect(findings.map((f) => [f.severity, f.expected, ...cells(f)])).toEqual([
      ['error', '0.00', `${SHEETS.fiscal}!G36`],
    ]);
    wb.tables = wb.tables.filter((t) => t.kind !== 'gov_fund_expenditure');
    expect(run(crossFiscalFunds, wb)).toEqual([]);
  });

  it('cross-basic-total: 一般公共预算支出表 基本支出 合计 = 基本支出表 合计', () => {
    const wb = seed000Workbook();
    setFigure(tableOf(wb, 'basic_expenditure')?.total?.values.total, '357.12');
    const findings = run(crossBasicTotal, wb);
    expect(findings.map((f) => [f.severity, ...cells(f)])).toEqual([
      ['error', `${SHEETS.general}!E6`, `${SHEETS.basic}!D6`],
    ]);
  });

  describe('cross-general-vs-expenditure', () => {
    it('a general-budget figure above the expenditure figure is an error', () => {
      const wb = seed000Workbook();
      setFigure(rowByCode(tableOf(wb, 'general_budget_expenditure'), '2013702').values.project, '30.00');
      const findings = run(crossGeneralVsExpenditure, wb);
      expect(findings.map((f) => [f.severity, ...cells(f)])).toEqual([
        ['error', `${SHEETS.general}!F10`, `${SHEETS.expenditure}!F10`],
      ]);
    });

    it('below it is a warning when the only income is 一般公共预算拨款, and fine otherwise', () => {
      const wb = seed000Workbook();
      setFigure(rowByCode(tableOf(wb, 'general_budget_expenditure'), '2013750').values.basic, '170.00');
      expect(run(crossGeneralVsExpenditure, wb).map((f) => [f.severity, cells(f)[0]])).toEqual([
        ['warning', `${SHEETS.general}!E11`],
      ]);
      setFigure(tableOf(wb, 'income_expenditure_summary')?.incomeItems[4].values.amount, '2.99');
      expect(run(crossGeneralVsExpenditure, wb)).toEqual([]);
    });
  });

  describe('cross-three-public-basic', () => {
    it('a 三公 item below its 基本支出 row is an error; above it is fine (part ≤ whole)', () => {
      const wb = seed000Workbook();
      const ops = tableOf(wb, 'three_public')?.rows.vehicleOps?.values.general;
      setFigure(ops, '2.00');
      const findings = run(crossThreePublicBasic, wb);
      expect(findings.map((f) => [f.severity, f.expected, f.actual, ...cells(f)])).toEqual([
        ['error', '2.40', '2.00', `${SHEETS.threePublic}!D10`, `${SHEETS.basic}!D29`],
      ]);
      setFigure(ops, '3.00');
      expect(run(crossThreePublicBasic, wb)).toEqual([]);
    });
  });

  it('strict mode changes nothing for figures stated twice (they have no envelope)', () => {
    const wb = seed000Workbook();
    setFigure(rowByCode(tableOf(wb, 'income'), '2013702').values.total, '27.24');
    expect(run(crossIncomeExpenditure, wb).map((f) => f.severity)).toEqual(['error']);
  });
});
