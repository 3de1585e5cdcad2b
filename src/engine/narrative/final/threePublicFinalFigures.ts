import Decimal from 'decimal.js';
import { tableOf, type BudgetWorkbook, type Figure, type ThreePublicRow } from '../../tables/types';
import { valueOf } from '../tableTotal';
import type { ThreePublicFigures } from '../types';

/** One column of 表7 (预算数 or 决算数) as figures; a missing 小计 or 合计 is the sum of its parts. */
function column(cells: Partial<Record<ThreePublicRow, Figure>>): ThreePublicFigures {
  const v = (row: ThreePublicRow) => (cells[row] ? valueOf(cells[row]) : undefined);
  const vehiclePurchase = v('vehiclePurchase') ?? new Decimal(0);
  const vehicleOps = v('vehicleOps') ?? new Decimal(0);
  const vehicle = v('vehicle') ?? vehiclePurchase.plus(vehicleOps);
  const outbound = v('outbound') ?? new Decimal(0);
  const reception = v('reception') ?? new Decimal(0);
  const total = v('total') ?? outbound.plus(vehicle).plus(reception);
  return { total, outbound, vehicle, vehiclePurchase, vehicleOps, reception };
}

/** 表7's 预算数 and 决算数; undefined without the table. An empty table (故本表无数据) is all zeros. */
export function threePublicFinalFigures(
  wb: BudgetWorkbook,
): { budget: ThreePublicFigures; actual: ThreePublicFigures } | undefined {
  const t7 = tableOf(wb, 'final_three_public');
  if (!t7) return undefined;
  return { budget: column(t7.budget), actual: column(t7.actual) };
}

/** The three items as the 决算 text names them. */
export const THREE_PUBLIC_ITEMS = [
  ['outbound', '因公出国（境）费'],
  ['vehicle', '公务用车购置及运行维护费'],
  ['reception', '公务接待费'],
] as const;
