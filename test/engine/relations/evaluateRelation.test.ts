/**
 * Issue 10: the one evaluator of every relation, on hand-made terms — eq and le, envelope and coarser, 元 against
 * 万元, exact zeros, and the boundary between 尾差 and a failure.
 */
import Decimal from 'decimal.js';
import { evaluateRelation } from '../../../src/engine/relations/evaluateRelation';
import type { RelationTerm } from '../../../src/engine/relations/types';
import type { Figure } from '../../../src/engine/tables/types';
import type { FigureUnit } from '../../../src/engine/units';

const WAN: FigureUnit = { measure: '万元', step: new Decimal('0.01') };
const YUAN: FigureUnit = { measure: '元', step: new Decimal(1) };
/** 元 to the fen: an exact figure, no 尾差. */
const YUAN_EXACT: FigureUnit = { measure: '元', step: new Decimal(0) };

let nextRow = 1;
function figure(value: string, unit: FigureUnit = WAN): Figure {
  const v = new Decimal(value);
  return {
    value: v,
    amount: { kind: 'number', value: v, raw: value, decimals: 0, storedAsText: false },
    cell: { sheet: 'T', address: `A${nextRow++}` },
    unit,
  };
}

function term(value: string, coefficient: 1 | -1, unit: FigureUnit = WAN, exact?: boolean): RelationTerm {
  return exact ? { figure: figure(value, unit), coefficient, exact } : { figure: figure(value, unit), coefficient };
}

/** total − Σ parts, as the sum checks state it. */
function sum(total: string, parts: string[], unit: FigureUnit = WAN): RelationTerm[] {
  return [term(total, 1, unit), ...parts.map((p) => term(p, -1, unit))];
}

