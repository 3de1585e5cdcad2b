import { parseAmount } from '../../../src/engine/amount';
import { budgetYearRule } from '../../../src/engine/rules/hygiene/budgetYear';
import { decimalsRule } from '../../../src/engine/rules/hygiene/decimals';
import { emptyTableNoteRule } from '../../../src/engine/rules/hygiene/emptyTableNote';
import { invalidAmountRule } from '../../../src/engine/rules/hygiene/invalidAmount';
import { measureRule } from '../../../src/engine/rules/hygiene/measure';
import { negativeAmountRule } from '../../../src/engine/rules/hygiene/negativeAmount';
import { unitNameRule } from '../../../src/engine/rules/hygiene/unitName';
import type { TableKind } from '../../../src/engine/tableKinds';
import type { Figure } from '../../../src/engine/tables/types';
import { figure } from '../../helpers/figures';
import { hygieneTable } from '../../helpers/hygieneTableBuilders';
import { contextOf } from '../../helpers/ruleContextBuilder';
import { YUAN_FEN, YUAN_WHOLE } from '../../helpers/unitTables';

const SHANGHAI_KINDS: TableKind[] = [
  'income_expenditure_summary',
  'income',
  'expenditure',
  'fiscal_summary',
  'general_budget_expenditure',
  'gov_fund_expenditure',
  'state_capital_expenditure',
  'basic_expenditure',
];

/** The nine Shanghai tables as published: '单位：元', the 三公 table '单位:万元'; no 预算年度 cell. */
function shanghaiTables(overrides: Partial<Record<TableKind, string>> = {}) {
  return [
    ...SHANGHAI_KINDS.map((kind, i) =>
      hygieneTable({
        kind,
        sheet: `${i + 1}`,
        unit: '编制部门：上海市普陀区人民政府办公室',
        measure: overrides[kind] ?? '单位：元',
      }),
    ),
    hygieneTable({
      kind: 'three_public',
      sheet: '9',
      unit: '编制部门：上海市普陀区人民政府办公室',
      measure: overrides.three_public ?? '单位:万元',
    }),
  ];
}

const shanghai = { workbook: { template: 'shanghai' as const } };

describe('measure follows the template', () => {
  it('Shanghai: 元 tables and the 万元 三公 table are normal', () => {
    expect(measureRule.check(contextOf(shanghaiTables(), shanghai))).toEqual([]);
  });

  it('Shanghai: a table in 万元 where the template prints 元 is flagged, expecting 元', () => {
    const findings = measureRule.check(contextOf(shanghaiTables({ income: '单位：万元' }), shanghai));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ table: 'income', expected: '元', actual: '万元', severity: 'warning' });
    expect(findings[0].message).toContain('应为“元”');
  });

  it('Shanghai: the 三公 table in 元 is flagged, expecting 万元', () => {
    const findings = measureRule.check(contextOf(shanghaiTables({ three_public: '单位：元' }), shanghai));
    expect(findings.map((f) => [f.table, f.expected, f.actual])).toEqual([['three_public', '万元', '元']]);
  });

  it('the same tables without a template (Hebei) are flagged for 元', () => {
    const findings = measureRule.check(contextOf(shanghaiTables()));
    expect(findings).toHaveLength(8);
    expect(findings.every((f) => f.expected === '万元' && f.actual === '元')).toBe(true);
  });
});

function withFigures(figures: Figure[]) {
  return hygieneTable({ kind: 'income', sheet: '收入', figures });
}

describe('decimals on 元 tables', () => {
  it('accepts a whole-元 table and a 元 table to the fen', () => {
    const whole = ['1201', '600', '0'].map((v, i) => ({ ...figure(v, `E${i + 6}`, '收入'), unit: YUAN_WHOLE }));
    const fen = ['12029501.84', '3807295.58'].map((v, i) => ({ ...figure(v, `F${i + 6}`, '收入'), unit: YUAN_FEN }));
    expect(decimalsRule.check(contextOf([withFigures([...whole, ...fen])], shanghai))).toEqual([]);
  });

  it('still flags a 元 figure with more than two decimals', () => {
    const f = { ...figure('12029501.845', 'E6', '收入'), unit: YUAN_FEN };
    const findings = decimalsRule.check(contextOf([withFigures([f])], shanghai));
    expect(findings.map((x) => x.cells)).toEqual([[f.cell]]);
  });
});

