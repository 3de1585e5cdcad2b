import type {
  Figure,
  FiscalSummaryTable,
  IncomeExpenditureSummaryTable,
  IncomeItem,
  IncomeItemRole,
  SummaryLine,
  SummaryTableBase,
  SummaryValueKey,
  TableBase,
} from './types';
import { normalizeLabel, stripNumbering } from './normalizeText';
import { readHeader, type HeaderColumn } from './readHeader';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import { readFigure, tableBase } from './tableBase';
import type { TableExtent } from './tableExtent';

type SummaryKind = 'income_expenditure_summary' | 'fiscal_summary';
type ValueKey = SummaryValueKey;

/** Which income source an item label names. */
export function incomeRole(label: string): IncomeItemRole {
  const name = normalizeLabel(label);
  if (name.includes('一般公共预算')) return 'general';
  if (name.includes('政府性基金')) return 'fund';
  if (name.includes('国有资本')) return 'capital';
  if (name.includes('财政专户')) return 'specialAccount';
  if (name.includes('单位资金')) return 'unitFunds';
  if (name.includes('财政拨款')) return 'fiscal';
  if (name.includes('经营收入')) return 'operating';
  if (name.includes('事业收入')) return 'business';
  return 'other';
}

/** Expenditure-side amount column key from its header text. */
function expenditureKey(h: HeaderColumn): ValueKey | undefined {
  if (h.leaf.includes('一般公共预算')) return 'general';
  if (h.leaf.includes('政府性基金')) return 'fund';
  if (h.leaf.includes('国有资本')) return 'capital';
  // Shanghai's unit 收支总表 splits 支出 into 基本支出 (人员经费, 公用经费) and 项目支出.
  if (h.leaf.includes('人员经费')) return 'personnel';
  if (h.leaf.includes('公用经费')) return 'public';
  if (h.leaf.includes('项目支出')) return 'project';
  if (h.leaf.includes('基本支出')) return 'basic';
  if (h.leaf === '合计' || h.leaf.includes('预算数') || h.leaf.includes('金额')) return 'total';
  return undefined;
}

const isLabelColumn = (h: HeaderColumn): boolean => h.leaf === '项目' || h.leaf.endsWith('项目');

/** '1. 一般公共预算资金' / '1、…': a numbered part of the 一、… item above it. */
const PART_NUMBERING = /^\(?\d+\)?[.、]/;

/** A row label that only a data row has: a numbered item or a total line (never a header text). */
const DATA_LABEL = /^([一二三四五六七八九十]+、|\d+[.、])|^(收入总计|支出总计|本年收入合计|本年支出合计)/;

/** Template filler where an item would go: '二、…', '三、', '无'. */
const isPlaceholder = (name: string): boolean => /^[…．.。·]*$/.test(name) || name === '无';

/**
 * Read 部门预算收支总表 or 财政拨款收支总表: income items on the left, 功能类 spending rows on the right, and the
 * total lines (本年收入合计, 上年结转结余 / 年初财政拨款结转和结余, 收入总计 and their expenditure counterparts).
 * The income side is the first 项目 column and the amounts before the second one; the rest is expenditure.
 */
export function readSummaryTable(
  kind: SummaryKind,
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
): IncomeExpenditureSummaryTable | FiscalSummaryTable | undefined {
  // Shanghai's unit table has four header rows (本年支出 / 预算数 / 基本支出 / 人员经费) and blank templates no amounts.
  const header = readHeader(view, meta.nextRow, extent.range.bottom, {
    maxRows: 4,
    isDataRow: (r) => view.nonEmptyCols(r).some((c) => DATA_LABEL.test(view.label(r, c))),
  });
  if (!header) return undefined;
  const labels = header.columns.filter(isLabelColumn).map((h) => h.col);
  if (labels.length < 2) return undefined;
  const [incomeLabel, expenditureLabel] = labels;
  const incomeAmount = header.columns.find((h) => h.col > incomeLabel && h.col < expenditureLabel)?.col;
  const expenditureAmounts: Array<{ key: ValueKey; col: number }> = [];
  for (const h of header.columns) {
    const key = h.col > expenditureLabel ? expenditureKey(h) : undefined;
    if (key && !expenditureAmounts.some((a) => a.key === key)) expenditureAmounts.push({ key, col: h.col });
  }

  const figures: Figure[] = [];
  const line = (row: number, labelCol: number, amounts: Array<{ key: ValueKey; col: number }>): SummaryLine => {
    const values: SummaryLine['values'] = {};
    for (const { key, col } of amounts) {
      const figure = readFigure(view, row, col);
      values[key] = figure;
      figures.push(figure);
    }
    const label = view.text(row, labelCol);
    return { row, label, name: stripNumbering(label), labelCell: view.ref(row, labelCol), values };
  };
  const incomeAmounts = incomeAmount === undefined ? [] : [{ key: 'amount' as const, col: incomeAmount }];

  const table: Omit<SummaryTableBase, keyof TableBase> = {
    incomeItems: [],
    expenditureRows: [],
    carryInItems: [],
  };
  let afterIncomeTotal = false;
  let afterExpenditureTotal = false;
  let topItem: IncomeItem | undefined;
  const incomeItem = (row: number, income: string): IncomeItem => {
    const item: IncomeItem = { ...line(row, incomeLabel, incomeAmounts), role: incomeRole(income), level: 1 };
    if (!PART_NUMBERING.test(income)) topItem = item;
    else if (topItem) return { ...item, level: 2, parentRow: topItem.row };
    return item;
  };
  for (let r = header.dataStart; r <= extent.range.bottom; r++) {
    const income = normalizeLabel(view.text(r, incomeLabel));
    if (income && !isPlaceholder(stripNumbering(income))) {
      if (income.startsWith('本年收入合计')) {
        table.incomeTotal = line(r, incomeLabel, incomeAmounts);
        afterIncomeTotal = true;
      } else if (/上年结转|年初.*结转/.test(income)) table.carryIn = line(r, incomeLabel, incomeAmounts);
      else if (income.startsWith('收入总计')) table.grandIncome = line(r, incomeLabel, incomeAmounts);
      else if (!afterIncomeTotal) table.incomeItems.push(incomeItem(r, income));
      else if (table.carryIn)
        table.carryInItems.push({ ...line(r, incomeLabel, incomeAmounts), role: incomeRole(income) });
    }
    const spending = normalizeLabel(view.text(r, expenditureLabel));
    if (spending && !isPlaceholder(stripNumbering(spending))) {
      if (spending.startsWith('本年支出合计')) {
        table.expenditureTotal = line(r, expenditureLabel, expenditureAmounts);
        afterExpenditureTotal = true;
      } else if (/年终结转|年末.*结转/.test(spending)) table.carryOut = line(r, expenditureLabel, expenditureAmounts);
      else if (spending.startsWith('支出总计')) table.grandExpenditure = line(r, expenditureLabel, expenditureAmounts);
      else if (!afterExpenditureTotal) table.expenditureRows.push(line(r, expenditureLabel, expenditureAmounts));
    }
  }
  const hasLines = [table.incomeTotal, table.expenditureTotal, table.grandIncome, table.grandExpenditure].some(Boolean);
  if (!hasLines && table.incomeItems.length === 0) return undefined;
  return { ...tableBase(kind, view, extent, meta, figures), ...table } as
    IncomeExpenditureSummaryTable | FiscalSummaryTable;
}
