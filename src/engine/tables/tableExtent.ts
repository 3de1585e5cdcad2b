import type { CellRange } from '../grid';
import type { TitleHit } from './findTableTitles';
import type { SheetView } from './sheetView';

/** Where one table sits on its sheet. */
export interface TableExtent {
  title: TitleHit;
  range: CellRange;
}

/**
 * Split a sheet's titles into tables. A table runs from its title to the row before the next table's title
 * on the same sheet, or to its last non-empty row. Project block titles ('2、…绩效目标表') continue the
 * project table they follow, and a repeated 情况说明 title continues the narrative.
 */
export function tableExtents(view: SheetView, titles: TitleHit[]): TableExtent[] {
  const starts: TitleHit[] = [];
  for (const hit of titles) {
    const open = starts[starts.length - 1];
    const continues =
      open && open.kind === hit.kind && (hit.kind === 'project_performance' || hit.kind === 'narrative');
    if (!continues) starts.push(hit);
  }
  return starts.map((title, i) => {
    const limit = i + 1 < starts.length ? starts[i + 1].row - 1 : view.rowCount - 1;
    let bottom = limit;
    while (bottom > title.row && view.rowIsEmpty(bottom)) bottom--;
    let left = title.col;
    let right = view.mergeRight(title.row, title.col);
    for (let r = title.row; r <= bottom; r++) {
      const cols = view.nonEmptyCols(r);
      if (cols.length === 0) continue;
      left = Math.min(left, cols[0]);
      right = Math.max(right, view.mergeRight(r, cols[cols.length - 1]));
    }
    return { title, range: { top: title.row, left, bottom, right } };
  });
}
