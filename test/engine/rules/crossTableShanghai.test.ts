/**
 * Family 4 on a small Shanghai workbook in 元 (三公 in 万元): every cross-table relation holds, and changing any one
 * figure of a relation gives an error naming that cell. Also summary tables without 本年收入合计 / 结转 rows.
 */
import Decimal from 'decimal.js';
import { rules as crossTable } from '../../../src/engine/rules/crossTable';
import { rules as summary } from '../../../src/engine/rules/summary';
import type { Figure, ThreePublicTable, TypedTable } from '../../../src/engine/tables/types';
import { figure, textCell } from '../../helpers/figures';
import { contextOf, tableBase } from '../../helpers/ruleContextBuilder';
import { shanghaiFiscal, unitSummary, YUAN } from '../../helpers/shanghaiSummaryBuilders';
import { codedTable, setFigure, type Cell } from '../../helpers/typedTableBuilders';

type Rows = ReadonlyArray<readonly [string, string, ...Cell[]]>;

function yuanTable<T extends TypedTable & { rows: Array<{ values: object }>; total?: { values: object } }>(t: T): T {
  for (const row of t.total ? [t.total, ...t.rows] : t.rows)
    for (const f of Object.values(row.values) as Figure[]) f.unit = YUAN;
  return t;
}

const coded = (kind: Parameters<typeof codedTable>[0], sheet: string, columns: string[], rows: Rows) =>
  yuanTable(codedTable(kind, columns, rows, { sheet }) as never);

/** Shanghai's one-row 三公 table as read: each item has only its 合计, in 万元 (G6 机关运行经费 not compared). */
function threePublic(reception: string): ThreePublicTable {
  const sheet = '9三公';
  const wan = (v: string, a: string): Figure => ({
    ...figure(v, a, sheet),
    unit: { measure: '万元', step: new Decimal('0.01') },
  });
  return {
    ...tableBase('three_public', sheet),
    rows: {
      total: { label: textCell('合计', 'A5', sheet), values: { total: wan(reception, 'A6') } },
      reception: { label: textCell('公务接待费', 'C5', sheet), values: { total: wan(reception, 'C6') } },
    },
  };
}

/** 收入 = 支出 = 1000.00: 财政拨款 900 (一般公共 800 + 基金 100), 事业 60, 经营 30, 其他 10. */
function workbook(): TypedTable[] {
  return [
    unitSummary(),
    coded(
      'income',
      '2收入',
      ['total', 'fiscal', 'business', 'operating', 'other'],
      [
        ['201', '一般公共服务支出', '700.00', '600.00', '60.00', '30.00', '10.00'],
        ['206', '科学技术支出', '300.00', '300.00', null, null, null],
        ['', '合计', '1000.00', '900.00', '60.00', '30.00', '10.00'],
      ],
    ),
    coded(
      'expenditure',
      '3支出',
      ['total', 'basic', 'project'],
      [
        ['201', '一般公共服务支出', '700.00', '400.00', '300.00'],
        ['206', '科学技术支出', '300.00', null, '300.00'],
        ['', '合计', '1000.00', '400.00', '600.00'],
      ],
    ),
    shanghaiFiscal(),
    coded(
      'general_budget_expenditure',
      '5一般',
      ['total', 'basic', 'project'],
      [
        ['201', '一般公共服务支出', '500.00', '400.00', '100.00'],
        ['206', '科学技术支出', '300.00', null, '300.00'],
        ['', '合计', '800.00', '400.00', '400.00'],
      ],
    ),
    coded(
      'gov_fund_expenditure',
      '6基金',
      ['total', 'basic', 'project'],
      [
        ['201', '一般公共服务支出', '100.00', null, '100.00'],
        ['', '合计', '100.00', null, '100.00'],
      ],
    ),
    coded(
      'basic_expenditure',
      '8基本',
      ['total', 'personnel', 'public'],
      [
        ['301', '工资福利支出', '300.00', '300.00', null],
        ['302', '商品和服务支出', '100.00', null, '100.00'],
        ['30201', '办公费', '0.00', null, '0.00'],
        ['30217', '公务接待费', '100.00', null, '100.00'],
        ['', '合计', '400.00', '300.00', '100.00'],
      ],
    ),
    threePublic('0.01'),
  ];
}

const RULES = [...summary, ...crossTable];
const run = (tables: TypedTable[]) =>
  RULES.flatMap((r) => r.check(contextOf(tables, { workbook: { template: 'shanghai' } })));

function figureAt(tables: TypedTable[], sheet: string, address: string): Figure {
  for (const t of tables) {
    const lines: Array<{ values: object } | undefined> = [];
    if ('incomeItems' in t && 'grandIncome' in t)
      lines.push(...t.incomeItems, ...t.expenditureRows, t.grandIncome, t.grandExpenditure);
    if ('columns' in t) lines.push(t.total, ...t.rows);
    if (t.kind === 'three_public') lines.push(...Object.values(t.rows));
    for (const l of lines)
      for (const f of Object.values(l?.values ?? {}) as Figure[])
        if (f.cell.sheet === sheet && f.cell.address === address) return f;
  }
  throw new Error(`no figure ${sheet}!${address}`);
}

