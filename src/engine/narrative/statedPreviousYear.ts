import type Decimal from 'decimal.js';
import { findPreviousYearStatements, type PreviousYearStatement } from '../narrativeText/findPreviousYearStatements';
import type { BudgetLabelKey } from '../narrativeText/budgetLabels';
import { budgetYearOf } from '../rules/narrative/budgetYear';
import { tablesOf, type BudgetWorkbook } from '../tables/types';
import { templateById } from '../templates';
import { statedFinalPreviousYear } from './final/statedFinalPreviousYear';
import { expenditureFigures } from './expenditureFigures';
import { threePublicFigures } from './threePublicFigures';
import type { PreviousYearFigures } from './types';

/** The last-year amounts a 情况说明 can state, named as the pane's fields name them. */
export type StatedPreviousField =
  | 'total'
  | 'basic'
  | 'project'
  | 'threePublicTotal'
  | 'outbound'
  | 'vehiclePurchase'
  | 'vehicleOps'
  | 'reception'
  | 'fiscalIncome'
  | 'fiscalExpenditure'
  | 'general'
  | 'fund'
  | 'capital'
  // 决算 (JUESUAN.md §5): 收入支出总计, 财政拨款收入支出总计, 机关运行经费, the 三公 公务用车 item as one, and this
  // year's 年初预算 合计 of 一般公共预算财政拨款支出.
  | 'grandTotal'
  | 'fiscalGrandTotal'
  | 'operatingCosts'
  | 'vehicle'
  | 'budgetGeneral';

const FIELD_OF: Partial<Record<BudgetLabelKey, StatedPreviousField>> = {
  budgetTotal: 'total',
  basic: 'basic',
  project: 'project',
  threePublic: 'threePublicTotal',
  outbound: 'outbound',
  vehiclePurchase: 'vehiclePurchase',
  vehicleOps: 'vehicleOps',
  reception: 'reception',
  fiscalIncome: 'fiscalIncome',
  fiscalExpenditure: 'fiscalExpenditure',
  generalExpenditure: 'general',
  fundExpenditure: 'fund',
  capitalExpenditure: 'capital',
};

/** One last-year amount worked out from the text: this year's figure minus the stated change. */
export interface StatedPreviousAmount {
  value: Decimal;
  /** The clause it comes from, e.g. '较2023年预算减少130.4万元'. */
  raw: string;
}

export interface StatedPreviousYear {
  /** Undefined when the text states no change on last year. */
  figures?: PreviousYearFigures;
  amounts: Partial<Record<StatedPreviousField, StatedPreviousAmount>>;
}

/** This year's figure from the tables, for a change stated without it ('基本支出增加7.11万元'). */
function tableFigure(workbook: BudgetWorkbook, field: StatedPreviousField): Decimal | undefined {
  const notes: string[] = [];
  if (field === 'basic' || field === 'project') return expenditureFigures(workbook, notes)[field];
  const t = threePublicFigures(workbook, notes);
  if (!t) return undefined;
  if (field === 'threePublicTotal') return t.total;
  if (field === 'outbound' || field === 'vehiclePurchase' || field === 'vehicleOps' || field === 'reception')
    return t[field];
  return undefined;
}

/**
 * Last year's figures as the workbook's own 情况说明 states them: '2024年预算收支安排384.34万元，较2023年预算减少
 * 130.4万元' gives 2023's 514.74. Used when no previous-year workbook is given; the first statement of a figure
 * wins, and a clause naming another year than the one before the budget year is left out.
 */
export function statedPreviousYear(workbook: BudgetWorkbook): StatedPreviousYear {
  const budgetYear = budgetYearOf(workbook);
  // A 决算's text words its comparisons its own way.
  if (templateById(workbook.template).document === 'final') return statedFinalPreviousYear(workbook, budgetYear);
  const lastYear = budgetYear === undefined ? undefined : budgetYear - 1;
  const amounts: StatedPreviousYear['amounts'] = {};
  let year: number | undefined;
  const take = (s: PreviousYearStatement) => {
    const field = FIELD_OF[s.key];
    if (!field || amounts[field]) return;
    if (s.year !== undefined && lastYear !== undefined && s.year !== lastYear) return;
    const thisYear = s.thisYear ?? tableFigure(workbook, field);
    if (!thisYear) return;
    const value = thisYear.minus(s.change);
    if (value.isNegative()) return;
    amounts[field] = { value, raw: s.raw };
    year ??= s.year;
  };
  for (const table of tablesOf(workbook, 'narrative'))
    for (const p of table.paragraphs) findPreviousYearStatements(p.text).forEach(take);
  if (!Object.keys(amounts).length) return { amounts };

  const v = (f: StatedPreviousField) => amounts[f]?.value;
  const [total, outbound, vehiclePurchase, vehicleOps, reception] = [
    v('threePublicTotal'),
    v('outbound'),
    v('vehiclePurchase'),
    v('vehicleOps'),
    v('reception'),
  ];
  const figures: PreviousYearFigures = { year: year ?? lastYear };
  if (v('total')) figures.total = v('total');
  if (v('basic')) figures.basic = v('basic');
  if (v('project')) figures.project = v('project');
  if (total && outbound && vehiclePurchase && vehicleOps && reception)
    figures.threePublic = {
      total,
      outbound,
      vehicle: vehiclePurchase.plus(vehicleOps),
      vehiclePurchase,
      vehicleOps,
      reception,
    };
  for (const f of ['fiscalIncome', 'fiscalExpenditure', 'general', 'fund', 'capital'] as const)
    if (v(f)) figures[f] = v(f);
  return { figures, amounts };
}
