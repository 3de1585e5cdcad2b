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

/** '预算年度：2024' (Hebei), or a form's '（2023年度）' line under its title (Shanghai 绩效目标填报表). */
const YEAR = /^(?:.*预算年度:?(\d{4})|\((\d{4})年度?\))/;
const MEASURE = /(?:金额)?单位:?(万元|千元|元)/;
const AS_OF = /截止(?:时间|日期)?:?(.+)$/;
/** Who the table belongs to, as the meta row or the cover introduces it: '编制部门：…', '预算单位：…'. */
const UNIT_PREFIX = /^(?:编制部门|编制单位|预算主管部门|预算单位):/;
/** A year in a title: '2025年部门收入预算总表', '上海市普陀区2025年区级部门预算'. */
const TITLE_YEAR = /((?:19|20)\d{2})年/;

/** Does a cell belong to a meta row (year, measure, date, a prefixed unit name) rather than a header? */
export function isMetaText(label: string): boolean {
  return YEAR.test(label) || MEASURE.test(label) || AS_OF.test(label) || UNIT_PREFIX.test(label);
}

/** The year a title states, with the title cell: where a template has no 预算年度 cell, the titles date it. */
export function yearFromTitle(view: SheetView, titleRow: number): TableMeta['year'] {
  for (const col of view.nonEmptyCols(titleRow)) {
    const m = TITLE_YEAR.exec(normalizeLabel(view.text(titleRow, col)));
    if (m) return { value: Number(m[1]), cell: view.ref(titleRow, col) };
  }
  return undefined;
}

/** The unit name a meta cell gives, without its '编制部门：' prefix; '' for the template's empty '编制部门：'. */
function unitNameText(text: string): string {
  return text
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .trim()
    .replace(/^(?:编制部门|编制单位|预算主管部门|预算单位)\s*[:：]\s*/, '')
    .trim();
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
    const labels = cols.map((c) => view.label(row, c));
    if (!labels.some(isMetaText) || labels.some((l) => HEADER_WORD.test(l))) break;
    cols.forEach((col, i) => {
      const label = labels[i];
      const cell = view.ref(row, col);
      const year = YEAR.exec(label);
      const measure = MEASURE.exec(label);
      const date = AS_OF.exec(label);
      if (year) meta.year = { value: Number(year[1] ?? year[2]), cell };
      if (measure) meta.measure = { text: measure[1], cell };
      if (date) asOf = { text: date[1], cell };
      const unitName = unitNameText(view.text(row, col));
      if (!year && !measure && !date && !meta.unitName && unitName !== '' && looksLikeUnitName(label)) {
        meta.unitName = { text: unitName, cell };
      }
    });
    row++;
    while (row <= bottom && view.rowIsEmpty(row)) row++;
  }
  meta.year ??= yearFromTitle(view, titleRow);
  return { meta, asOf, nextRow: row };
}

/** A '金额单位：万元' written in a header cell (the assets table does this) gives the measure. */
export function measureFromText(label: string): string | undefined {
  return MEASURE.exec(label)?.[1];
}
