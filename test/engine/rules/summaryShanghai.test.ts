/**
 * Family 3 on Shanghai's 收支总表 and 财政拨款收支总表 (元, no 本年收入合计 / 结转 rows): 收入总计 = Σ 一、二、… items,
 * 财政拨款收入 = Σ its 1./2./3. parts, 支出总计 = Σ 功能类 rows per column, 收入总计 = 支出总计, and on the unit
 * version 合计 = 人员经费 + 公用经费 + 项目支出 per row and on 支出总计. Each figure is changed in turn.
 */
import Decimal from 'decimal.js';
import { rules } from '../../../src/engine/rules/summary';
import type { TypedTable } from '../../../src/engine/tables/types';
import { contextOf } from '../../helpers/ruleContextBuilder';
import { shanghaiFiscal, shanghaiSummary, summaryFigures, unitSummary } from '../../helpers/shanghaiSummaryBuilders';
import { setFigure } from '../../helpers/typedTableBuilders';

const run = (...tables: TypedTable[]) =>
  rules.flatMap((r) => r.check(contextOf(tables, { workbook: { template: 'shanghai' } })));

describe('summary family on Shanghai summary tables', () => {
  it('registers summary-income-parts and summary-expenditure-split', () => {
    // The 决算 summary rules (final-*) share the family index.
    const budgetRules = rules.map((r) => r.id).filter((id) => !id.startsWith('final-'));
    expect(budgetRules).toEqual(['summary-balance', 'summary-income-parts', 'summary-expenditure-split']);
  });

  it('finds nothing in consistent tables: absent 本年收入合计 / 结转 rows are not read as 0', () => {
    expect(run(unitSummary(), shanghaiFiscal())).toEqual([]);
  });

  it('does not count 财政拨款收入 twice (its 1./2./3. parts are inside it)', () => {
    const t = unitSummary();
    setFigure(t.grandIncome?.values.amount, '1900.00');
    const [f, ...rest] = run(t).filter((x) => x.message.includes('收入总计 应等于 各项收入之和'));
    expect(rest).toEqual([]);
    expect(f.expected).toBe('1000.00');
  });

  const unitCells = summaryFigures(unitSummary()).map((f) => f.cell.address);
  it.each(unitCells)('收支总表: changing %s gives an error naming it', (address) => {
    const t = unitSummary();
    const f = summaryFigures(t).find((x) => x.cell.address === address);
    setFigure(f, new Decimal(f?.value ?? 0).plus('1.00').toFixed(2));
    const errors = run(t).filter((x) => x.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((x) => x.cells.some((c) => c.address === address))).toBe(true);
  });

  const fiscalCells = summaryFigures(shanghaiFiscal()).map((f) => f.cell.address);
  it.each(fiscalCells)('财政拨款收支总表: changing %s gives an error naming it', (address) => {
    const t = shanghaiFiscal();
    const f = summaryFigures(t).find((x) => x.cell.address === address);
    setFigure(f, new Decimal(f?.value ?? 0).plus('0.01').toFixed(2));
    const errors = run(t).filter((x) => x.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((x) => x.cells.some((c) => c.address === address))).toBe(true);
  });

  it('names a wrong split figure first on its row, and states 合计 = 人员 + 公用 + 项目', () => {
    const t = unitSummary();
    setFigure(t.expenditureRows[0].values.total, '710.00');
    const split = run(t).filter((x) => x.ruleId === 'summary-expenditure-split');
    expect(split.map((x) => [x.cells[0].address, x.expected, x.actual])).toEqual([['D7', '700.00', '710.00']]);
    expect(split[0].message).toContain('合计 应等于 人员经费 + 公用经费 + 项目支出');
  });

  it('checks 合计 = 基本支出 + 项目支出 and 基本支出 = 人员 + 公用 where 基本支出 has its own column', () => {
    const t = shanghaiSummary({
      income: [['fiscal', '一、财政拨款收入', '100.00']],
      columns: ['total', 'basic', 'personnel', 'public', 'project'],
      rows: [['一、一般公共服务支出', '100.00', '60.00', '50.00', '10.00', '40.00']],
      grandIncome: '100.00',
      grandExpenditure: ['100.00', '60.00', '50.00', '10.00', '40.00'],
    });
    expect(run(t)).toEqual([]);
    setFigure(t.expenditureRows[0].values.public, '11.00');
    const split = run(t).filter((x) => x.ruleId === 'summary-expenditure-split');
    expect(split.map((x) => x.cells[0].address)).toEqual(['E7']);
  });

  it('runs no split check on a 收支总表 without the split columns', () => {
    const t = shanghaiSummary({
      income: [['fiscal', '一、财政拨款收入', '100.00']],
      columns: ['total'],
      rows: [['一、一般公共服务支出', '100.00']],
      grandIncome: '100.00',
      grandExpenditure: ['100.00'],
    });
    expect(run(t)).toEqual([]);
    setFigure(t.expenditureRows[0].values.total, '90.00');
    expect(run(t).map((x) => [x.ruleId, x.cells[0].address])).toEqual([['summary-balance', 'D18']]);
  });

  it('is exact in 元 to the fen: one 分 is an error, not 尾差', () => {
    const t = unitSummary();
    setFigure(t.incomeItems[4].values.amount, '60.01');
    expect(run(t).map((x) => x.severity)).toEqual(['error']);
  });
});
