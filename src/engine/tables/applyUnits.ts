import type { BudgetTemplate } from '../templates/types';
import { isMeasure, normalizeMeasure, tableUnit, type Measure } from '../units';
import type { TypedTable } from './types';

/** The measure a table is in: what its meta row says, else what its template publishes it in. */
export function tableMeasure(table: TypedTable, template: BudgetTemplate): Measure {
  const stated = table.meta.measure ? normalizeMeasure(table.meta.measure.text) : undefined;
  if (isMeasure(stated)) return stated;
  return template.tableMeasures?.[table.kind] ?? template.measure;
}

/**
 * Give every figure of a table its unit. The step follows from the decimals the table prints: the most any of
 * its non-zero figures shows (number format first, else the digits written), so a 元 table printed to the fen is
 * exact and one printed in whole 元 is rounded to 1 元.
 */
export function applyUnits(table: TypedTable, template: BudgetTemplate): void {
  const measure = tableMeasure(table, template);
  let printed = 0;
  for (const f of table.allFigures) {
    if (f.amount.kind !== 'number' || f.value.isZero()) continue;
    printed = Math.max(printed, f.amount.printedDecimals ?? f.amount.decimals);
  }
  const unit = tableUnit(measure, printed);
  for (const f of table.allFigures) f.unit = unit;
}
