import Decimal from 'decimal.js';
import { convert, formatMeasured, stepIn, tableUnit } from '../../src/engine/units';

const d = (v: string) => new Decimal(v);

describe('formatMeasured', () => {
  it('prints 万元 bare with two decimals, as messages always have', () => {
    expect(formatMeasured(d('334.5'), '万元')).toBe('334.50');
    expect(formatMeasured(d('-0.005'), '万元')).toBe('-0.01');
  });
  it('prints other measures with their unit', () => {
    expect(formatMeasured(d('12029501.84'), '元')).toBe('12029501.84元');
    expect(formatMeasured(d('7'), '元')).toBe('7.00元');
  });
});

describe('units', () => {
  it('convert is exact both ways', () => {
    expect(convert(d('12029501.84'), '元', '万元').toString()).toBe('1202.950184');
    expect(convert(d('1202.95'), '万元', '元').toString()).toBe('12029500');
  });
  it('tableUnit: 元 to the fen is exact, whole 元 steps 1, 万元 0.01', () => {
    expect(tableUnit('元', 2).step.toString()).toBe('0');
    expect(tableUnit('元', 0).step.toString()).toBe('1');
    expect(tableUnit('万元', 4).step.toString()).toBe('0.01');
    expect(stepIn(tableUnit('万元', 2), '元').toString()).toBe('100');
  });
});
