import { cellText, colCount, columnLetters, fromA1, rangeToA1, toA1 } from '../../src/engine/grid';

describe('A1 addresses', () => {
  it.each([
    [0, 0, 'A1'],
    [5, 3, 'D6'],
    [0, 25, 'Z1'],
    [0, 26, 'AA1'],
    [9, 27, 'AB10'],
    [0, 701, 'ZZ1'],
    [0, 702, 'AAA1'],
  ])('row %i col %i is %s and back', (row, col, a1) => {
    expect(toA1(row, col)).toBe(a1);
    expect(fromA1(a1)).toEqual({ row, col });
  });

  it('accepts absolute references and lower case, rejects others', () => {
    expect(fromA1('$d$6')).toEqual({ row: 5, col: 3 });
    expect(() => fromA1('表1!A1')).toThrow();
    expect(() => fromA1('A')).toThrow();
  });

  it('columnLetters and rangeToA1', () => {
    expect(columnLetters(12)).toBe('M');
    expect(rangeToA1({ top: 0, left: 0, bottom: 19, right: 12 })).toBe('A1:M20');
  });
});

describe('cells', () => {
  it('cellText prefers the displayed text, shows errors, trims', () => {
    expect(cellText({ value: 334.5, text: '334.50' })).toBe('334.50');
    expect(cellText({ value: ' 合计 ' })).toBe('合计');
    expect(cellText({ value: null, error: '#REF!' })).toBe('#REF!');
    expect(cellText(undefined)).toBe('');
  });

  it('colCount is the widest row', () => {
    expect(colCount({ name: 's', rows: [[], undefined, [undefined, undefined, { value: 1 }]], merges: [] })).toBe(3);
  });
});
