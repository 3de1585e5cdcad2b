import type { TableKind } from '../tableKinds';
import { TEMPLATES } from '../templates';
import type { HeaderSignature, TemplateId } from '../templates/types';
import type { TitleHit, TitleMatch } from './findTableTitles';
import { isMetaText } from './readTableMeta';
import type { SheetView } from './sheetView';

/** Header rows a signature's header patterns are matched in: the first and the two below it. */
const HEADER_ROWS = 3;
/** Rows below the header searched for a signature's row labels. */
const ROW_LABEL_REACH = 80;

/** Normalized texts of the non-empty cells of rows [from, to]. */
function labelsOf(view: SheetView, from: number, to: number): string[] {
  const labels: string[] = [];
  for (let r = from; r <= Math.min(to, view.rowCount - 1); r++) {
    for (const c of view.nonEmptyCols(r)) labels.push(view.label(r, c));
  }
  return labels;
}

/** Does every pattern match a cell of its own? */
function everyMatchesOwnCell(patterns: readonly RegExp[], labels: string[]): boolean {
  const used = new Set<number>();
  return patterns.every((pattern) => {
    const i = labels.findIndex((label, j) => !used.has(j) && pattern.test(label));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
}

function signatureMatches(view: SheetView, row: number, signature: HeaderSignature): boolean {
  if (!everyMatchesOwnCell(signature.header, labelsOf(view, row, row + HEADER_ROWS - 1))) return false;
  const below = labelsOf(view, row + HEADER_ROWS, row + ROW_LABEL_REACH);
  return (signature.rows ?? []).every((pattern) => below.some((label) => pattern.test(label)));
}

/** The kind each template reads a header starting at `row` as. */
function headerMatches(view: SheetView, row: number): TitleHit['matches'] {
  const matches: TitleHit['matches'] = {};
  for (const template of TEMPLATES) {
    const signature = (template.headers ?? []).find((s) => signatureMatches(view, row, s));
    if (signature) matches[template.id as TemplateId] = { kind: signature.kind, projectBlock: false };
  }
  return matches;
}

/**
 * Where the table of a header starting at `headerRow` begins: the short text row above its meta rows
 * ('部门预算公开表'), else the row just above the header. Undefined when the header is the sheet's first row.
 */
function titleCellAbove(
  view: SheetView,
  headerRow: number,
  top: number,
): { row: number; col: number; text: string } | undefined {
  for (let row = headerRow - 1; row >= top; row--) {
    const cols = view.nonEmptyCols(row);
    const meta = cols.some((c) => isMetaText(view.label(row, c)));
    if (cols.length > 0 && !meta)
      return cols.length <= 2 ? { row, col: cols[0], text: view.text(row, cols[0]) } : undefined;
  }
  if (headerRow - 1 < top) return undefined;
  return { row: headerRow - 1, col: view.nonEmptyCols(headerRow)[0] ?? 0, text: '' };
}

/**
 * Tables known by their header alone, in rows [0, before) of a sheet: above the sheet's first recognised title,
 * where no title claims them. One per kind, the first header found (a header repeated on a new page is not a
 * second table).
 */
export function findHeaderTables(
  view: SheetView,
  before: number,
  fallbackTitle: (kind: TableKind) => string,
): TitleHit[] {
  const hits: TitleHit[] = [];
  const seen = new Set<TableKind>();
  for (let row = 0; row < Math.min(before, view.rowCount); row++) {
    if (view.nonEmptyCols(row).length < 2) continue;
    const matches = headerMatches(view, row);
    const first = TEMPLATES.map((t) => matches[t.id]).find((m): m is TitleMatch => m !== undefined);
    if (!first || seen.has(first.kind)) continue;
    const top = hits.length > 0 ? hits[hits.length - 1].row + 1 : 0;
    const title = titleCellAbove(view, row, top);
    if (!title) continue;
    hits.push({ ...title, text: title.text || fallbackTitle(first.kind), ...first, matches });
    seen.add(first.kind);
    row += HEADER_ROWS - 1;
  }
  return hits;
}
