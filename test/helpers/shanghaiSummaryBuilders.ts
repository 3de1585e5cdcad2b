import Decimal from 'decimal.js';
import type {
  Figure,
  FiscalSummaryTable,
  IncomeExpenditureSummaryTable,
  IncomeItem,
  IncomeItemRole,
  SummaryLine,
  SummaryValueKey,
} from '../../src/engine/tables/types';
import type { FigureUnit } from '../../src/engine/units';
import { cellRef, figure } from './figures';
import { tableBase } from './ruleContextBuilder';

/** 元 printed to the fen: exact, as Shanghai's tables are. */
export const YUAN: FigureUnit = { measure: '元', step: new Decimal(0) };

export const SH_SUMMARY_SHEET = '1单位财务收支预算总表';
export const SH_FISCAL_SHEET = '4单位财政拨款收支预算总表';

export function yuanFigure(value: string | null, address: string, sheet: string): Figure {
  return { ...figure(value, address, sheet), unit: YUAN };
}

/** [role, label, amount, level] of an income item on the A/B columns. */
export type IncomeSpec = readonly [IncomeItemRole, string, string | null, (1 | 2)?];
/** [label, amounts by column] of an expenditure line; columns from D. */
export type ExpenditureSpec = readonly [string, ...Array<string | null>];

function incomeItems(specs: readonly IncomeSpec[], firstRow: number, sheet: string): IncomeItem[] {
  let parentRow = 0;
  return specs.map(([role, label, amount, level = 1], i) => {
    const r = firstRow + i;
    if (level === 1) parentRow = r - 1;
    return {
      row: r - 1,
      label,
      name: label.replace(/^(?:[一二三四五六七八九十]+、|\d+[、.．]\s*)/, ''),
      labelCell: cellRef(`A${r}`, sheet),
      values: { amount: yuanFigure(amount, `B${r}`, sheet) },
      role,
      level,
      ...(level === 2 ? { parentRow } : {}),
    };
  });
}

function expenditureLine(
  [label, ...amounts]: ExpenditureSpec,
  columns: readonly SummaryValueKey[],
  r: number,
  sheet: string,
): SummaryLine {
  const values: SummaryLine['values'] = {};
  columns.forEach((c, j) => {
    values[c] = yuanFigure(amounts[j] ?? null, `${String.fromCharCode(68 + j)}${r}`, sheet);
  });
  return {
    row: r - 1,
    label,
    name: label.replace(/^[一二三四五六七八九十]+、/, ''),
    labelCell: cellRef(`C${r}`, sheet),
    values,
  };
}

/**
 * Shanghai's 收支总表 as the reader gives it: income items (A label, B amount) from row 7, 功能类 rows (C label,
 * amounts from D in `columns` order) from row 7, 收入总计 / 支出总计 on row 18; no 本年收入合计 or 结转 rows.
 */
export function shanghaiSummary(spec: {
  income: readonly IncomeSpec[];
  columns: readonly SummaryValueKey[];
  rows: readonly ExpenditureSpec[];
  grandIncome: string | null;
  grandExpenditure: ReadonlyArray<string | null>;
}): IncomeExpenditureSummaryTable {
  const sheet = SH_SUMMARY_SHEET;
  return {
    ...tableBase('income_expenditure_summary', sheet),
    incomeItems: incomeItems(spec.income, 7, sheet),
    expenditureRows: spec.rows.map((r, i) => expenditureLine(r, spec.columns, 7 + i, sheet)),
    carryInItems: [],
    grandIncome: {
      row: 17,
      label: '收入总计',
      name: '收入总计',
      labelCell: cellRef('A18', sheet),
      values: { amount: yuanFigure(spec.grandIncome, 'B18', sheet) },
    },
    grandExpenditure: expenditureLine(['支出总计', ...spec.grandExpenditure], spec.columns, 18, sheet),
  };
}

/** Shanghai's 财政拨款收支总表: the same layout with columns 合计, 一般公共预算, 政府性基金预算, 国有资本经营预算. */
export function shanghaiFiscalSummary(spec: {
  income: readonly IncomeSpec[];
  rows: readonly ExpenditureSpec[];
  grandIncome: string | null;
  grandExpenditure: ReadonlyArray<string | null>;
}): FiscalSummaryTable {
  const t = shanghaiSummary({ ...spec, columns: ['total', 'general', 'fund', 'capital'] });
  const relabel = <T extends { labelCell: { sheet: string; address: string } }>(x: T) => ({
    ...x,
    labelCell: { ...x.labelCell, sheet: SH_FISCAL_SHEET },
  });
  const move = (f: Figure): Figure => ({ ...f, cell: { ...f.cell, sheet: SH_FISCAL_SHEET } });
  const moveLine = <T extends SummaryLine>(l: T): T => ({
    ...relabel(l),
    values: Object.fromEntries(Object.entries(l.values).map(([k, f]) => [k, move(f)])),
  });
  return {
    ...t,
    ...tableBase('fiscal_summary', SH_FISCAL_SHEET),
    kind: 'fiscal_summary',
    incomeItems: t.incomeItems.map(moveLine),
    expenditureRows: t.expenditureRows.map(moveLine),
    carryInItems: [],
    grandIncome: t.grandIncome && moveLine(t.grandIncome),
    grandExpenditure: t.grandExpenditure && moveLine(t.grandExpenditure),
  };
}

/** A consistent unit 收支总表 with the 人员/公用/项目 split (columns D 合计, E 人员经费, F 公用经费, G 项目支出). */
export const unitSummary = (): IncomeExpenditureSummaryTable =>
  shanghaiSummary({
    income: [
      ['fiscal', '一、财政拨款收入', '900.00'],
      ['general', '1、一般公共预算资金', '800.00', 2],
      ['fund', '2、政府性基金', '100.00', 2],
      ['capital', '3、国有资本经营预算', null, 2],
      ['business', '二、事业收入', '60.00'],
      ['operating', '三、事业单位经营收入', '30.00'],
      ['other', '四、其他收入', '10.00'],
    ],
    columns: ['total', 'personnel', 'public', 'project'],
    rows: [
      ['一、一般公共服务支出', '700.00', '300.00', '100.00', '300.00'],
      ['二、科学技术支出', '300.00', null, null, '300.00'],
    ],
    grandIncome: '1000.00',
    grandExpenditure: ['1000.00', '300.00', '100.00', '600.00'],
  });

/** A consistent 财政拨款收支总表 matching unitSummary's 财政拨款收入 (900.00 = 800.00 一般公共 + 100.00 基金). */
export const shanghaiFiscal = (): FiscalSummaryTable =>
  shanghaiFiscalSummary({
    income: [
      ['general', '一、一般公共预算资金', '800.00'],
      ['fund', '二、政府性基金', '100.00'],
      ['capital', '三、国有资本经营预算', null],
    ],
    rows: [
      ['一、一般公共服务支出', '600.00', '500.00', '100.00', null],
      ['二、科学技术支出', '300.00', '300.00', null, null],
    ],
    grandIncome: '900.00',
    grandExpenditure: ['900.00', '800.00', '100.00', null],
  });

/** Every figure of a summary table, for tests that change each in turn. */
export function summaryFigures(t: {
  incomeItems: SummaryLine[];
  expenditureRows: SummaryLine[];
  grandIncome?: SummaryLine;
  grandExpenditure?: SummaryLine;
}): Figure[] {
  const lines = [...t.incomeItems, ...t.expenditureRows, t.grandIncome, t.grandExpenditure];
  return lines.flatMap((l) =>
    Object.values<Figure | undefined>(l?.values ?? {}).filter((f): f is Figure => f !== undefined),
  );
}
