import type {
  BasicColumn,
  CodedRow,
  CodedTable,
  ExpenditureColumn,
  Figure,
  FunctionalColumn,
  IncomeColumn,
} from './types';
import type { TableKind } from '../tableKinds';
import type { BudgetTemplate } from '../templates/types';
import { CodeReader, findCodeColumns } from './codeColumns';
import { codeLevel } from './codes';
import { normalizeLabel } from './normalizeText';
import { matchColumns, readHeader, type ColumnSpec, type HeaderColumn } from './readHeader';
import type { MetaResult } from './readTableMeta';
import type { SheetView } from './sheetView';
import { readFigure, tableBase } from './tableBase';
import type { TableExtent } from './tableExtent';

export type CodedKind =
  | 'income'
  | 'expenditure'
  | 'general_budget_expenditure'
  | 'gov_fund_expenditure'
  | 'state_capital_expenditure'
  | 'basic_expenditure';

const isTotal = (h: HeaderColumn): boolean => h.leaf === '合计' || h.leaf === '总计';
const has =
  (word: string) =>
  (h: HeaderColumn): boolean =>
    h.leaf.includes(word);

const INCOME_COLUMNS: Array<ColumnSpec<IncomeColumn>> = [
  ['subtotal', (h) => h.leaf === '小计' || (h.joined.includes('本年收入') && isTotal(h))],
  ['total', isTotal],
  ['fiscal', has('财政拨款')],
  ['specialAccount', has('财政专户')],
  ['operating', has('经营收入')],
  ['business', has('事业收入')],
  ['superior', has('上级补助')],
  ['subsidiary', has('附属单位')],
  ['other', has('其他收入')],
  ['carryover', has('上年结转')],
];

const EXPENDITURE_COLUMNS: Array<ColumnSpec<ExpenditureColumn>> = [
  ['total', isTotal],
  ['basic', has('基本支出')],
  ['project', has('项目支出')],
  ['operating', has('经营支出')],
  ['remit', has('上解')],
  ['subsidy', has('附属单位')],
];

const FUNCTIONAL_COLUMNS: Array<ColumnSpec<FunctionalColumn>> = [
  ['total', isTotal],
  ['basic', has('基本支出')],
  ['project', has('项目支出')],
];

const BASIC_COLUMNS: Array<ColumnSpec<BasicColumn>> = [
  ['total', isTotal],
  ['personnel', has('人员经费')],
  ['public', has('公用经费')],
];

const COLUMN_SPECS: Record<CodedKind, Array<ColumnSpec<string>>> = {
  income: INCOME_COLUMNS,
  expenditure: EXPENDITURE_COLUMNS,
  general_budget_expenditure: FUNCTIONAL_COLUMNS,
  gov_fund_expenditure: FUNCTIONAL_COLUMNS,
  state_capital_expenditure: FUNCTIONAL_COLUMNS,
  basic_expenditure: BASIC_COLUMNS,
};

export function isCodedKind(kind: TableKind): kind is CodedKind {
  return kind in COLUMN_SPECS;
}

/** The template's own header words for a kind's columns (BudgetTemplate.columnWords), tried before the common ones. */
function templateSpecs(template: BudgetTemplate | undefined, kind: CodedKind): Array<ColumnSpec<string>> {
  const words = template?.columnWords?.[kind] ?? {};
  return Object.entries(words).map(([key, pattern]) => [key, (h: HeaderColumn) => pattern.test(h.leaf)]);
}

/** '201 一般公共服务支出' written in the name cell when a template has no code column. */
const CODE_IN_NAME = /^(\d{3}(?:\d{2}){0,2})\s*(.+)$/;

/**
 * Read a table keyed by 科目编码 (income, expenditure, the 财政拨款 expenditure tables, 基本支出表).
 * Every amount column gets a Figure on every row, blank cells included, so rules can name the cell.
 */
export function readCodedTable(
  kind: CodedKind,
  view: SheetView,
  extent: TableExtent,
  meta: MetaResult,
  template?: BudgetTemplate,
): CodedTable<CodedKind, string> | undefined {
  const header = readHeader(view, meta.nextRow, extent.range.bottom);
  if (!header) return undefined;
  const codeColumns = findCodeColumns(header);
  const nameColumn = header.columns.find(has('名称'))?.col;
  const amountColumns = matchColumns(header, [...templateSpecs(template, kind), ...COLUMN_SPECS[kind]]).filter(
    (c) => !codeColumns.includes(c.col) && c.col !== nameColumn,
  );
  if (nameColumn === undefined || amountColumns.length === 0) return undefined;

  const codes = new CodeReader(view, codeColumns);
  const rows: Array<CodedRow<string>> = [];
  let total: CodedRow<string> | undefined;
  const figures: Figure[] = [];
  for (let r = header.dataStart; r <= extent.range.bottom; r++) {
    const rowCode = codes.read(r);
    let code = rowCode?.code ?? '';
    let name = view.text(r, nameColumn);
    // A 合计 label merged across the code and name columns keeps its text in the first code column only.
    const isTotalRow = [nameColumn, ...codeColumns].some((c) => ['合计', '总计'].includes(view.label(r, c)));
    const inName = CODE_IN_NAME.exec(name);
    if (!code && inName) [code, name] = [inName[1], inName[2]];
    const level = isTotalRow ? 0 : codeLevel(code);
    if (level === undefined) continue;
    const values: Partial<Record<string, Figure>> = {};
    for (const { key, col } of amountColumns) {
      const figure = readFigure(view, r, col);
      values[key] = figure;
      figures.push(figure);
    }
    const row: CodedRow<string> = {
      row: r,
      code: isTotalRow ? '' : code,
      name: isTotalRow ? '合计' : name,
      level,
      nameCell: view.ref(r, isTotalRow && !normalizeLabel(name) ? (codeColumns[0] ?? nameColumn) : nameColumn),
      codeCell: isTotalRow || codeColumns.length === 0 ? undefined : (rowCode?.cell ?? view.ref(r, codeColumns[0])),
      values,
    };
    if (isTotalRow && !total) total = row;
    else if (!isTotalRow) rows.push(row);
  }
  return {
    ...tableBase(kind, view, extent, meta, figures),
    columns: amountColumns.map((c) => c.key),
    total,
    rows,
  };
}
