import type { CheckContext } from '../../src/engine/rules/rule';
import type { TableKind } from '../../src/engine/tableKinds';
import type { BudgetWorkbook, TableBase, TypedTable } from '../../src/engine/tables/types';
import { textCell } from './figures';

/** The parts every typed table carries, for a table of `kind` on `sheet`; override what a test needs. */
export function tableBase<K extends TableKind>(
  kind: K,
  sheet: string,
  overrides: Partial<Omit<TableBase, 'kind'>> = {},
): TableBase & { kind: K } {
  return {
    kind,
    sheet,
    range: { top: 0, left: 0, bottom: 20, right: 8 },
    title: textCell(kind, 'A1', sheet),
    meta: {},
    empty: false,
    badAmounts: [],
    allFigures: [],
    ...overrides,
  };
}

/** A check context over the given typed tables (no grid: rules read typed tables only). */
export function contextOf(
  tables: TypedTable[],
  options: { strict?: boolean; workbook?: Partial<BudgetWorkbook> } = {},
): CheckContext {
  return {
    workbook: { tables, ...options.workbook },
    grid: { sheets: [] },
    options: { strict: options.strict ?? false },
  };
}
