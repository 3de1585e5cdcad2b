import Decimal from 'decimal.js';
import {
  compareFigureSame,
  compareFigureSum,
  compareFigureTotals,
  compareSum,
  figureEnvelope,
  roundToStep,
  type Measured,
} from '../../src/engine/tolerance';
import { WAN_CENTS, type FigureUnit } from '../../src/engine/units';

const d = (v: string) => new Decimal(v);
const YUAN_FEN: FigureUnit = { measure: '元', step: d('0') };
const YUAN_WHOLE: FigureUnit = { measure: '元', step: d('1') };
const wan = (v: string): Measured => ({ value: d(v) });
const fen = (v: string): Measured => ({ value: d(v), unit: YUAN_FEN });
const whole = (v: string): Measured => ({ value: d(v), unit: YUAN_WHOLE });

describe('compareFigureSum on 万元 figures is the BRIEF §3 policy unchanged', () => {
  const cases: Array<[string, string[]]> = [
    ['334.50', ['134.29', '27.23', '172.99']],
    ['1.14', ['0.49', '0.62']],
    ['10.02', ['5.00', '5.00', '0.00']],
    ['1.11', ['0.49', '0.62']],
    ['357.11', ['307.28', '28.79', '21.05']],
  ];
  it.each(cases)('%s vs %j: same status, expected and difference as compareSum', (total, parts) => {
    const old = compareSum(d(total), parts.map(d));
    const cmp = compareFigureSum(wan(total), parts.map(wan));
    expect(cmp.status).toBe(old.status);
    expect(cmp.expected.eq(old.expected)).toBe(true);
    expect(cmp.difference.eq(old.difference)).toBe(true);
    expect(cmp.envelope.toString()).toBe(new Decimal('0.005').times(parts.length + 1).toString());
    expect(cmp.unit.measure).toBe('万元');
  });

  it('explicit WAN_CENTS equals no unit', () => {
    const c = compareFigureSum({ value: d('334.50'), unit: WAN_CENTS }, [wan('134.29'), wan('27.23'), wan('172.99')]);
    expect(c.status).toBe('rounding');
  });
});

describe('compareFigureSum on 元 to the fen: exact, any gap is an error', () => {
  it('a 款 total 1 元 above Σ 项 is a mismatch, not 尾差', () => {
    const c = compareFigureSum(fen('1201.00'), [fen('600.00'), fen('600.00')]);
    expect(c.status).toBe('mismatch');
    expect(c.envelope.isZero()).toBe(true);
    expect(c.difference.toFixed(2)).toBe('1.00');
  });
  it('even 0.01 元 is a mismatch', () => {
    expect(compareFigureSum(fen('12029501.84'), [fen('12029501.83')]).status).toBe('mismatch');
  });
  it('equal figures are equal', () => {
    expect(compareFigureSum(fen('12029501.84'), [fen('12000000.00'), fen('29501.84')]).status).toBe('equal');
  });
});

describe('compareFigureSum on whole 元: 0.5 元 per figure', () => {
  it('envelope is 0.5 × (n + 1)', () => {
    expect(figureEnvelope([whole('1'), whole('2'), whole('3')], '元').toString()).toBe('1.5');
  });
  it('a 1 元 gap over two parts is 尾差, a 2 元 gap is not', () => {
    expect(compareFigureSum(whole('1201'), [whole('600'), whole('600')]).status).toBe('rounding');
    expect(compareFigureSum(whole('1202'), [whole('600'), whole('600')]).status).toBe('mismatch');
  });
  it('a total restating one whole-元 part may differ by 1 元 (0.5 + 0.5), not 2', () => {
    expect(compareFigureSum(whole('601'), [whole('600')]).status).toBe('rounding');
    expect(compareFigureSum(whole('602'), [whole('600')]).status).toBe('mismatch');
  });
});

describe('compareFigureSum with mixed units', () => {
  it('converts parts to the total measure: a 万元 total of 元 parts', () => {
    const c = compareFigureSum(wan('1.20'), [fen('6000.00'), fen('6000.00')]);
    expect(c.status).toBe('equal');
    expect(c.expected.toString()).toBe('1.2');
  });
  it('the envelope counts only the coarse figure: a 万元 total of exact 元 parts allows 0.005 万元', () => {
    expect(compareFigureSum(wan('1.21'), [fen('6000.00'), fen('6050.00')]).status).toBe('rounding');
    expect(compareFigureSum(wan('1.21'), [fen('6000.00'), fen('6040.00')]).status).toBe('mismatch');
  });
  it('a 元 total of 万元 parts: the parts carry 50 元 each', () => {
    const c = compareFigureSum(fen('12100.00'), [wan('0.60'), wan('0.60')]);
    expect(c.envelope.toString()).toBe('100');
    expect(c.status).toBe('rounding');
    expect(c.unit.measure).toBe('元');
    expect(compareFigureSum(fen('12101.00'), [wan('0.60'), wan('0.60')]).status).toBe('mismatch');
  });
});

