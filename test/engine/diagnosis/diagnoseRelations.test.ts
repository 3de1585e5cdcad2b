import Decimal from 'decimal.js';
import { diagnoseRelations } from '../../../src/engine/diagnosis/diagnoseRelations';
import { diagnoseWorkbook } from '../../../src/engine/diagnosis/diagnoseWorkbook';
import type { Finding, Severity } from '../../../src/engine/findings';
import type { CellRef } from '../../../src/engine/grid';
import { evaluateRelation } from '../../../src/engine/relations/evaluateRelation';
import type { Relation, RelationRounding, RelationTerm, TextSpan } from '../../../src/engine/relations/types';
import type { Figure } from '../../../src/engine/tables/types';
import type { FigureUnit } from '../../../src/engine/units';
import { figure } from '../../helpers/figures';

const YUAN_EXACT: FigureUnit = { measure: '元', step: new Decimal(0) };

function relation(
  terms: RelationTerm[],
  rounding: RelationRounding = 'envelope',
  severity: Severity = 'error',
): Relation {
  const e = evaluateRelation(terms, 'eq', rounding);
  const r: Relation = {
    ruleId: 'test',
    family: 'hierarchy',
    severity,
    operator: 'eq',
    terms,
    measure: e.unit.measure,
    rounding,
    tolerance: e.tolerance,
    status: e.status,
    residual: e.residual,
    describe: 'test',
  };
  if (e.status !== 'holds') {
    const findingSeverity = e.status === 'rounding' ? 'info' : severity;
    r.finding = {
      ruleId: 'test',
      family: 'hierarchy',
      severity: findingSeverity,
      message: 'm',
      cells: terms.map((t) => t.figure.cell),
    };
  }
  return r;
}

/** total = Σ parts. */
function sum(total: Figure, ...parts: Figure[]): Relation {
  return relation([
    { figure: total, coefficient: 1 },
    ...parts.map((figure) => ({ figure, coefficient: -1 as const })),
  ]);
}

const noFormula = () => false;
const at = (c: CellRef) => c.address;

/**
 * A 2×2 table with row and column totals:   A1 B1 | C1
 *                                            A2 B2 | C2
 *                                            A3 B3 | C3
 */
function table(values: Record<string, string>): Relation[] {
  const f = (a: string) => figure(values[a], a);
  return [
    sum(f('C1'), f('A1'), f('B1')),
    sum(f('C2'), f('A2'), f('B2')),
    sum(f('C3'), f('A3'), f('B3')),
    sum(f('A3'), f('A1'), f('A2')),
    sum(f('B3'), f('B1'), f('B2')),
    sum(f('C3'), f('C1'), f('C2')),
  ];
}

const CONSISTENT = {
  A1: '1.00',
  B1: '2.00',
  C1: '3.00',
  A2: '4.00',
  B2: '5.00',
  C2: '9.00',
  A3: '5.00',
  B3: '7.00',
  C3: '12.00',
};

describe('diagnoseRelations', () => {
  it('finds nothing when every relation holds', () => {
    expect(diagnoseRelations(table(CONSISTENT), noFormula)).toEqual({ groups: [], unexplained: [] });
  });

  it('names the one changed leaf with its original value, explaining its row and column', () => {
    const d = diagnoseRelations(table({ ...CONSISTENT, B2: '5.37' }), noFormula);
    expect(d.groups).toHaveLength(1);
    expect(at(d.groups[0].culprit.cell)).toBe('B2');
    expect(d.groups[0].value.toFixed(2)).toBe('5.00');
    expect(d.groups[0].relations).toEqual([1, 4]);
    expect(d.unexplained).toEqual([]);
  });

  it('names a changed total too (the grand total is in two relations)', () => {
    const d = diagnoseRelations(table({ ...CONSISTENT, C3: '13.00' }), noFormula);
    expect(d.groups.map((g) => [at(g.culprit.cell), g.value.toFixed(2)])).toEqual([['C3', '12.00']]);
  });

  it('two independent mistakes in one table are two groups', () => {
    const d = diagnoseRelations(table({ ...CONSISTENT, A1: '1.50', B2: '6.00' }), noFormula);
    expect(d.groups.map((g) => [at(g.culprit.cell), g.value.toFixed(2)]).sort()).toEqual([
      ['A1', '1.00'],
      ['B2', '5.00'],
    ]);
  });

  it('never breaks a holding relation: a part in another sum that holds is not offered', () => {
    // C1 = A1 + B1 fails; A1 is also in A3 = A1 + A2 (holds), B1 only here, C1 also in C3 = C1 + C2 (holds).
    const f = (v: string, a: string) => figure(v, a);
    const relations = [
      sum(f('3.00', 'C1'), f('1.00', 'A1'), f('2.50', 'B1')),
      sum(f('5.00', 'A3'), f('1.00', 'A1'), f('4.00', 'A2')),
      sum(f('12.00', 'C3'), f('3.00', 'C1'), f('9.00', 'C2')),
    ];
    const d = diagnoseRelations(relations, noFormula);
    expect(
      d.groups.map((g) => [at(g.culprit.cell), g.value.toFixed(2), g.alternatives.map((n) => at(n.cell))]),
    ).toEqual([['B1', '2.00', []]]);
  });

  it('ranks equally good cells: typed before formula, leaf before total', () => {
    const relations = [sum(figure('3.50', 'C1'), figure('1.00', 'A1'), figure('2.00', 'B1'))];
    const plain = diagnoseRelations(relations, noFormula).groups[0];
    expect([at(plain.culprit.cell), ...plain.alternatives.map((n) => at(n.cell))]).toEqual(['A1', 'B1', 'C1']);
    expect(plain.value.toFixed(2)).toBe('1.50');
    const formulaA1 = diagnoseRelations(relations, (c) => c.address === 'A1').groups[0];
    expect([at(formulaA1.culprit.cell), ...formulaA1.alternatives.map((n) => at(n.cell))]).toEqual(['B1', 'C1', 'A1']);
  });

  it('leaves a failing relation no single cell explains without a group', () => {
    // Both figures are in holding sums: changing either would break one.
    const relations = [
      relation([
        { figure: figure('3.00', 'A1'), coefficient: 1 },
        { figure: figure('4.00', 'B1'), coefficient: -1 },
      ]),
      sum(figure('5.00', 'A3'), figure('3.00', 'A1'), figure('2.00', 'A2')),
      sum(figure('6.00', 'B3'), figure('4.00', 'B1'), figure('2.00', 'B2')),
    ];
    expect(diagnoseRelations(relations, noFormula)).toEqual({ groups: [], unexplained: [0] });
  });

  it('diagnoses 尾差 alike, as a rounding group', () => {
    const d = diagnoseRelations([sum(figure('3.01', 'C1'), figure('1.00', 'A1'), figure('2.00', 'B1'))], noFormula);
    expect(d.groups.map((g) => [g.rounding, g.value.toFixed(2)])).toEqual([[true, '1.01']]);
  });
});