describe('negative-amount names the unit of a 元 figure', () => {
  it('prints 元 after the amount; 万元 figures read as before', () => {
    const yuan = { ...figure('-100', 'E6', '收入'), unit: YUAN_FEN };
    const [f] = negativeAmountRule.check(contextOf([withFigures([yuan])], shanghai));
    expect(f.message).toMatch(/的金额为负数 -100\.00元$/);
    expect(f.actual).toBe('-100.00');
    const [w] = negativeAmountRule.check(contextOf([withFigures([figure('-1.5', 'E6', '收入')])]));
    expect(w.message).toMatch(/的金额为负数 -1\.50$/);
  });
});

describe('invalid-amount on a blank template', () => {
  const bad = (raw: string, address: string) => {
    const amount = parseAmount({ value: raw });
    return { value: amount.value, amount, cell: { sheet: '收入', address } };
  };

  it('“无” is read as blank, not a bad amount', () => {
    expect(parseAmount({ value: '无' }).kind).toBe('blank');
  });

  it('does not flag “…” placeholders, but flags other text in the same table', () => {
    const table = hygieneTable({
      kind: 'income',
      sheet: '收入',
      badAmounts: [bad('…', 'E12'), bad('……', 'F12'), bad('...', 'G12'), bad('见附表', 'H12')],
    });
    const findings = invalidAmountRule.check(contextOf([table], shanghai));
    expect(findings.map((f) => f.cells[0].address)).toEqual(['H12']);
  });

  it('flags a single “.” (not a placeholder)', () => {
    const table = hygieneTable({ kind: 'income', sheet: '收入', badAmounts: [bad('.', 'E12')] });
    expect(invalidAmountRule.check(contextOf([table]))).toHaveLength(1);
  });
});

describe('unit-name and budget-year on Shanghai meta rows', () => {
  it('finds nothing when every table says 编制部门：the same department, and no table has a year cell', () => {
    const ctx = contextOf(shanghaiTables(), shanghai);
    expect(unitNameRule.check(ctx)).toEqual([]);
    expect(budgetYearRule.check(ctx)).toEqual([]);
  });

  it('编制部门： and 编制单位： before the same name are one unit', () => {
    const tables = shanghaiTables();
    tables[1] = hygieneTable({ kind: 'income', sheet: '2', unit: '编制单位：上海市普陀区人民政府办公室' });
    expect(unitNameRule.check(contextOf(tables, shanghai))).toEqual([]);
  });

  it('flags a table naming another department', () => {
    const tables = shanghaiTables();
    tables[2] = hygieneTable({ kind: 'expenditure', sheet: '3', unit: '编制部门：上海市普陀区商务委员会' });
    const findings = unitNameRule.check(contextOf(tables, shanghai));
    expect(findings.map((f) => [f.table, f.expected])).toEqual([['expenditure', '上海市普陀区人民政府办公室']]);
  });
});

describe('empty-table-note words the note as the template does', () => {
  const empty = () => [hygieneTable({ kind: 'gov_fund_expenditure', sheet: '6', empty: true })];

  it('Shanghai: asks for “…故本表为空表。”', () => {
    const [f] = emptyTableNoteRule.check(contextOf(empty(), shanghai));
    expect(f.message).toContain('应在表下注明“注：无…，故本表为空表。”');
  });

  it('Hebei: asks for “注：无…，空表列示。” as before', () => {
    const [f] = emptyTableNoteRule.check(contextOf(empty()));
    expect(f.message).toMatch(/应在表下注明“注：无…，空表列示。”$/);
  });

  it('accepts an empty Shanghai table carrying its note', () => {
    const noted = hygieneTable({
      kind: 'gov_fund_expenditure',
      sheet: '6',
      empty: true,
      note: '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。',
    });
    expect(emptyTableNoteRule.check(contextOf([noted], shanghai))).toEqual([]);
  });
});
