import { normalizeCode } from '../rules/codedTables';
import { tableOf, type BudgetWorkbook, type Figure, type ThreePublicRow } from '../tables/types';
import { valueIn } from '../tolerance';
import type { BudgetAmount, YearBudgetFigures } from './types';

const THREE_PUBLIC_ROWS: readonly ThreePublicRow[] = [
  'total',
  'outbound',
  'vehicle',
  'vehiclePurchase',
  'vehicleOps',
  'reception',
];

/** A table figure in 万元, exactly (a 元 table's 12,029,501.84 → 1202.950184): rules round where they compare. */
function amountOf(figure: Figure | undefined): BudgetAmount | undefined {
  return figure ? { value: valueIn(figure, '万元'), cell: figure.cell } : undefined;
}

/** 一般公共预算（财政拨款）支出功能分类 表: its 合计 and each coded row's 合计. */
function generalOf(wb: BudgetWorkbook): YearBudgetFigures['general'] {
  const table = tableOf(wb, 'general_budget_expenditure');
  if (!table) return undefined;
  const byCode = new Map<string, BudgetAmount>();
  for (const row of table.rows) {
    const code = normalizeCode(row.code);
    const amount = amountOf(row.values.total);
    // A code printed twice keeps its first row, as the reader's other lookups do.
    if (/^\d{3}(\d{2}){0,2}$/.test(code) && amount && !byCode.has(code)) byCode.set(code, amount);
  }
  const total = amountOf(table.total?.values.total);
  return total ? { total, byCode } : { byCode };
}

/**
 * 财政拨款“三公”经费 预算数 per item. Hebei's 合计 column already is every 财政拨款 column's total (一般公共预算 +
 * 政府性基金 + 国有资本经营), which is what a 决算's 财政拨款“三公”经费 表 budgets; its 一般公共预算 column is only the
 * fallback. Shanghai reads each item's one cell as 'total'.
 */
function threePublicOf(wb: BudgetWorkbook): YearBudgetFigures['threePublic'] {
  const table = tableOf(wb, 'three_public');
  if (!table) return undefined;
  const items: Partial<Record<ThreePublicRow, BudgetAmount>> = {};
  for (const row of THREE_PUBLIC_ROWS) {
    const values = table.rows[row]?.values;
    const amount = amountOf(values?.total ?? values?.general);
    if (amount) items[row] = amount;
  }
  return Object.keys(items).length ? items : undefined;
}

/**
 * The 年初预算 figures of a recognised 部门预算 workbook (Hebei or Shanghai), in 万元, each with its cell, for the
 * same year's 决算. A table the workbook lacks leaves its field absent — never zero — so no rule compares it.
 * `source` names the 预算 file in messages.
 */
export function readYearBudget(wb: BudgetWorkbook, source: string): YearBudgetFigures {
  const figures: YearBudgetFigures = { source };
  if (wb.year !== undefined) figures.year = wb.year;
  const general = generalOf(wb);
  if (general) figures.general = general;
  const threePublic = threePublicOf(wb);
  if (threePublic) figures.threePublic = threePublic;
  const operatingCosts = amountOf(tableOf(wb, 'three_public')?.operatingCosts);
  if (operatingCosts) figures.operatingCosts = operatingCosts;
  return figures;
}