describe('text figures and units', () => {
  const paragraph = '其中：基本支出375.11万元，项目支出100.00万元。';
  const cellText = `一、收支预算总体情况\n${paragraph}`;
  function span(digits: string): TextSpan {
    const start = paragraph.indexOf(digits);
    return { paragraph, start, end: start + digits.length, cellText, paragraphStart: cellText.indexOf(paragraph) };
  }
  const textFigure = (v: string): Figure => ({ ...figure(v, 'A3', '情况说明') });

  it('a 万元 sentence against a 元 table: the text gets the table value rounded to its decimals, digits only', () => {
    const table = { ...figure(3571123.45, 'E6', '表3'), unit: YUAN_EXACT };
    const rel = relation(
      [
        { figure: textFigure('375.11'), coefficient: 1, text: span('375.11') },
        { figure: table, coefficient: -1 },
      ],
      'coarser',
    );
    const findings = [rel.finding!];
    const culprits = diagnoseWorkbook([rel], findings, { sheets: [] });
    expect(culprits).toHaveLength(1);
    expect(culprits[0].fix).toEqual({
      cell: { sheet: '情况说明', address: 'A3' },
      value: '357.11',
      text: '其中：基本支出357.11万元，项目支出100.00万元。',
      cellText: `一、收支预算总体情况\n其中：基本支出357.11万元，项目支出100.00万元。`,
    });
    // The 元 cell cannot be recovered from a rounded 万元 figure: it is no alternative.
    expect(culprits[0].alternatives).toEqual([]);
    expect(findings[0].cells[0]).toEqual({ sheet: '情况说明', address: 'A3' });
  });

  it('a 元 table cell gets a value to the fen, written in 元', () => {
    const parts = [
      { ...figure(1000.5, 'D7', '表3'), unit: YUAN_EXACT },
      { ...figure(2000.25, 'D8', '表3'), unit: YUAN_EXACT },
    ];
    const total = { ...figure(3100.75, 'D6', '表3'), unit: YUAN_EXACT };
    const rel = sum(total, ...parts);
    // Both parts are repeated in holding relations, so only the total can change.
    const others = parts.map((p, i) => sum({ ...p, cell: { sheet: '表5', address: `D${7 + i}` } }, p));
    const culprits = diagnoseWorkbook([rel, ...others], [rel.finding!], { sheets: [] });
    expect(culprits[0].cell.address).toBe('D6');
    expect(culprits[0].fix).toEqual({ cell: { sheet: '表3', address: 'D6' }, value: '3000.75' });
  });
});

describe('diagnoseWorkbook', () => {
  it('puts the culprit first in each finding, with the fix, and sorts culprits errors first', () => {
    const relations = [
      ...table({ ...CONSISTENT, B2: '5.37' }),
      relation(
        [
          { figure: figure('8.00', 'X1'), coefficient: 1 },
          { figure: figure('8.10', 'Y1'), coefficient: -1 },
        ],
        'envelope',
        'warning',
      ),
    ];
    const findings = relations.flatMap((r) => (r.finding ? [r.finding] : []));
    const culprits = diagnoseWorkbook(relations, findings, { sheets: [] });
    expect(culprits.map((c) => [c.severity, c.cell.address, c.explains])).toEqual([
      ['error', 'B2', 2],
      ['warning', 'X1', 1],
    ]);
    const byB2 = findings.filter((f: Finding) => f.fix?.cell.address === 'B2');
    expect(byB2.map((f) => [f.cells[0].address, f.fix?.value])).toEqual([
      ['B2', '5.00'],
      ['B2', '5.00'],
    ]);
    expect(findings.find((f) => f.fix?.cell.address === 'X1')?.alternatives).toEqual([{ sheet: '表', address: 'Y1' }]);
  });
});
