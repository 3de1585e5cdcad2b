import type { Finding } from '../../../../src/engine/findings';
import type { CheckContext, Rule } from '../../../../src/engine/rules/rule';
import type { Relation } from '../../../../src/engine/relations/types';
import { tableOf, type BudgetWorkbook, type Figure } from '../../../../src/engine/tables/types';
import {
  finalBasicTable,
  finalExpenditureTable,
  finalFiscalSummaryTable,
  finalGeneralBudgetTable,
  finalGovFundTable,
  finalIncomeTable,
  finalStateCapitalTable,
  finalSummaryTable,
  finalThreePublicTable,
} from '../../../helpers/finalTableBuilders';
import { setFigure } from '../../../helpers/typedTableBuilders';

/*
 * A small consistent 决算 built in code: one unit with 一般公共预算 and 政府性基金 money, 上级补助/事业/经营/附属/其他
 * income, 年初 and 年末 balances and an empty 表9. Every F1–F4 relation holds; tests change one figure at a time.
 * Blank parts are null (a blank cell), so zero styles are covered by the '0.00' variant (zeroStyled).
 */
export function finalWorkbook(): BudgetWorkbook {
  const t1 = finalSummaryTable({
    incomeItems: [
      ['general', '一、一般公共预算财政拨款收入', '95.00'],
      ['fund', '二、政府性基金预算财政拨款收入', '5.00'],
      ['capital', '三、国有资本经营预算财政拨款收入', null],
      ['superior', '四、上级补助收入', '5.00'],
      ['business', '五、事业收入', '6.00'],
      ['operating', '六、经营收入', '3.00'],
      ['affiliated', '七、附属单位上缴收入', '2.00'],
      ['other', '八、其他收入', '4.00'],
    ],
    expenditureRows: [
      ['一、一般公共服务支出', '80.00'],
      ['八、社会保障和就业支出', '30.00'],
      ['九、卫生健康支出', null],
    ],
    incomeTotal: '120.00',
    useNonfiscal: '1.00',
    begin: '10.00',
    incomeGrand: '131.00',
    expenditureTotal: ['110.00'],
    distribution: [null],
    end: ['21.00'],
    expenditureGrand: ['131.00'],
  });
  const t2 = finalIncomeTable([
    ['', '合计', '120.00', '100.00', '5.00', '6.00', '3.00', '2.00', '4.00'],
    ['201', '一般公共服务支出', '90.00', '70.00', '5.00', '6.00', '3.00', '2.00', '4.00'],
    ['20106', '财政事务', '90.00', '70.00', '5.00', '6.00', '3.00', '2.00', '4.00'],
    ['2010601', '行政运行', '90.00', '70.00', '5.00', '6.00', '3.00', '2.00', '4.00'],
    ['208', '社会保障和就业支出', '30.00', '30.00', null, null, null, null, null],
    ['20805', '行政事业单位养老支出', '30.00', '30.00', null, null, null, null, null],
    ['2080505', '机关事业单位基本养老保险缴费支出', '30.00', '30.00', null, null, null, null, null],
  ]);
  const t3 = finalExpenditureTable([
    ['', '合计', '110.00', '80.00', '20.00', '4.00', '3.00', '3.00'],
    ['201', '一般公共服务支出', '80.00', '50.00', '20.00', '4.00', '3.00', '3.00'],
    ['20106', '财政事务', '80.00', '50.00', '20.00', '4.00', '3.00', '3.00'],
    // Income 90.00 and spending 80.00 on one code: 决算 allows it (结转结余), no relation between 表2 and 表3 rows.
    ['2010601', '行政运行', '80.00', '50.00', '20.00', '4.00', '3.00', '3.00'],
    ['208', '社会保障和就业支出', '30.00', '30.00', null, null, null, null],
    ['20805', '行政事业单位养老支出', '30.00', '30.00', null, null, null, null],
    ['2080505', '机关事业单位基本养老保险缴费支出', '30.00', '30.00', null, null, null, null],
  ]);
  const t4 = finalFiscalSummaryTable({
    incomeItems: [
      ['general', '一、一般公共预算财政拨款', '95.00'],
      ['fund', '二、政府性基金预算财政拨款', '5.00'],
      ['capital', '三、国有资本经营预算财政拨款', null],
    ],
    expenditureRows: [
      ['一、一般公共服务支出', '70.00', '65.00', '5.00', null],
      ['八、社会保障和就业支出', '30.00', '30.00', null, null],
      ['九、卫生健康支出', null, null, null, null],
    ],
    incomeTotal: '100.00',
    begin: '8.00',
    beginItems: [
      ['general', '一、一般公共预算财政拨款', '6.00'],
      ['fund', '二、政府性基金预算财政拨款', '2.00'],
      ['capital', '三、国有资本经营预算财政拨款', null],
    ],
    incomeGrand: '108.00',
    expenditureTotal: ['100.00', '95.00', '5.00', null],
    end: ['8.00', '6.00', '2.00', null],
    expenditureGrand: ['108.00', '101.00', '7.00', null],
  });
  const t5 = finalGeneralBudgetTable([
    ['201', '一般公共服务支出', '65.00', '45.00', '20.00'],
    ['20106', '财政事务', '65.00', '45.00', '20.00'],
    ['2010601', '行政运行', '65.00', '45.00', '20.00'],
    ['208', '社会保障和就业支出', '30.00', '30.00', null],
    ['20805', '行政事业单位养老支出', '30.00', '30.00', null],
    ['2080505', '机关事业单位基本养老保险缴费支出', '30.00', '30.00', null],
    ['', '合计', '95.00', '75.00', '20.00'],
  ]);
  const t6 = finalBasicTable(
    [
      ['301', '工资福利支出', '60.00'],
      ['30101', '基本工资', '20.00'],
      ['30108', '机关事业单位基本养老保险缴费', '30.00'],
      ['30199', '其他工资福利支出', '10.00'],
      ['303', '对个人和家庭的补助', '5.00'],
      ['30302', '退休费', '5.00'],
      ['302', '商品和服务支出', '9.00'],
      ['30201', '办公费', '4.00'],
      ['30212', '因公出国（境）费用', null],
      ['30217', '公务接待费', '2.00'],
      ['30231', '公务用车运行维护费', '3.00'],
      ['310', '资本性支出', '1.00'],
      ['31013', '公务用车购置', '1.00'],
    ],
    { personnel: '65.00', public: '10.00' },
  );
  const t7 = finalThreePublicTable(
    {
      total: '10.00',
      outbound: '2.00',
      vehicle: '6.00',
      vehiclePurchase: '2.00',
      vehicleOps: '4.00',
      reception: '2.00',
    },
    {
      total: '8.00',
      outbound: '1.00',
      vehicle: '5.00',
      vehiclePurchase: '1.00',
      vehicleOps: '4.00',
      reception: '2.00',
    },
  );
  const t8 = finalGovFundTable([
    ['', '合计', '2.00', '5.00', '5.00', null, '5.00', '2.00'],
    ['201', '一般公共服务支出', '2.00', '5.00', '5.00', null, '5.00', '2.00'],
    ['20106', '财政事务', '2.00', '5.00', '5.00', null, '5.00', '2.00'],
    ['2010601', '行政运行', '2.00', '5.00', '5.00', null, '5.00', '2.00'],
  ]);
  const t9 = finalStateCapitalTable([]);
  return { template: 'shanghai-final', tables: [t1, t2, t3, t4, t5, t6, t7, t8, t9] };
}