describe('compareFigureSame', () => {
  it('万元 against 万元: any difference is a mismatch', () => {
    expect(compareFigureSame(wan('24.79'), wan('24.78')).status).toBe('mismatch');
    expect(compareFigureSame(wan('24.79'), wan('24.790')).status).toBe('equal');
  });
  it('元 to the fen against 元 to the fen: exact', () => {
    expect(compareFigureSame(fen('100.00'), fen('100.01')).status).toBe('mismatch');
    expect(compareFigureSame(fen('100.00'), fen('100')).status).toBe('equal');
  });
  it('万元 text against a 元 table figure: equal when the 元 figure rounds half-up to it', () => {
    expect(compareFigureSame(wan('1202.95'), fen('12029501.84')).status).toBe('equal');
    expect(compareFigureSame(wan('1202.96'), fen('12029501.84')).status).toBe('mismatch');
    expect(compareFigureSame(wan('1202.95'), fen('12029450.00')).status).toBe('equal'); // .945 rounds up
    expect(compareFigureSame(wan('1202.94'), fen('12029449.99')).status).toBe('equal');
    expect(compareFigureSame(wan('1202.95'), fen('12029449.99')).status).toBe('mismatch');
  });
  it('is symmetric in which figure is coarser, and reports in the stated unit', () => {
    const c = compareFigureSame(fen('12029501.84'), wan('1202.95'));
    expect(c.status).toBe('equal');
    expect(compareFigureSame(fen('12029551.84'), wan('1202.95')).status).toBe('mismatch');
    const m = compareFigureSame(fen('12039501.84'), wan('1202.95'));
    expect(m.unit.measure).toBe('元');
    expect(m.expected.toFixed(2)).toBe('12029500.00');
    expect(m.actual.toFixed(2)).toBe('12039501.84');
  });
  it('whole 元 against 元 to the fen rounds the fen figure to whole 元', () => {
    expect(compareFigureSame(whole('100'), fen('100.49')).status).toBe('equal');
    expect(compareFigureSame(whole('100'), fen('100.50')).status).toBe('mismatch');
    expect(compareFigureSame(whole('101'), fen('100.50')).status).toBe('equal');
  });
});

describe('compareFigureTotals (Σ stated against Σ reference)', () => {
  it('one non-zero figure each side is the same figure: no envelope', () => {
    expect(compareFigureTotals([wan('1.00'), wan('0')], [wan('1.01')]).status).toBe('mismatch');
    expect(compareFigureTotals([wan('1.20')], [fen('12000.00'), fen('0')]).status).toBe('equal');
  });
  it('a zero side against a non-zero one is a mismatch', () => {
    expect(compareFigureTotals([], [fen('0.01')]).status).toBe('mismatch');
    expect(compareFigureTotals([fen('0')], [fen('0.00')]).status).toBe('equal');
  });
  it('sums get the envelope of every non-zero figure (万元: 0.005 each)', () => {
    const c = compareFigureTotals([wan('1.00'), wan('2.00')], [wan('3.01')]);
    expect(c.envelope.toString()).toBe('0.015');
    expect(c.status).toBe('rounding');
    expect(compareFigureTotals([wan('1.00'), wan('2.00')], [wan('3.02')]).status).toBe('mismatch');
  });
  it('exact 元 sums get none', () => {
    expect(compareFigureTotals([fen('1.00'), fen('2.00')], [fen('3.01')]).status).toBe('mismatch');
  });
});

describe('roundToStep', () => {
  it('rounds half away from zero to the step; step 0 keeps the value', () => {
    expect(roundToStep(d('1202.9450'), d('0.01')).toFixed(2)).toBe('1202.95');
    expect(roundToStep(d('-0.005'), d('0.01')).toFixed(2)).toBe('-0.01');
    expect(roundToStep(d('100.5'), d('1')).toString()).toBe('101');
    expect(roundToStep(d('1.234'), d('0')).toString()).toBe('1.234');
  });
});
