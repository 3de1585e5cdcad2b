import Decimal from 'decimal.js';
import { budgetLabel, type BudgetLabelKey } from '../../narrativeText';
import type { TableKind } from '../../tableKinds';
import {
  tableOf,
  type BudgetWorkbook,
  type Figure,
  type IncomeColumn,
  type IncomeItemRole,
  type SummaryLine,
  type SummaryTableBase,
  type ThreePublicRow,
} from '../../tables/types';
import { zeroFigure } from './paragraphs';

/** The table figure a stated amount must equal; several when the text may mean either (本年收入合计 or 收入总计). */
export interface TableFigure {
  table: TableKind;
  /** Where it is, in Chinese, e.g. '部门预算支出总表 合计行“基本支出”'. */
  where: string;
  /** Acceptable figures, the one to report first. */
  figures: Figure[];
}

function summaryOf(wb: BudgetWorkbook): SummaryTableBase | undefined {
  return tableOf(wb, 'income_expenditure_summary') ?? tableOf(wb, 'fiscal_summary');
}

function lineFigure(line: SummaryLine | undefined, column: 'amount' | 'total'): Figure | undefined {
  if (!line) return undefined;
  return line.values[column] ?? zeroFigure(line.labelCell);
}

function incomeItems(s: SummaryTableBase, roles: IncomeItemRole[]): Figure | undefined {
  const lines = s.incomeItems.filter((l) => roles.includes(l.role));
  if (!lines.length) return undefined;
  if (lines.length === 1) return lineFigure(lines[0], 'amount');
  const figures = lines.map((l) => lineFigure(l, 'amount') as Figure);
  const value = figures.reduce((a, f) => a.plus(f.value), new Decimal(0));
  return { ...figures[0], value };
}

function present(...figures: Array<Figure | undefined>): Figure[] {
  return figures.filter((f): f is Figure => f !== undefined);
}

function fromSummary(
  wb: BudgetWorkbook,
  where: string,
  pick: (s: SummaryTableBase) => Figure[],
): TableFigure | undefined {
  const s = summaryOf(wb);
  if (!s) return undefined;
  const figures = pick(s);
  return figures.length ? { table: s.kind, where: `${s.title.text || '收支总表'} ${where}`, figures } : undefined;
}

const THREE_PUBLIC_ROWS: Partial<Record<BudgetLabelKey, ThreePublicRow>> = {
  threePublic: 'total',
  outbound: 'outbound',
  vehicle: 'vehicle',
  vehiclePurchase: 'vehiclePurchase',
  vehicleOps: 'vehicleOps',
  reception: 'reception',
};

function threePublicFigure(wb: BudgetWorkbook, key: BudgetLabelKey): TableFigure | undefined {
  const t = tableOf(wb, 'three_public');
  const rowKey = THREE_PUBLIC_ROWS[key];
  if (!t || !rowKey) return undefined;
  const row = t.rows[rowKey];
  if (!row) {
    // The table is there without the row: the amount is zero; without a 合计 row nothing can be said.
    if (rowKey === 'total') return undefined;
    return {
      table: 'three_public',
      where: `${t.title.text} “${budgetLabel(key).name}”`,
      figures: [zeroFigure(t.title.cell)],
    };
  }
  const figure = row.values.total ?? row.values.general ?? zeroFigure(row.label.cell);
  return {
    table: 'three_public',
    where: `${t.title.text} “${row.label.text.replace(/^\s*其中[:：]\s*/, '')}”`,
    figures: [figure],
  };
}

/** A 合计-row column of the 收入 table (table 2): the 事业收入 / 经营收入 / 其他收入 the 编制说明 states. */
function incomeColumn(wb: BudgetWorkbook, column: IncomeColumn, name: string): TableFigure | undefined {
  const t = tableOf(wb, 'income');
  const total = t?.total;
  if (!t || !total || !t.columns.includes(column)) return undefined;
  return {
    table: 'income',
    where: `${t.title.text} 合计行“${name}”`,
    figures: [total.values[column] ?? zeroFigure(total.nameCell)],
  };
}

const FISCAL_COLUMNS: Partial<Record<BudgetLabelKey, 'total' | 'general' | 'fund' | 'capital'>> = {
  fiscalExpenditure: 'total',
  generalExpenditure: 'general',
  fundExpenditure: 'fund',
  capitalExpenditure: 'capital',
};

/** The 财政拨款收支总表's 支出总计 in one column (合计, 一般公共预算, 政府性基金预算, 国有资本经营预算). */
function fiscalExpenditure(wb: BudgetWorkbook, key: BudgetLabelKey): TableFigure | undefined {
  const t = tableOf(wb, 'fiscal_summary');
  const column = FISCAL_COLUMNS[key];
  const line = t?.grandExpenditure ?? t?.expenditureTotal;
  if (!t || !column || !line) return undefined;
  return {
    table: 'fiscal_summary',
    where: `${t.title.text} “${line.label}”${column === 'total' ? '' : `“${budgetLabel(key).name.replace(/拨款支出预算$/, '')}”列`}`,
    figures: [line.values[column] ?? zeroFigure(line.labelCell)],
  };
}

