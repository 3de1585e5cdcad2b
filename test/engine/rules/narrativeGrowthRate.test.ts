/** narrative-growth-rate: '…预算执行数为A万元，…预算安排B万元，比…增加P%' with P = (B − A) / A rounded as printed. */
import { narrativeGrowthRate } from '../../../src/engine/rules/narrative/narrativeGrowthRate';
import { narrativeTable } from '../../helpers/narrativeBuilders';
import { contextOf } from '../../helpers/ruleContextBuilder';

function item(heading: string, previous: string, planned: string, change: string): string {
  return `1. “城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”${heading}万元，主要用于行政运行。2022年当年预算执行数为${previous}万元，2023年预算安排${planned}万元，比2022年预算执行数${change}。主要原因是：行政运行经费减少。`;
}

function check(text: string) {
  return narrativeGrowthRate
    .check(contextOf([narrativeTable(['标题', text])]))
    .map((f) => [f.severity, f.cells.map((c) => c.address), f.expected, f.actual]);
}

describe('narrative-growth-rate', () => {
  test('a rate that agrees (decrease) is nothing', () => {
    expect(check(item('1837.36', '2695.80', '1837.36', '减少31.84%'))).toEqual([]);
  });
  test('each stated figure changed in turn is an error at the paragraph', () => {
    expect(check(item('1837.36', '2695.80', '1837.36', '减少31.94%'))).toEqual([
      ['error', ['A2'], '减少31.84%', '减少31.94%'],
    ]);
    expect(check(item('1837.36', '2695.00', '1837.36', '减少31.84%'))[0]?.[0]).toBe('error');
    // The rate is of the figure the item is headed with (the table's), not of a wrong 预算安排.
    expect(check(item('1937.36', '2695.80', '1837.36', '减少31.84%'))).toEqual([
      ['error', ['A2'], '减少28.13%', '减少31.84%'],
    ]);
    expect(check(item('1837.36', '2695.80', '1837.36', '增加31.84%'))[0]?.[2]).toBe('减少31.84%');
  });
  test('0.01 below the rounded rate, as truncation gives, is info', () => {
    // (45.41 − 11.67) / 11.67 = 289.1173…%: rounded 289.12, truncated 289.11.
    expect(check(item('45.41', '11.67', '45.41', '增加289.11%'))).toEqual([
      ['info', ['A2'], '增加289.12%', '增加289.11%'],
    ]);
    expect(check(item('45.41', '11.67', '45.41', '增加289.13%'))[0]?.[0]).toBe('error');
  });
  test('a new item stated +100.00% on a zero base is the convention; another rate on zero is a warning', () => {
    expect(check(item('60.13', '0', '60.13', '增加100.00%'))).toEqual([]);
    expect(check(item('60.13', '0', '60.13', '增加50.00%'))[0]?.[0]).toBe('warning');
  });
  test('持平 needs the same figure both years', () => {
    expect(check(item('15.00', '15.00', '15.00', '持平'))).toEqual([]);
    expect(check(item('15.00', '14.00', '15.00', '持平'))).toEqual([['error', ['A2'], '增加7.14%', '持平']]);
  });
});
