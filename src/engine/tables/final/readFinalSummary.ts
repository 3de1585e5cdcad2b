import type { Figure, SummaryLine, SummaryValueKey } from '../types';
import type { FinalFiscalSummaryTable, FinalIncomeLine, FinalIncomeRole, FinalSummaryTable } from '../finalTypes';
import { normalizeLabel, stripNumbering } from '../normalizeText';
import type { HeaderColumn } from '../readHeader';
import type { MetaResult } from '../readTableMeta';
import type { SheetView } from '../sheetView';
import { readFigure, tableBase } from '../tableBase';
import type { TableExtent } from '../tableExtent';
import { withFinalEmptyNote } from './finalEmptyNote';
import { readFinalHeader } from './finalHeader';

type FinalSummaryKind = 'final_income_expenditure_summary' | 'final_fiscal_summary';

/** Which income source a 决算 income line names; 国有资本经营 before 经营收入. */
export function finalIncomeRole(label: string): FinalIncomeRole {
  const name = normalizeLabel(label);
  if (name.includes('一般公共预算')) return 'general';
  if (name.includes('政府性基金')) return 'fund';
  if (name.includes('国有资本')) return 'capital';
  if (name.includes('上级补助')) return 'superior';
  if (name.includes('附属单位')) return 'affiliated';
  if (name.includes('经营收入')) return 'operating';
  if (name.includes('事业收入')) return 'business';
  return 'other';
}

/** Expenditure-side amount column: 表1's 决算数 / 金额, 表4's 合计 and the three 财政拨款 columns. */
function expenditureKey(h: HeaderColumn): SummaryValueKey | undefined {
  if (h.leaf.includes('一般公共预算')) return 'general';
  if (h.leaf.includes('政府性基金')) return 'fund';
  if (h.leaf.includes('国有资本')) return 'capital';
  if (['合计', '决算数', '金额', '本年支出'].includes(h.leaf)) return 'total';
  return undefined;
}

const isLabelColumn = (h: HeaderColumn): boolean => h.leaf === '项目' || h.leaf.endsWith('项目');
/** The national 公开01/04表's 行次 columns hold row numbers, never amounts. */
const isRowNumberColumn = (h: HeaderColumn): boolean => h.leaf === '行次';
/** A label only a data row has: a numbered line or a total line (never a header text). */
const DATA_LABEL = /^([一二三四五六七八九十]+、|\d+[.、])|^(本年收入合计|本年支出合计|总计)$/;

const INCOME_TOTAL = /^本年收入合计$/;
const EXPENDITURE_TOTAL = /^本年支出合计$/;
const USE_NONFISCAL = /^使用非财政拨款结余/;
const DISTRIBUTION = /^结余分配/;
const BEGIN = /^年初.*结转和?结余/;
const END = /^年末.*结转和?结余/;
const GRAND = /^(收入|支出)?总计$/;
/** A numbered line ('一、一般公共预算财政拨款'): below 年初/年末 it is a part of it by fund type. */
const NUMBERED = /^([一二三四五六七八九十]+、|\(?\d+\)?[.、])/;

interface Lines {
  incomeItems: FinalIncomeLine[];
  expenditureRows: SummaryLine[];
  beginItems: FinalIncomeLine[];
  endItems: FinalIncomeLine[];
  incomeTotal?: SummaryLine;
  useNonfiscal?: SummaryLine;
  begin?: SummaryLine;
  incomeGrand?: SummaryLine;
  expenditureTotal?: SummaryLine;
  distribution?: SummaryLine;
  end?: SummaryLine;
  expenditureGrand?: SummaryLine;
}

/**
 * Read 收入支出决算总表 (表1) or 财政拨款收入支出决算总表 (表4): income lines on the left (the first 项目 column and
 * the amount before the second), 功能类 lines and total lines on the right. Lines are known by their label, so the
 * 24- and 26-row 功能类 lists, 使用非财政拨款结余 with or without （含专用结余） and the national 行次/栏次 layout all read.
 */