/** 机关运行经费: the 三公 table's own column where the template has one (Shanghai table 9), else 公用经费. */
function operatingCostsOf(wb: BudgetWorkbook): TableFigure | undefined {
  const t = tableOf(wb, 'three_public');
  if (!t?.operatingCosts) return undefined;
  return { table: 'three_public', where: `${t.title.text} “机关运行经费”`, figures: [t.operatingCosts] };
}

/** The table figure for a labelled amount, or undefined when the workbook does not hold it. */
export function tableFigureFor(wb: BudgetWorkbook, key: BudgetLabelKey, hasCarryIn: boolean): TableFigure | undefined {
  switch (key) {
    case 'incomeTotal':
      return fromSummary(wb, hasCarryIn ? '“收入总计”' : '“本年收入合计”', (s) => {
        const current = lineFigure(s.incomeTotal, 'amount');
        const grand = lineFigure(s.grandIncome, 'amount');
        return hasCarryIn ? present(grand, current) : present(current, grand);
      });
    case 'budgetTotal':
      return fromSummary(wb, '“收入总计”', (s) =>
        present(lineFigure(s.grandIncome, 'amount'), lineFigure(s.incomeTotal, 'amount')),
      );
    case 'fiscalIncome':
      return fromSummary(wb, '财政拨款收入', (s) => present(incomeItems(s, ['general', 'fund', 'capital'])));
    case 'generalIncome':
      return fromSummary(wb, '“一般公共预算拨款收入”', (s) => present(incomeItems(s, ['general'])));
    case 'fundIncome':
      return fromSummary(wb, '“政府性基金预算拨款收入”', (s) => present(incomeItems(s, ['fund'])));
    case 'capitalIncome':
      return fromSummary(wb, '“国有资本经营预算拨款收入”', (s) => present(incomeItems(s, ['capital'])));
    case 'specialAccountIncome':
      return fromSummary(wb, '“财政专户管理资金收入”', (s) => present(incomeItems(s, ['specialAccount'])));
    case 'unitFundsIncome':
      return fromSummary(wb, '“单位资金”', (s) => present(incomeItems(s, ['unitFunds', 'other'])));
    case 'carryIn':
      return fromSummary(wb, '“上年结转结余”', (s) => present(lineFigure(s.carryIn, 'amount')));
    case 'expenditureTotal':
      return fromSummary(wb, '“本年支出合计”', (s) =>
        present(lineFigure(s.expenditureTotal, 'total'), lineFigure(s.grandExpenditure, 'total')),
      );
    case 'basic':
    case 'project': {
      const column = key === 'basic' ? 'basic' : 'project';
      const name = key === 'basic' ? '基本支出' : '项目支出';
      const t = tableOf(wb, 'expenditure') ?? tableOf(wb, 'general_budget_expenditure');
      const total = t?.total;
      if (!t || !total) return undefined;
      const figure = total.values[column] ?? zeroFigure(total.nameCell);
      return { table: t.kind, where: `${t.title.text} 合计行“${name}”`, figures: [figure] };
    }
    case 'businessIncome':
      return incomeColumn(wb, 'business', '事业收入');
    case 'operatingIncome':
      return incomeColumn(wb, 'operating', '事业单位经营收入');
    case 'otherIncome':
      return incomeColumn(wb, 'other', '其他收入');
    case 'fiscalExpenditure':
    case 'generalExpenditure':
    case 'fundExpenditure':
    case 'capitalExpenditure':
      return fiscalExpenditure(wb, key);
    case 'operatingCosts':
    case 'personnel':
    case 'public': {
      const own = key === 'operatingCosts' ? operatingCostsOf(wb) : undefined;
      if (own) return own;
      const t = tableOf(wb, 'basic_expenditure');
      const total = t?.total;
      if (!t || !total) return undefined;
      const column = key === 'personnel' ? 'personnel' : 'public';
      const figure = total.values[column] ?? zeroFigure(total.nameCell);
      return {
        table: t.kind,
        where: `${t.title.text} 合计行“${key === 'personnel' ? '人员经费' : '公用经费'}”`,
        figures: [figure],
      };
    }
    case 'threePublic':
    case 'outbound':
    case 'vehicle':
    case 'vehiclePurchase':
    case 'vehicleOps':
    case 'reception':
      return threePublicFigure(wb, key);
    case 'fixedAssets': {
      const t = tableOf(wb, 'assets');
      const figure = t?.rows.total?.value;
      if (!t || !figure) return undefined;
      return { table: 'assets', where: `${t.title.text} “资产总额”价值`, figures: [figure] };
    }
    case 'procurement': {
      const t = tableOf(wb, 'procurement');
      if (!t) return undefined;
      let figure = t.total?.amount;
      if (!figure) {
        const rows = t.rows.map((r) => r.amount);
        const value = rows.reduce((a, f) => a.plus(f.value), new Decimal(0));
        figure = { ...zeroFigure(rows[0]?.cell ?? t.title.cell), value };
      }
      return { table: 'procurement', where: `${t.title.text} 合计`, figures: [figure] };
    }
  }
}
