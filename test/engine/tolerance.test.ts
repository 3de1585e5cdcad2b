import Decimal from 'decimal.js';
import { compareSame, compareSum, roundingEnvelope } from '../../src/engine/tolerance';

const d = (v: string) => new Decimal(v);

describe('尾差 envelope', () => {
  it('is 0.005 × (n + 1) for n parts', () => {
    expect(roundingEnvelope(3).toString()).toBe('0.02');
    expect(roundingEnvelope(9).toString()).toBe('0.05');
  });

  it('20137 网信事务 334.50 vs 134.29 + 27.23 + 172.99 = 334.51 is rounding', () => {
    const c = compareSum(d('334.50'), [d('134.29'), d('27.23'), d('172.99')]);
    expect(c.status).toBe('rounding');
    expect(c.expected.toFixed(2)).toBe('334.51');
    expect(c.difference.toFixed(2)).toBe('-0.01');
  });

  it('a gap beyond the envelope is a mismatch; exactly on it is rounding', () => {
    expect(compareSum(d('1.14'), [d('0.49'), d('0.62')]).status).toBe('mismatch'); // gap 0.03 > 0.015
    expect(compareSum(d('10.02'), [d('5.00'), d('5.00'), d('0.00')]).status).toBe('rounding'); // gap 0.02 = 0.02
    expect(compareSum(d('1.11'), [d('0.49'), d('0.62')]).status).toBe('equal');
  });

  it('the same figure stated twice gets no envelope', () => {
    expect(compareSame(d('24.79'), d('24.78')).status).toBe('mismatch');
    expect(compareSame(d('24.79'), d('24.790')).status).toBe('equal');
  });
});
