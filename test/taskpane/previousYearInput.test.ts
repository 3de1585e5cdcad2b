import {
  EMPTY_PREVIOUS_INPUT,
  parseAmountInput,
  parsePreviousInput,
  previousInputOf,
} from '../../src/taskpane/narrative/previousYearInput';

describe('parseAmountInput', () => {
  test.each([
    ['514.74', '514.74'],
    [' 1,234.50 ', '1234.5'],
    ['３８４．３４', '384.34'],
    ['12万元', '12'],
    ['0', '0'],
  ])('%s is %s 万元', (text, value) => {
    expect(parseAmountInput(text).value?.toString()).toBe(value);
    expect(parseAmountInput(text).error).toBeUndefined();
  });

  test('blank is not given; words, 元 and negatives get their message', () => {
    expect(parseAmountInput('  ')).toEqual({});
    expect(parseAmountInput('三百').error).toBe('请输入金额（万元），如 384.34。');
    expect(parseAmountInput('1.2.3').error).toBe('请输入金额（万元），如 384.34。');
    expect(parseAmountInput('3843400元').error).toBe('请以万元填写，不要以元为单位。');
    expect(parseAmountInput('-1').error).toBe('金额不能为负数。');
    expect(parseAmountInput('(1.00)').error).toBe('金额不能为负数。');
  });
});

describe('parsePreviousInput', () => {
  test('nothing typed gives no figures', () => {
    expect(parsePreviousInput(EMPTY_PREVIOUS_INPUT)).toEqual({
      figures: undefined,
      errors: {},
      threePublicIncomplete: false,
    });
  });

  test('三公 needs its total and four items; 公务用车 is 购置 + 运维', () => {
    const partial = parsePreviousInput({ ...EMPTY_PREVIOUS_INPUT, threePublicTotal: '3.40', reception: '0.5' });
    expect(partial.threePublicIncomplete).toBe(true);
    expect(partial.figures).toBeUndefined();

    const full = parsePreviousInput(
      {
        ...EMPTY_PREVIOUS_INPUT,
        threePublicTotal: '3.40',
        outbound: '0',
        vehiclePurchase: '1.10',
        vehicleOps: '1.80',
        reception: '0.5',
      },
      2023,
    );
    expect(full.threePublicIncomplete).toBe(false);
    expect(full.figures?.year).toBe(2023);
    expect(full.figures?.threePublic?.vehicle.toFixed(2)).toBe('2.90');
    expect(full.figures?.total).toBeUndefined();
  });

  test('a bad field is left out and reported; the others still count', () => {
    const entry = parsePreviousInput({ ...EMPTY_PREVIOUS_INPUT, total: '514.74', basic: 'abc' });
    expect(entry.errors).toEqual({ basic: '请输入金额（万元），如 384.34。' });
    expect(entry.figures?.total?.toFixed(2)).toBe('514.74');
    expect(entry.figures?.basic).toBeUndefined();
  });

  test('figures read from a file fill the fields and parse back to the same figures', () => {
    const typed = {
      ...EMPTY_PREVIOUS_INPUT,
      total: '514.74',
      basic: '350',
      project: '164.74',
      threePublicTotal: '3.4',
      outbound: '0',
      vehiclePurchase: '0',
      vehicleOps: '2.9',
      reception: '0.5',
    };
    const figures = parsePreviousInput(typed, 2023).figures;
    if (!figures) throw new Error('no figures');
    const fields = previousInputOf(figures);
    expect(fields).toEqual({
      total: '514.74',
      basic: '350.00',
      project: '164.74',
      threePublicTotal: '3.40',
      outbound: '0.00',
      vehiclePurchase: '0.00',
      vehicleOps: '2.90',
      reception: '0.50',
    });
    expect(parsePreviousInput(fields, 2023).figures).toEqual(figures);
  });
});
