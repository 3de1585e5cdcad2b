import { tableOf, type BudgetWorkbook, type ThreePublicRow, type ThreePublicTable } from '../tables/types';
import type { ThreePublicFigures } from './types';
import { settleTotal, valueOf } from './tableTotal';

/** A row's amount: its 合计 column, else its 一般公共预算 column (as the narrative checks read it). */
function rowFigure(t: ThreePublicTable, key: ThreePublicRow) {
  const values = t.rows[key]?.values;
  return values?.total ?? values?.general;
}

/** The “三公” figures of the 三公 table; undefined when there is no such table. */
export function threePublicFigures(wb: BudgetWorkbook, notes: string[]): ThreePublicFigures | undefined {
  const t = tableOf(wb, 'three_public');
  if (!t) return undefined;
  const outbound = valueOf(rowFigure(t, 'outbound'));
  const vehiclePurchase = valueOf(rowFigure(t, 'vehiclePurchase'));
  const vehicleOps = valueOf(rowFigure(t, 'vehicleOps'));
  const reception = valueOf(rowFigure(t, 'reception'));
  const vehicle = settleTotal(
    `${t.title.text}“公务用车购置及运维费”`,
    rowFigure(t, 'vehicle'),
    [vehiclePurchase, vehicleOps],
    notes,
  );
  const total = settleTotal(`${t.title.text}“合计”`, rowFigure(t, 'total'), [outbound, vehicle, reception], notes);
  return { total, outbound, vehicle, vehiclePurchase, vehicleOps, reception };
}
