import type { Finding } from '../../../src/engine/findings';
import { rules } from '../../../src/engine/rules/summary';
import { summaryBalance } from '../../../src/engine/rules/summary/summaryBalance';
import { tableOf } from '../../../src/engine/tables/types';
import { fiscalSummary, incomeExpenditureSummary, setFigure } from '../../helpers/typedTableBuilders';
import { contextFor, seed000Workbook, SHEETS } from './seed000Workbook';

const at = (f: Finding) => `${f.cells[0].sheet}!${f.cells[0].address}`;
const check = (wb = seed000Workbook(), strict = false) => summaryBalance.check(contextFor(wb, strict));

describe('summary-balance (family 3)', () => {
  it('is registered in the family index', () => {
    expect(rules).toContain(summaryBalance);
  });

  it('finds both seed 000 summary tables balanced', () => {
    expect(check()).toEqual([]);
  });

  // 收支总表 rows: items and 功能类 5–35, 合计 36, 结转 37, 总计 38 (C income amount, E expenditure amount).
  it('本年支出合计 = Σ 功能类 rows', () => {
    const wb = seed000Workbook();
    setFigure(tableOf(wb, 'income_expenditure_summary')?.expenditureRows[9].values.total, '22.05');
    const findings = check(wb);
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual])).toEqual([
      [`${SHEETS.summary}!E36`, 'error', '385.34', '384.34'],
    ]);
    expect(findings[0].cells.map((c) => c.address)).toContain('E14');
  });

  it('本年收入合计 = Σ income items, and 收入总计 = 本年收入合计 + 上年结转结余', () => {
    const wb = seed000Workbook();
    setFigure(tableOf(wb, 'income_expenditure_summary')?.incomeTotal?.values.amount, '380.00');
    const findings = check(wb);
    expect(findings.map((f) => [at(f), f.severity]).sort()).toEqual(
      [
        [`${SHEETS.summary}!C36`, 'error'],
        [`${SHEETS.summary}!C38`, 'error'],
      ].sort(),
    );
  });

  it('支出总计 = 本年支出合计 + 年终结转结余, and 支出总计 = 收入总计 with no envelope', () => {
    const wb = seed000Workbook();
    setFigure(tableOf(wb, 'income_expenditure_summary')?.grandExpenditure?.values.total, '384.35');
    const findings = check(wb, false);
    // Off by 0.01 from one restated figure: an error, not 尾差, on both relations.
    expect(findings.map((f) => [at(f), f.severity])).toEqual([
      [`${SHEETS.summary}!E38`, 'error'],
      [`${SHEETS.summary}!E38`, 'error'],
    ]);
    const balance = findings.find((f) => f.message.includes('应等于 收入总计'));
    expect(balance?.cells.map((c) => c.address)).toEqual(['E38', 'C38']);
  });

  it('keeps the rounding envelope for real sums and applies strict mode', () => {
    const t = incomeExpenditureSummary({
      incomeItems: [
        ['general', '一、一般公共预算拨款收入', '10.01'],
        ['unitFunds', '五、单位资金', '5.01'],
      ],
      expenditureRows: [['一、一般公共服务支出', '15.01']],
      incomeTotal: '15.01',
      expenditureTotal: ['15.01'],
      grandIncome: '15.01',
      grandExpenditure: ['15.01'],
    });
    const lenient = check({ tables: [t] });
    expect(lenient.map((f) => [f.severity, f.expected, f.actual])).toEqual([['info', '15.02', '15.01']]);
    expect(check({ tables: [t] }, true).map((f) => f.severity)).toEqual(['error']);
  });

  it('fiscal summary: each fund column balances, and 年初结转和结余 = Σ its sub-rows', () => {
    const t = fiscalSummary({
      incomeItems: [
        ['general', '一、一般公共预算拨款', '100.00'],
        ['fund', '二、政府性基金预算拨款', '20.00'],
      ],
      expenditureRows: [
        ['一、一般公共服务支出', '90.00', '80.00', '10.00', null],
        ['十二、城乡社区支出', '40.00', '30.00', '10.00', null],
      ],
      incomeTotal: '120.00',
      expenditureTotal: ['130.00', '110.00', '20.00', null],
      carryIn: '10.00',
      carryInItems: [
        ['general', '一、一般公共预算拨款', '8.00'],
        ['fund', '二、政府性基金预算拨款', '1.00'],
      ],
      carryOut: [null, null, null, null],
      grandIncome: '130.00',
      grandExpenditure: ['130.00', '110.00', '20.00', null],
    });
    const findings = check({ tables: [t] });
    // Only 年初结转和结余 10.00 ≠ 8.00 + 1.00 (row 8, after 合计 7).
    expect(findings.map((f) => [f.cells[0].address, f.severity, f.expected])).toEqual([['C8', 'error', '9.00']]);

    setFigure(t.expenditureRows[1].values.general, '31.00');
    const general = check({ tables: [t] }).filter((f) => f.message.includes('一般公共预算财政拨款'));
    expect(general.map((f) => f.cells[0].address)).toEqual(['F7']);
  });

  it('reports nothing without summary tables', () => {
    const wb = seed000Workbook();
    wb.tables = wb.tables.filter((t) => t.kind !== 'income_expenditure_summary' && t.kind !== 'fiscal_summary');
    expect(check(wb)).toEqual([]);
  });
});
