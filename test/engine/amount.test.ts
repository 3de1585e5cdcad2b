import { formatWan, parseAmount, parseAmountText, toHalfWidth } from '../../src/engine/amount';

const read = (value: string | number | boolean | null) => parseAmount({ value });

describe('parseAmount', () => {
  it.each([
    ['384.34', '384.34', 2],
    ['1,234.50', '1234.5', 2],
    ['１２３．４５', '123.45', 2],
    ['384.34  ', '384.34', 2],
    ['(12.30)', '-12.3', 2],
    ['12.3万', '12.3', 1],
    ['2.4万元', '2.4', 1],
    ['-5.00', '-5', 2],
  ])('reads the text amount %j', (text, value, decimals) => {
    const a = read(text);
    expect(a.kind).toBe('number');
    expect(a.value.toString()).toBe(value);
    expect(a.decimals).toBe(decimals);
    expect(a.storedAsText).toBe(true);
  });

  it.each(['', '   ', '-', '—', '——', '－'])('reads %j as a blank (zero)', (text) => {
    const a = read(text);
    expect(a.kind).toBe('blank');
    expect(a.value.isZero()).toBe(true);
  });

  it('reads numbers exactly, without binary noise', () => {
    const a = read(0.1 + 0.2);
    expect(a.value.toString()).toBe('0.3');
    expect(a.decimals).toBe(1);
    expect(read(334.5).value.toFixed(2)).toBe('334.50');
    expect(read(0).kind).toBe('number');
  });

  it('reports error values and non-amounts instead of crashing', () => {
    expect(parseAmount({ value: null, error: '#REF!' })).toMatchObject({ kind: 'error', raw: '#REF!' });
    expect(read('#VALUE!').kind).toBe('error');
    expect(read(true).kind).toBe('invalid');
    expect(read('约三百万').kind).toBe('invalid');
    expect(read('1.2.3').kind).toBe('invalid');
    expect(read('12,34').kind).toBe('invalid');
    expect(read(Number.NaN).kind).toBe('invalid');
    for (const bad of [read(true), read('约三百万')]) expect(bad.value.isZero()).toBe(true);
  });

  it('an empty cell is blank', () => {
    expect(parseAmount(undefined).kind).toBe('blank');
    expect(read(null).kind).toBe('blank');
  });
});

describe('helpers', () => {
  it('toHalfWidth converts full-width digits, punctuation and the ideographic space', () => {
    expect(toHalfWidth('１２３，４５６．７８（）\u3000')).toBe('123,456.78() ');
  });

  it('parseAmountText returns null for words', () => {
    expect(parseAmountText('合计')).toBeNull();
    expect(parseAmountText('.')).toBeNull();
  });

  it('formatWan prints two decimals', () => {
    expect(formatWan(read('2.4').value)).toBe('2.40');
    expect(formatWan(read('-0.005').value)).toBe('-0.01');
  });
});