export function readFinalSummary(
  kind: FinalSummaryKind,
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
): FinalSummaryTable | FinalFiscalSummaryTable | undefined {
  const bottom = extent.range.bottom;
  const header = readFinalHeader(view, meta.nextRow, bottom, {
    isDataRow: (r) => view.nonEmptyCols(r).some((c) => DATA_LABEL.test(view.label(r, c))),
  });
  if (!header) return undefined;
  const labels = header.columns.filter(isLabelColumn).map((h) => h.col);
  if (labels.length < 2) return undefined;
  const [incomeLabel, expenditureLabel] = labels;
  const amounts = header.columns.filter((h) => !isRowNumberColumn(h) && !isLabelColumn(h));
  const incomeAmount = amounts.find((h) => h.col > incomeLabel && h.col < expenditureLabel)?.col;
  const incomeAmounts = incomeAmount === undefined ? [] : [{ key: 'amount' as const, col: incomeAmount }];
  const expenditureAmounts: Array<{ key: SummaryValueKey; col: number }> = [];
  for (const h of amounts) {
    const key = h.col > expenditureLabel ? expenditureKey(h) : undefined;
    if (key && !expenditureAmounts.some((a) => a.key === key)) expenditureAmounts.push({ key, col: h.col });
  }

  const figures: Figure[] = [];
  const line = (row: number, labelCol: number, columns: Array<{ key: SummaryValueKey; col: number }>): SummaryLine => {
    const values: SummaryLine['values'] = {};
    for (const { key, col } of columns) {
      const figure = readFigure(view, row, col);
      values[key] = figure;
      figures.push(figure);
    }
    const label = view.text(row, labelCol);
    return { row, label, name: stripNumbering(label), labelCell: view.ref(row, labelCol), values };
  };
  const incomeLine = (row: number, label: string): FinalIncomeLine => ({
    ...line(row, incomeLabel, incomeAmounts),
    role: finalIncomeRole(label),
  });

  const lines: Lines = { incomeItems: [], expenditureRows: [], beginItems: [], endItems: [] };
  for (let r = header.dataStart; r <= bottom; r++) {
    const income = normalizeLabel(view.text(r, incomeLabel));
    if (income && !/^(注|说明):/.test(income)) {
      if (INCOME_TOTAL.test(income)) lines.incomeTotal = line(r, incomeLabel, incomeAmounts);
      else if (USE_NONFISCAL.test(income)) lines.useNonfiscal = line(r, incomeLabel, incomeAmounts);
      else if (BEGIN.test(income)) lines.begin = line(r, incomeLabel, incomeAmounts);
      else if (GRAND.test(income)) lines.incomeGrand = line(r, incomeLabel, incomeAmounts);
      else if (lines.begin && NUMBERED.test(income)) lines.beginItems.push(incomeLine(r, income));
      else if (!lines.incomeTotal) lines.incomeItems.push(incomeLine(r, income));
    }
    const spending = normalizeLabel(view.text(r, expenditureLabel));
    if (spending) {
      if (EXPENDITURE_TOTAL.test(spending)) lines.expenditureTotal = line(r, expenditureLabel, expenditureAmounts);
      else if (DISTRIBUTION.test(spending)) lines.distribution = line(r, expenditureLabel, expenditureAmounts);
      else if (END.test(spending)) lines.end = line(r, expenditureLabel, expenditureAmounts);
      else if (GRAND.test(spending)) lines.expenditureGrand = line(r, expenditureLabel, expenditureAmounts);
      else if (lines.end && NUMBERED.test(spending))
        lines.endItems.push({ ...line(r, expenditureLabel, expenditureAmounts), role: finalIncomeRole(spending) });
      else if (!lines.expenditureTotal) lines.expenditureRows.push(line(r, expenditureLabel, expenditureAmounts));
    }
  }
  const found = [lines.incomeTotal, lines.expenditureTotal, lines.incomeGrand, lines.expenditureGrand];
  if (!found.some(Boolean) && lines.incomeItems.length === 0) return undefined;
  const base = tableBase(kind, view, extent, meta, figures);
  const { beginItems, endItems, useNonfiscal, distribution, ...shared } = lines;
  const table =
    kind === 'final_fiscal_summary'
      ? { ...base, kind, ...shared, beginItems, endItems }
      : { ...base, kind, ...shared, useNonfiscal, distribution };
  return withFinalEmptyNote(table, view);
}
