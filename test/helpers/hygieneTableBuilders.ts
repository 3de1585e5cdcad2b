import type { TableKind } from '../../src/engine/tableKinds';
import type { Figure, TypedTable } from '../../src/engine/tables/types';
import { textCell } from './figures';
import { tableBase } from './ruleContextBuilder';

export interface HygieneSpec {
  kind: TableKind;
  sheet: string;
  unit?: string;
  year?: number;
  measure?: string;
  empty?: boolean;
  note?: string;
  figures?: Figure[];
  badAmounts?: Figure[];
}

/**
 * A table carrying only what family 9 reads (meta row, empty flag, figures). Typed as TypedTable: the
 * hygiene rules read only TableBase fields.
 */
export function hygieneTable(spec: HygieneSpec): TypedTable {
  const base = tableBase(spec.kind, spec.sheet, {
    title: textCell(`部门预算${spec.kind}`, 'A1', spec.sheet),
    meta: {
      unitName: spec.unit === undefined ? undefined : textCell(spec.unit, 'A2', spec.sheet),
      year: spec.year === undefined ? undefined : { value: spec.year, cell: { sheet: spec.sheet, address: 'D2' } },
      measure: spec.measure === undefined ? undefined : textCell(spec.measure, 'H2', spec.sheet),
    },
    empty: spec.empty ?? false,
    emptyNote: spec.note === undefined ? undefined : textCell(spec.note, 'A12', spec.sheet),
    allFigures: spec.figures ?? [],
    badAmounts: spec.badAmounts ?? [],
  });
  return base as TypedTable;
}

/** Seed 000 meta: every table says 224网信办, 预算年度：2024, 单位：万元. */
export function seedMetaTables(kinds: TableKind[]): TypedTable[] {
  return kinds.map((kind, i) =>
    hygieneTable({ kind, sheet: `表${i + 1}`, unit: '224网信办', year: 2024, measure: '单位：万元' }),
  );
}