describe('eq, envelope', () => {
  test('a sum that adds up holds with no residual', () => {
    const e = evaluateRelation(sum('3.00', ['1.00', '2.00']), 'eq', 'envelope');
    expect(e.status).toBe('holds');
    expect(e.residual.toString()).toBe('0');
    expect(e.tolerance.toString()).toBe('0.015');
    expect(e.actual.toString()).toBe('3');
    expect(e.expected.toString()).toBe('3');
    expect(e.unit.measure).toBe('万元');
  });

  test('the residual exactly at the envelope is 尾差, just above it fails', () => {
    // Three 万元 figures to 0.01: envelope 3 × 0.005 = 0.015; a 0.01 gap is 尾差, 0.02 is not.
    expect(evaluateRelation(sum('3.01', ['1.00', '2.00']), 'eq', 'envelope').status).toBe('rounding');
    expect(evaluateRelation(sum('3.02', ['1.00', '2.00']), 'eq', 'envelope').status).toBe('fails');
    // Four figures: envelope 0.02 exactly; 0.02 is 尾差, 0.03 fails.
    const at = evaluateRelation(sum('3.02', ['1.00', '1.00', '1.00']), 'eq', 'envelope');
    expect(at.tolerance.toString()).toBe('0.02');
    expect(at.residual.toString()).toBe('0.02');
    expect(at.status).toBe('rounding');
    expect(evaluateRelation(sum('3.03', ['1.00', '1.00', '1.00']), 'eq', 'envelope').status).toBe('fails');
    // Below zero as above it.
    expect(evaluateRelation(sum('2.98', ['1.00', '1.00', '1.00']), 'eq', 'envelope').status).toBe('rounding');
    expect(evaluateRelation(sum('2.97', ['1.00', '1.00', '1.00']), 'eq', 'envelope').status).toBe('fails');
  });

  test('with 元 figures to the fen the envelope is 0 and any gap fails', () => {
    const e = evaluateRelation(sum('300.01', ['100', '200'], YUAN_EXACT), 'eq', 'envelope');
    expect(e.tolerance.isZero()).toBe(true);
    expect(e.status).toBe('fails');
    expect(e.residual.toString()).toBe('0.01');
  });

  test('mixed 元 and 万元: evaluated in the first figure’s unit, each figure widening the envelope by its half-step', () => {
    // 1.23万元 = 12,300元 ± 50元; 12,345元 ± 0.5元; 12,345 − 12,300 = 45 ≤ 50.5: 尾差.
    const terms = [term('12345', 1, YUAN), term('1.23', -1, WAN)];
    const e = evaluateRelation(terms, 'eq', 'envelope');
    expect(e.unit.measure).toBe('元');
    expect(e.tolerance.toString()).toBe('50.5');
    expect(e.residual.toString()).toBe('45');
    expect(e.status).toBe('rounding');
    // 12,351元: 51 > 50.5.
    expect(evaluateRelation([term('12351', 1, YUAN), term('1.23', -1, WAN)], 'eq', 'envelope').status).toBe('fails');
    // The 万元 figure first: the same relation in 万元.
    const wan = evaluateRelation([term('1.23', 1, WAN), term('12345', -1, YUAN)], 'eq', 'envelope');
    expect(wan.unit.measure).toBe('万元');
    expect(wan.residual.toString()).toBe('-0.0045');
    expect(wan.tolerance.toString()).toBe('0.00505');
    expect(wan.status).toBe('rounding');
  });

  test('an exact zero term does not widen the envelope; a rounded zero does', () => {
    const exactZero = [term('3.02', 1), term('1.00', -1), term('2.00', -1), term('0', -1, WAN, true)];
    const e = evaluateRelation(exactZero, 'eq', 'envelope');
    expect(e.tolerance.toString()).toBe('0.015');
    expect(e.status).toBe('fails');
    const roundedZero = [term('3.02', 1), term('1.00', -1), term('2.00', -1), term('0', -1)];
    const r = evaluateRelation(roundedZero, 'eq', 'envelope');
    expect(r.tolerance.toString()).toBe('0.02');
    expect(r.status).toBe('rounding');
  });

  test('changing each term in turn moves the residual by its coefficient and breaks the relation', () => {
    const base = sum('6.00', ['1.00', '2.00', '3.00']);
    expect(evaluateRelation(base, 'eq', 'envelope').status).toBe('holds');
    base.forEach((t, i) => {
      const changed = base.map((u, j) =>
        j === i ? { ...u, figure: { ...u.figure, value: u.figure.value.plus('0.5') } } : u,
      );
      const e = evaluateRelation(changed, 'eq', 'envelope');
      expect(e.status).toBe('fails');
      expect(e.residual.toString()).toBe(new Decimal('0.5').times(t.coefficient).toString());
    });
  });
});

describe('le', () => {
  test('a part below its whole holds; an excess within the envelope is 尾差; beyond it fails', () => {
    expect(evaluateRelation(sum('1.00', ['5.00']), 'le', 'envelope').status).toBe('holds');
    expect(evaluateRelation(sum('5.00', ['5.00']), 'le', 'envelope').status).toBe('holds');
    // Two figures: envelope 0.01.
    expect(evaluateRelation(sum('5.01', ['5.00']), 'le', 'envelope').status).toBe('rounding');
    expect(evaluateRelation(sum('5.02', ['5.00']), 'le', 'envelope').status).toBe('fails');
  });

  test('coarser: the part rounded to the whole’s precision, no tolerance', () => {
    // 13,500元 ≤ 1.35万元 (13,500 rounds to 1.35); 13,549元 rounds to 1.35 too; 13,550元 rounds to 1.36 > 1.35.
    expect(evaluateRelation([term('13500', 1, YUAN), term('1.35', -1)], 'le', 'coarser').status).toBe('holds');
    expect(evaluateRelation([term('13549', 1, YUAN), term('1.35', -1)], 'le', 'coarser').status).toBe('holds');
    expect(evaluateRelation([term('13550', 1, YUAN), term('1.35', -1)], 'le', 'coarser').status).toBe('fails');
    // The coarser part against the finer whole: the whole rounded to the part's step.
    expect(evaluateRelation([term('1.35', 1), term('13450', -1, YUAN)], 'le', 'coarser').status).toBe('holds');
    expect(evaluateRelation([term('1.35', 1), term('13449', -1, YUAN)], 'le', 'coarser').status).toBe('fails');
    // One precision: as they stand.
    expect(evaluateRelation([term('1.35', 1), term('1.35', -1)], 'le', 'coarser').status).toBe('holds');
    expect(evaluateRelation([term('1.36', 1), term('1.35', -1)], 'le', 'coarser').status).toBe('fails');
  });
});

