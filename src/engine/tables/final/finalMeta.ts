import { normalizeLabel } from '../normalizeText';
import { readTableMeta, type MetaResult } from '../readTableMeta';
import type { SheetView } from '../sheetView';

/** The national 公开表's tag at the top right of each table: '公开01表' … '公开09表'. */
const TAG = /^公开\d{2}表$/;
/** The national meta row names the unit '部门：…' (readTableMeta knows '编制部门：'). */
const DEPARTMENT_PREFIX = /^部门\s*[:：]\s*/;

function isTagRow(view: SheetView, row: number): boolean {
  const cols = view.nonEmptyCols(row);
  return cols.length > 0 && cols.every((c) => TAG.test(view.label(row, c)));
}

/**
 * The meta of a 决算 table: readTableMeta, stepping over a '公开NN表' row between the title and the '部门：' /
 * '金额单位：万元' row, and without the '部门：' prefix on the unit name.
 */
export function readFinalMeta(view: SheetView, titleRow: number, bottom: number): MetaResult {
  let result = readTableMeta(view, titleRow, bottom);
  if (result.nextRow <= bottom && isTagRow(view, result.nextRow)) {
    const afterTag = readTableMeta(view, result.nextRow, bottom);
    result = { ...afterTag, meta: { ...result.meta, ...afterTag.meta, year: afterTag.meta.year ?? result.meta.year } };
  }
  const unitName = result.meta.unitName;
  if (unitName && DEPARTMENT_PREFIX.test(normalizeLabel(unitName.text))) {
    const text = unitName.text.replace(DEPARTMENT_PREFIX, '').trim();
    const meta = { ...result.meta };
    if (text) meta.unitName = { ...unitName, text };
    else delete meta.unitName;
    result = { ...result, meta };
  }
  return result;
}