/** The cells of each cross-table relation (sheet, address), by what they state. */
const RELATION_CELLS: Array<[string, string, string]> = [
  ['收入总计 = 收入总表 合计', '2收入', 'D8'],
  ['财政拨款收入 ↔ 财政拨款收入列', '2收入', 'E8'],
  ['事业收入 ↔ 事业收入列', '2收入', 'F8'],
  ['事业单位经营收入 ↔ 经营收入列', '2收入', 'G8'],
  ['其他收入 ↔ 其他收入列', '2收入', 'H8'],
  ['功能类 合计 ↔ 支出总表 类', '3支出', 'D6'],
  ['功能类 基本支出 ↔ 支出总表 类 基本支出', '3支出', 'E6'],
  ['功能类 项目支出 ↔ 支出总表 类 项目支出', '3支出', 'F7'],
  ['支出总计 = 支出总表 合计', '3支出', 'D8'],
  ['一般公共预算 ↔ 财政拨款收支总表', '4单位财政拨款收支预算总表', 'B7'],
  ['政府性基金 ↔ 财政拨款收支总表', '4单位财政拨款收支预算总表', 'B8'],
  ['国有资本经营 ↔ 财政拨款收支总表', '4单位财政拨款收支预算总表', 'B9'],
  ['财政拨款收支总表 一般公共预算 ↔ 表5 类', '5一般', 'D6'],
  ['财政拨款收支总表 一般公共预算 合计 ↔ 表5 合计', '5一般', 'D8'],
  ['表5 基本支出 合计 ↔ 表8 合计', '5一般', 'E8'],
  ['财政拨款收支总表 基金 ↔ 表6 合计', '6基金', 'D7'],
  ['人员经费 ↔ 表8 合计 人员经费', '8基本', 'E10'],
  ['公用经费 ↔ 表8 合计 公用经费', '8基本', 'F10'],
  ['表8 合计 ↔ 表5 基本支出', '8基本', 'D10'],
  ['30217 公务接待费 ≤ 三公', '8基本', 'D9'],
  ['三公 公务接待费 ≥ 30217', '9三公', 'C6'],
  ['表1 财政拨款收入', '1单位财务收支预算总表', 'B7'],
  ['表1 一般公共预算', '1单位财务收支预算总表', 'B8'],
  ['表1 事业收入', '1单位财务收支预算总表', 'B11'],
  ['表1 人员经费 支出总计', '1单位财务收支预算总表', 'E18'],
  ['表1 公用经费 功能类', '1单位财务收支预算总表', 'F7'],
  ['表1 项目支出 功能类', '1单位财务收支预算总表', 'G8'],
];

describe('cross-table family on a Shanghai workbook (元, 三公 in 万元)', () => {
  it('registers the new relations', () => {
    expect(crossTable.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'cross-summary-fiscal-income',
        'cross-summary-basic-split',
        'cross-summary-functional-split',
      ]),
    );
  });

  it('finds nothing when every relation holds (13,500 元-style: 100 元 = 0.01万 in the 三公 table)', () => {
    expect(run(workbook())).toEqual([]);
  });

  it.each(RELATION_CELLS)('%s: changing %s!%s gives an error naming it', (_what, sheet, address) => {
    const tables = workbook();
    const f = figureAt(tables, sheet, address);
    // 元 cells rise by 100.00; the 三公 figure (万元, a whole that must cover its part) falls by 0.01.
    setFigure(f, sheet === '9三公' ? f.value.minus('0.01').toFixed(2) : f.value.plus(100).toFixed(2));
    const errors = run(tables).filter((x) => x.severity === 'error' && x.family === 'cross-table');
    expect(errors.some((x) => x.cells.some((c) => c.sheet === sheet && c.address === address))).toBe(true);
  });

  it('compares 元 with 万元 by rounding: 30217 at 149 元 is 0.01万, at 150 元 it is 0.02万 > 0.01万', () => {
    const tables = workbook();
    setFigure(figureAt(tables, '8基本', 'D9'), '149.00');
    expect(run(tables).filter((x) => x.ruleId === 'cross-three-public-basic')).toEqual([]);
    setFigure(figureAt(tables, '8基本', 'D9'), '150.00');
    const [f] = run(tables).filter((x) => x.ruleId === 'cross-three-public-basic');
    expect([f.cells[0].address, f.expected, f.actual]).toEqual(['C6', '0.02', '0.01']);
  });

  it('is exact between 元 figures: 0.01 元 apart is an error, not 尾差', () => {
    const tables = workbook();
    setFigure(figureAt(tables, '8基本', 'E10'), '300.01');
    const found = run(tables).filter((x) => x.ruleId === 'cross-summary-basic-split');
    expect(found.map((x) => [x.severity, x.cells[0].address, x.cells[1].address])).toEqual([['error', 'E18', 'E10']]);
  });

  it('runs the split relations only where the 收支总表 has the split columns', () => {
    const tables = workbook();
    const t = tables[0];
    if (t.kind !== 'income_expenditure_summary') throw new Error();
    for (const line of [...t.expenditureRows, t.grandExpenditure]) {
      if (!line) continue;
      delete line.values.personnel;
      delete line.values.public;
      delete line.values.project;
    }
    setFigure(figureAt(tables, '8基本', 'E10'), '999.00');
    setFigure(figureAt(tables, '3支出', 'F7'), '999.00');
    const ids = run(tables).map((x) => x.ruleId);
    expect(ids).not.toContain('cross-summary-basic-split');
    expect(ids).not.toContain('cross-summary-functional-split');
  });
});
