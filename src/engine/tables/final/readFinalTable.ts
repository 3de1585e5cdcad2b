import type { FinalTableKind, TableKind } from '../../tableKinds';
import { FINAL_TABLE_KINDS } from '../../tableKinds';
import type { SheetView } from '../sheetView';
import type { TableExtent } from '../tableExtent';
import type { TypedTable } from '../types';
import { isFinalCodedKind } from './finalColumns';
import { readFinalMeta } from './finalMeta';
import { readFinalBasic } from './readFinalBasic';
import { readFinalCodedTable } from './readFinalCodedTable';
import { readFinalSummary } from './readFinalSummary';
import { readFinalThreePublic } from './readFinalThreePublic';

export function isFinalKind(kind: TableKind): kind is FinalTableKind {
  return (FINAL_TABLE_KINDS as readonly TableKind[]).includes(kind);
}

/** Read one 决算 table with the reader for its kind; undefined when its shape is not recognised. */
export function readFinalTable(kind: FinalTableKind, view: SheetView, extent: TableExtent): TypedTable | undefined {
  const meta = readFinalMeta(view, extent.title.row, extent.range.bottom);
  if (isFinalCodedKind(kind)) return readFinalCodedTable(kind, view, extent, meta) as TypedTable | undefined;
  switch (kind) {
    case 'final_income_expenditure_summary':
    case 'final_fiscal_summary':
      return readFinalSummary(kind, view, extent, meta);
    case 'final_basic_expenditure':
      return readFinalBasic(view, extent, meta);
    case 'final_three_public':
      return readFinalThreePublic(view, extent, meta);
    default:
      return undefined;
  }
}