describe('eq, coarser', () => {
  test('one precision: equal or fails, never 尾差', () => {
    expect(evaluateRelation([term('1.35', 1), term('1.35', -1)], 'eq', 'coarser').status).toBe('holds');
    const e = evaluateRelation([term('1.36', 1), term('1.35', -1)], 'eq', 'coarser');
    expect(e.status).toBe('fails');
    expect(e.residual.toString()).toBe('0.01');
    expect(e.tolerance.isZero()).toBe(true);
  });

  test('万元 text against a 元 table: equal when the 元 figure rounds half-up to the stated one', () => {
    expect(evaluateRelation([term('1.35', 1), term('13450', -1, YUAN)], 'eq', 'coarser').status).toBe('holds');
    expect(evaluateRelation([term('1.35', 1), term('13549', -1, YUAN)], 'eq', 'coarser').status).toBe('holds');
    expect(evaluateRelation([term('1.35', 1), term('13449', -1, YUAN)], 'eq', 'coarser').status).toBe('fails');
    const above = evaluateRelation([term('1.35', 1), term('13550', -1, YUAN)], 'eq', 'coarser');
    expect(above.status).toBe('fails');
    // Reported in the stated figure's unit.
    expect(above.unit.measure).toBe('万元');
    expect(above.expected.toString()).toBe('1.355');
    expect(above.actual.toString()).toBe('1.35');
    // The 元 figure stated first: the same rule, the other way round.
    expect(evaluateRelation([term('13549', 1, YUAN), term('1.35', -1)], 'eq', 'coarser').status).toBe('holds');
    expect(evaluateRelation([term('13550', 1, YUAN), term('1.35', -1)], 'eq', 'coarser').status).toBe('fails');
  });

  test('zeros on a side are left out; with no non-zero figure a side is 0', () => {
    const terms = [term('1.35', 1), term('0', -1, WAN, true), term('13500', -1, YUAN)];
    expect(evaluateRelation(terms, 'eq', 'coarser').status).toBe('holds');
    const blank = evaluateRelation([term('1.35', 1), term('0', -1, YUAN)], 'eq', 'coarser');
    expect(blank.status).toBe('fails');
    expect(blank.expected.isZero()).toBe(true);
  });

  test('more than one non-zero figure on a side is a sum after all, with the envelope', () => {
    const e = evaluateRelation([term('3.01', 1), term('1.00', -1), term('2.00', -1)], 'eq', 'coarser');
    expect(e.tolerance.toString()).toBe('0.015');
    expect(e.status).toBe('rounding');
  });

  test('changing each term in turn breaks the relation', () => {
    const base = [term('1.35', 1), term('13500', -1, YUAN)];
    expect(evaluateRelation(base, 'eq', 'coarser').status).toBe('holds');
    const bigger = (t: RelationTerm, by: string) => ({ ...t, figure: { ...t.figure, value: t.figure.value.plus(by) } });
    expect(evaluateRelation([bigger(base[0], '0.01'), base[1]], 'eq', 'coarser').status).toBe('fails');
    expect(evaluateRelation([base[0], bigger(base[1], '100')], 'eq', 'coarser').status).toBe('fails');
    // A change inside the coarser figure's half-step still holds.
    expect(evaluateRelation([base[0], bigger(base[1], '49')], 'eq', 'coarser').status).toBe('holds');
  });
});