/** The same workbook with every blank cell printed '0.00' (生态环境局's style). */
export function zeroStyled(): BudgetWorkbook {
  const wb = finalWorkbook();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const f = value as Partial<Figure>;
    if (f.amount && f.cell && f.value) {
      if (f.amount.kind === 'blank') setFigure(f as Figure, '0.00');
      return;
    }
    for (const v of Object.values(value)) visit(v);
  };
  for (const t of wb.tables) visit(t);
  return wb;
}

export const t = {
  t1: (wb: BudgetWorkbook) => tableOf(wb, 'final_income_expenditure_summary'),
  t2: (wb: BudgetWorkbook) => tableOf(wb, 'final_income'),
  t3: (wb: BudgetWorkbook) => tableOf(wb, 'final_expenditure'),
  t4: (wb: BudgetWorkbook) => tableOf(wb, 'final_fiscal_summary'),
  t5: (wb: BudgetWorkbook) => tableOf(wb, 'final_general_budget_expenditure'),
  t6: (wb: BudgetWorkbook) => tableOf(wb, 'final_basic_expenditure'),
  t7: (wb: BudgetWorkbook) => tableOf(wb, 'final_three_public'),
  t8: (wb: BudgetWorkbook) => tableOf(wb, 'final_gov_fund'),
};

export function contextFor(wb: BudgetWorkbook, strict = false): CheckContext & { relations: Relation[] } {
  return { workbook: wb, grid: { sheets: [] }, options: { strict }, relations: [] };
}

export const cellsOf = (f: Finding) => f.cells.map((c) => `${c.sheet}!${c.address}`);

/** A figure picked from the fixture, by a name the test reports when it fails. */
export type Pick = [name: string, pick: (wb: BudgetWorkbook) => Figure | undefined];

/**
 * Change the picked figure by `delta` on a fresh workbook and run the rule: it must report its own severity at that
 * cell (returns the findings for further checks).
 */
export function changed(
  rule: Rule,
  [name, pick]: Pick,
  delta: string,
): { name: string; hit: boolean; findings: Finding[] } {
  const wb = finalWorkbook();
  const f = pick(wb);
  if (!f) throw new Error(`fixture has no ${name}`);
  setFigure(f, f.value.plus(delta).toFixed(2));
  const findings = rule.check(contextFor(wb));
  const at = `${f.cell.sheet}!${f.cell.address}`;
  const hit = findings.some((x) => x.severity === rule.severity && cellsOf(x).includes(at));
  return { name, hit, findings };
}
