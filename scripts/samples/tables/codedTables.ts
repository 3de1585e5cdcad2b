/** The six 科目 tables with their headers as the seed prints them (odd spaces are wrapped header text). */
import {
  BASIC_COLUMNS,
  EXPENDITURE_COLUMNS,
  FUNCTIONAL_COLUMNS,
  INCOME_COLUMNS,
  type BudgetData,
  type CodedTableData,
  type FunctionalColumnKey,
} from '../budgetData';
import type { HeaderCell, TableContext } from '../tableWriter';
import { layoutCodedTable } from './codedTable';

const INCOME_HEADERS: HeaderCell[][] = [
  [
    { text: '序号', rowSpan: 2 },
    { text: '功能分类科目', colSpan: 2 },
    { text: '合计', rowSpan: 2 },
    { text: '本年收入', colSpan: 8 },
    { text: '上年结转', rowSpan: 2 },
  ],
  [
    { text: '科目编码' },
    { text: '科目名称' },
    { text: '小计' },
    { text: '财政拨款收入' },
    { text: '财政专户 收入' },
    { text: '事业收入' },
    { text: '经营收入' },
    { text: '上级补助收入' },
    { text: '附属单位上缴收入' },
    { text: '其他收入' },
  ],
];

const EXPENDITURE_HEADERS: HeaderCell[][] = [
  [
    { text: '序号', rowSpan: 2 },
    { text: '功能分类科目', colSpan: 2 },
    { text: '合计', rowSpan: 2 },
    { text: '基本支出', rowSpan: 2 },
    { text: '项目支出', rowSpan: 2 },
    { text: '经营支出', rowSpan: 2 },
    { text: '上解上级     支出', rowSpan: 2 },
    { text: '对附属单位补助支出', rowSpan: 2 },
  ],
  [{ text: '科目    编码' }, { text: '科目名称' }],
];

const FUNCTIONAL_HEADERS: HeaderCell[][] = [
  [
    { text: '序号', rowSpan: 2 },
    { text: '功能分类科目', colSpan: 2 },
    { text: '合计', rowSpan: 2 },
    { text: '基本支出', rowSpan: 2 },
    { text: '项目支出', rowSpan: 2 },
  ],
  [{ text: '科目编码' }, { text: '科目名称' }],
];

const BASIC_HEADERS: HeaderCell[][] = [
  [
    { text: '序号', rowSpan: 2 },
    { text: '支出部门经济分类科目', colSpan: 2 },
    { text: '一般公共预算基本支出', colSpan: 3 },
  ],
  [{ text: '科目编码' }, { text: '科目名称' }, { text: '合计' }, { text: '人员经费' }, { text: '公用经费' }],
];

type Layout = (ctx: TableContext, top: number, left: number, data: BudgetData) => number;

export const layoutIncome: Layout = (ctx, top, left, data) =>
  layoutCodedTable(ctx, top, left, {
    title: '部门预算收入总表',
    unitName: data.unitName,
    year: data.year,
    headers: INCOME_HEADERS,
    columns: INCOME_COLUMNS,
    data: data.income,
  });

export const layoutExpenditure: Layout = (ctx, top, left, data) =>
  layoutCodedTable(ctx, top, left, {
    title: '部门预算支出总表',
    unitName: data.unitName,
    year: data.year,
    headers: EXPENDITURE_HEADERS,
    columns: EXPENDITURE_COLUMNS,
    data: data.expenditure,
  });

function functionalTable(title: string, pick: (d: BudgetData) => CodedTableData<FunctionalColumnKey>): Layout {
  return (ctx, top, left, data) =>
    layoutCodedTable(ctx, top, left, {
      title,
      unitName: data.unitName,
      year: data.year,
      headers: FUNCTIONAL_HEADERS,
      columns: FUNCTIONAL_COLUMNS,
      data: pick(data),
    });
}

export const layoutGeneralBudget = functionalTable('部门预算一般公共预算财政拨款支出表', (d) => d.generalBudget);
export const layoutGovFund = functionalTable('部门预算政府性基金预算财政拨款支出表', (d) => d.govFund);
export const layoutStateCapital = functionalTable('部门预算国有资本经营预算财政拨款支出表', (d) => d.stateCapital);

export const layoutBasic: Layout = (ctx, top, left, data) =>
  layoutCodedTable(ctx, top, left, {
    title: '部门预算一般公共预算财政拨款基本支出表',
    unitName: data.unitName,
    year: data.year,
    headers: BASIC_HEADERS,
    columns: BASIC_COLUMNS,
    data: data.basic,
  });
