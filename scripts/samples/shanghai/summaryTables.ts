/**
 * Tables 1 (财务收支预算总表) and 4 (财政拨款收支预算总表): 收入 items on the left, one row per 功能分类 class on the
 * right, blank rows, then 收入总计 / 支出总计 at the bottom.
 */
import { chineseNumeral, type Money } from '../budgetData';
import { TEXT_STYLE, type HeaderCell, type TableContext } from '../tableWriter';
import { writeAmount } from './amountCell';
import type { ShClassRow, ShanghaiBudgetData } from './shanghaiData';
import type { ShanghaiVariant } from './shanghaiVariant';

interface TwoSidedSpec<C extends string> {
  title: string;
  headers: HeaderCell[][];
  /** 收入 labels with their amounts, top to bottom. */
  income: Array<[string, Money]>;
  incomeTotal: Money;
  columns: readonly C[];
  rows: Array<ShClassRow<C>>;
  total: Partial<Record<C, Money>>;
}

function layoutTwoSided<C extends string>(
  ctx: TableContext,
  variant: ShanghaiVariant,
  top: number,
  left: number,
  unitName: string,
  spec: TwoSidedSpec<C>,
): number {
  const width = 3 + spec.columns.length;
  ctx.title(top, left, width, spec.title);
  ctx.meta(top + 1, left, width, { unit: `编制部门：${unitName}`, right: '单位：元' });
  let row = top + 2;
  row += ctx.header(row, left, width, spec.headers);
  const body = Math.max(spec.income.length, spec.rows.length);
  const amounts = (r: number, values: Partial<Record<C, Money>>) =>
    spec.columns.forEach((key, j) => writeAmount(ctx, variant, r, left + 3 + j, values[key] ?? null));
  for (let i = 0; i < body; i++, row++) {
    const income = spec.income[i];
    if (income) {
      ctx.body(row, left, income[0]);
      writeAmount(ctx, variant, row, left + 1, income[1]);
    }
    const out = spec.rows[i];
    if (out) {
      ctx.body(row, left + 2, `${chineseNumeral(i + 1)}、${out.name}`);
      amounts(row, out.amounts);
    }
  }
  row += variant.totalGapRows;
  ctx.sheet.text(row, left, '收入总计', TEXT_STYLE);
  writeAmount(ctx, variant, row, left + 1, spec.incomeTotal);
  ctx.sheet.text(row, left + 2, '支出总计', TEXT_STYLE);
  amounts(row, spec.total);
  return row + 1;
}

const SUMMARY_HEADERS: HeaderCell[][] = [
  [
    { text: '本年收入', colSpan: 2 },
    { text: '本年支出', colSpan: 2 },
  ],
  [{ text: '项目' }, { text: '预算数' }, { text: '项目' }, { text: '预算数' }],
];

/** The 单位 layout: 预算数 split into 合计 / 基本支出 (人员经费, 公用经费) / 项目支出. */
const SPLIT_SUMMARY_HEADERS: HeaderCell[][] = [
  [
    { text: '本年收入', colSpan: 2 },
    { text: '本年支出', colSpan: 5 },
  ],
  [
    { text: '项目', rowSpan: 3 },
    { text: '预算数', rowSpan: 3 },
    { text: '项目', rowSpan: 3 },
    { text: '预算数', colSpan: 4 },
  ],
  [
    { text: '合计', rowSpan: 2 },
    { text: '基本支出', colSpan: 2 },
    { text: '项目支出', rowSpan: 2 },
  ],
  [{ text: '人员经费' }, { text: '公用经费' }],
];

export function layoutShanghaiSummary(
  ctx: TableContext,
  variant: ShanghaiVariant,
  top: number,
  left: number,
  data: ShanghaiBudgetData,
): number {
  const s = data.summary;
  const i = s.income;
  return layoutTwoSided(ctx, variant, top, left, data.unitName, {
    title: `${data.year}年部门财务收支预算总表`,
    headers: s.split ? SPLIT_SUMMARY_HEADERS : SUMMARY_HEADERS,
    income: [
      ['一、财政拨款收入', i.fiscal],
      ['1. 一般公共预算资金', i.general],
      ['2. 政府性基金', i.fund],
      ['3. 国有资本经营预算', i.capital],
      ['二、事业收入', i.business],
      ['三、事业单位经营收入', i.operating],
      ['四、其他收入', i.other],
    ],
    incomeTotal: s.incomeTotal,
    columns: s.split ? (['total', 'personnel', 'public', 'project'] as const) : (['total'] as const),
    rows: s.expenditureRows,
    total: s.expenditureTotal,
  });
}

const FISCAL_HEADERS: HeaderCell[][] = [
  [
    { text: '财政拨款收入', colSpan: 2 },
    { text: '财政拨款支出', colSpan: 5 },
  ],
  [
    { text: '项目' },
    { text: '预算数' },
    { text: '项目' },
    { text: '合计' },
    { text: '一般公共预算' },
    { text: '政府性基金预算' },
    { text: '国有资本经营预算' },
  ],
];

export function layoutShanghaiFiscalSummary(
  ctx: TableContext,
  variant: ShanghaiVariant,
  top: number,
  left: number,
  data: ShanghaiBudgetData,
): number {
  const f = data.fiscalSummary;
  return layoutTwoSided(ctx, variant, top, left, data.unitName, {
    title: `${data.year}年部门财政拨款收支预算总表`,
    headers: FISCAL_HEADERS,
    income: [
      ['一、一般公共预算资金', f.income.general],
      ['二、政府性基金', f.income.fund],
      ['三、国有资本经营预算', f.income.capital],
    ],
    incomeTotal: f.incomeTotal,
    columns: ['total', 'general', 'fund', 'capital'] as const,
    rows: f.expenditureRows,
    total: f.expenditureTotal,
  });
}
