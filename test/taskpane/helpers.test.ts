import { difference } from '../../src/taskpane/difference';
import { errorMessage } from '../../src/shared/errorMessage';
import { applyFilter, groupByTable, NO_FILTER } from '../../src/taskpane/findingFilter';
import { ECONOMIC_WARNING, HIERARCHY_ERROR, ROUNDING_INFO, UNIT_WARNING } from './fakes';

describe('difference', () => {
  test('is actual minus expected, signed, in decimal arithmetic', () => {
    expect(difference('334.51', '334.50')).toBe('-0.01');
    expect(difference('0.1', '0.3')).toBe('+0.20');
    expect(difference('1,234.50', '1,234.50')).toBe('0.00');
  });
  test('is undefined when a side is missing or not an amount', () => {
    expect(difference(undefined, '1.00')).toBeUndefined();
    expect(difference('≤0.2', '0.00')).toBeUndefined();
  });
});

describe('errorMessage', () => {
  test('translates Office.js error codes', () => {
    expect(errorMessage(Object.assign(new Error('Access denied'), { code: 'AccessDenied' }))).toBe(
      '没有权限执行此操作。',
    );
  });
  test('keeps Chinese messages and wraps others', () => {
    expect(errorMessage(new Error('工作表“表3”受保护'))).toBe('工作表“表3”受保护');
    expect(errorMessage(new Error('Network down'))).toBe('操作失败：Network down');
    expect(errorMessage(undefined)).toBe('操作失败，原因未知。');
  });
});

describe('findingFilter', () => {
  const all = [UNIT_WARNING, ECONOMIC_WARNING, HIERARCHY_ERROR, ROUNDING_INFO];
  test('groups in the standard table order, workbook-wide findings last', () => {
    const groups = groupByTable(all);
    expect(groups.map((g) => g.table)).toEqual(['expenditure', 'basic_expenditure', undefined]);
    expect(groups[0].findings).toEqual([HIERARCHY_ERROR, ROUNDING_INFO]);
  });
  test('combines the three filters', () => {
    expect(applyFilter(all, NO_FILTER)).toEqual(all);
    expect(applyFilter(all, { ...NO_FILTER, severity: 'warning' })).toEqual([UNIT_WARNING, ECONOMIC_WARNING]);
    expect(applyFilter(all, { ...NO_FILTER, table: 'none' })).toEqual([UNIT_WARNING]);
    expect(applyFilter(all, { severity: 'info', table: 'expenditure', family: 'hierarchy' })).toEqual([ROUNDING_INFO]);
  });
});
