import type { TableMeta, TextCell } from './types';
import { normalizeLabel } from './normalizeText';
import type { SheetView } from './sheetView';

export interface MetaResult {
  meta: TableMeta;
  /** 截止时间 of the assets table. */
  asOf?: TextCell;
  /** First non-empty row after the title and meta rows: where the header starts. */
  nextRow: number;
}

const YEAR = /预算年度:?(\d{4})/;
const MEASURE = /(?:金额)?单位:?(万元|千元|元)/;
const AS_OF = /截止(?:时间|日期)?:?(.+)$/;

/** Does a cell belong to a meta row (year, measure, date) rather than a header? */
function isMetaText(label: string): boolean {
  return YEAR.test(label) || MEASURE.test(label) || AS_OF.test(label);
}

/** Header words: a row with one of them is the header, even when it states a 金额单位. */
const HEADER_WORD = /^(序号|项目|栏次|科目|收入|支出|数量)/;

/** The unit name: a short cell with no header words in it. */
function looksLikeUnitName(label: string): boolean {
  return label.length > 0 && label.length <= 40 && !HEADER_WORD.test(label);
}

/** Read the meta row(s) between a title and its header: unit name, 预算年度, 单位, 截止时间. */
export function readTableMeta(view: SheetView, titleRow: number, bottom: number): MetaResult {
  const meta: TableMeta = {};
  let asOf: TextCell | undefined;
  let row = titleRow + 1;
  while (row <= bottom && view.rowIsEmpty(row)) row++;
  // Up to two meta rows: some templates put the unit name on its own row above 预算年度/单位.
  for (let seen = 0; seen < 2 && row <= bottom; seen++) {
    const cols = view.nonEmptyCols(row);
    const labels = cols.map((c) => normalizeLabel(view.text(row, c)));
    if (!labels.some(isMetaText) || labels.some((l) => HEADER_WORD.test(l))) break;
    cols.forEach((col, i) => {
      const label = labels[i];
      const cell = view.ref(row, col);
      const year = YEAR.exec(label);
      const measure = MEASURE.exec(label);
      const date = AS_OF.exec(label);
      if (year) meta.year = { value: Number(year[1]), cell };
      if (measure) meta.measure = { text: measure[1], cell };
      if (date) asOf = { text: date[1], cell };
      if (!year && !measure && !date && !meta.unitName && looksLikeUnitName(label)) {
        meta.unitName = {
          text: view
            .text(row, col)
            .replace(/\[bookmark:[^\]]*\]/g, '')
            .trim(),
          cell,
        };
      }
    });
    row++;
    while (row <= bottom && view.rowIsEmpty(row)) row++;
  }
  return { meta, asOf, nextRow: row };
}

/** A '金额单位：万元' written in a header cell (the assets table does this) gives the measure. */
export function measureFromText(label: string): string | undefined {
  return MEASURE.exec(label)?.[1];
}
