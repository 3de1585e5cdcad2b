import { normalizeLabel } from '../normalizeText';
import type { SheetView } from '../sheetView';

/**
 * '第二部分 上海市普陀区财政局2024年度部门决算表', '第三部分 …2024年度部门决算情况说明': the part headings name the unit
 * and the 决算 year, which no 决算 table title carries.
 */
const HEADING = /^(?:第[一二三四五六七八九十]+部分)?(.+?)((?:19|20)\d{2})年度?(?:部门|单位)决算/;
/** Rows of each sheet searched for a heading: it is the first or second text of its sheet. */
const HEADING_ROWS = 3;

export interface FinalDocumentHeading {
  unitName: string;
  year: number;
}

/** The unit and year of the first part heading found at the top of a sheet, in sheet order. */
export function findFinalDocumentHeading(views: readonly SheetView[]): FinalDocumentHeading | undefined {
  for (const view of views) {
    let seen = 0;
    for (let row = 0; row < view.rowCount && seen < HEADING_ROWS; row++) {
      const cols = view.nonEmptyCols(row);
      if (cols.length === 0) continue;
      seen++;
      const m = HEADING.exec(normalizeLabel(view.text(row, cols[0])));
      if (m) return { unitName: m[1], year: Number(m[2]) };
    }
  }
  return undefined;
}
