/**
 * Lay a BudgetData out as a workbook in the Hebei look, under a LayoutVariant. Pure: the same input
 * gives the same grid, styles and widths.
 */
import type { BudgetData } from './budgetData';
import { STANDARD, type LayoutVariant } from './layoutVariant';
import { SheetBuilder, toSampleWorkbook, type SampleWorkbook } from './sheetBuilder';
import { TableContext } from './tableWriter';
import {
  layoutBasic,
  layoutExpenditure,
  layoutGeneralBudget,
  layoutGovFund,
  layoutIncome,
  layoutStateCapital,
} from './tables/codedTables';
import { layoutNarrative } from './tables/narrative';
import { layoutAssets, layoutProcurement } from './tables/procurementAssets';
import { layoutProjects } from './tables/projects';
import { layoutFiscalSummary, layoutSummary } from './tables/summaryTables';
import { layoutThreePublic } from './tables/threePublic';
import { BUDGET_TABLE_KINDS } from '../../src/engine/tableKinds';

export type { SampleWorkbook } from './sheetBuilder';

/** The tables in template order: the engine's kind list is in that order already. */
export const SAMPLE_TABLES = BUDGET_TABLE_KINDS;
export type SampleTable = (typeof SAMPLE_TABLES)[number];

type Layout = (ctx: TableContext, top: number, left: number, data: BudgetData) => number;

const LAYOUTS: Record<SampleTable, Layout> = {
  income_expenditure_summary: layoutSummary,
  income: layoutIncome,
  expenditure: layoutExpenditure,
  fiscal_summary: layoutFiscalSummary,
  general_budget_expenditure: layoutGeneralBudget,
  basic_expenditure: layoutBasic,
  gov_fund_expenditure: layoutGovFund,
  state_capital_expenditure: layoutStateCapital,
  three_public: layoutThreePublic,
  project_performance: layoutProjects,
  procurement: layoutProcurement,
  assets: layoutAssets,
  narrative: layoutNarrative,
};

/** Sheets of the stacked variant: related tables share a sheet; the 情况说明 keeps its own. */
const STACKS: SampleTable[][] = [
  ['income_expenditure_summary', 'income', 'expenditure'],
  ['fiscal_summary', 'general_budget_expenditure', 'basic_expenditure'],
  ['gov_fund_expenditure', 'state_capital_expenditure', 'three_public'],
  ['project_performance'],
  ['procurement', 'assets'],
  ['narrative'],
];

/** Sheet names real workbooks use: anything but the table's name. */
const MIXED_NAMES = [
  '1部门预算收支总表',
  'Sheet3',
  '支出总表',
  '4财政拨款收支总表',
  'Sheet5',
  '附表',
  '表7',
  'Sheet8 (2)',
  '三公',
  '项目绩效',
  'Sheet11',
  '附表2',
  'Sheet13',
];

function sheetName(variant: LayoutVariant, index: number, tables: SampleTable[]): string {
  if (variant.sheetNaming === 'mixed') return MIXED_NAMES[index % MIXED_NAMES.length];
  return tables[0] === 'narrative' ? '情况说明' : `表${index + 1}`;
}

/** Where a table sits on its sheet: the narrative keeps column A (one paragraph per row in A). */
function origin(variant: LayoutVariant, table: SampleTable): { row: number; col: number } {
  return { row: variant.originRow, col: table === 'narrative' ? 0 : variant.originCol };
}

/** Lay out every table of the document; `variant` defaults to the standard layout. */
export function layoutWorkbook(data: BudgetData, variant: LayoutVariant = STANDARD): SampleWorkbook {
  const groups: SampleTable[][] = variant.stacked ? STACKS : SAMPLE_TABLES.map((t) => [t]);
  const builders = groups.map((tables, i) => {
    const sheet = new SheetBuilder(sheetName(variant, i, tables));
    const ctx = new TableContext(sheet, variant);
    let top = origin(variant, tables[0]).row;
    for (const table of tables) {
      const end = LAYOUTS[table](ctx, top, origin(variant, table).col, data);
      top = end + variant.gapRows;
    }
    return sheet;
  });
  return toSampleWorkbook(builders, `${data.unitName}${data.year}年部门预算`);
}
