import { TABLE_KIND_NAMES, type TableKind } from '../tableKinds';
import { DEFAULT_TEMPLATE, TEMPLATES, type BudgetTemplate, type TemplateId } from '../templates';
import { findHeaderTables } from './findHeaderTables';
import { normalizeLabel } from './normalizeText';
import type { SheetView } from './sheetView';

/** What one template reads a title as. */
export interface TitleMatch {
  kind: TableKind;
  /** A per-project block title ('1、…绩效目标表') rather than a table title. */
  projectBlock: boolean;
}

/** A cell whose text is a table title. */
export interface TitleHit extends TitleMatch {
  row: number;
  col: number;
  text: string;
  /** How each template that knows this title reads it; `kind` is the first template's reading. */
  matches: Partial<Record<TemplateId, TitleMatch>>;
}

/** Longest text still taken for a title; longer cells are paragraphs. */
const MAX_TITLE_LENGTH = 60;

/** '表1-2', '表3：', '附表2 ', '1.', '4．' … in front of a title. */
const TABLE_NUMBER = /^(附?表\d+(-\d+)?[:、.]?|\d+[.、](?!\d))/;
/** Year and the 部门/单位 publisher prefix: '2025年', '2025年度', '2025年部门', '2025年预算单位'. */
const YEAR_PREFIX = /^((\d{4}年(度)?)|\(\d{4}年(度)?\))/;
/** Per-project block titles: '1、互联网传播精品生产扶持专项经费绩效目标表'. */
const PROJECT_BLOCK = /^\d+[、.].+绩效目标表$/;
/** A sentence that points at a table ('详见单位的项目绩效目标表') is not its title. */
const REFERENCE = /^(详见|见|参见|具体见)/;
/** A sheet headed '目录' lists the tables; its lines ('一、单位主要职能') are not their titles. */
const CONTENTS_HEADING = /^目录$/;
/** A table-of-contents line ('一、部门主要职能 ………', '3. …预算总表 ......') names a table, it is not its title. */
const CONTENTS_LEADER = /…|\.{3,}|·{3,}/;

/** The bare title text the patterns are matched against, or undefined when the text cannot be a title. */
function bareTitle(text: string): { label: string; bare: string } | undefined {
  const label = normalizeLabel(text);
  if (label.length < 4 || label.length > MAX_TITLE_LENGTH || /[。，;；]/.test(label)) return undefined;
  if (REFERENCE.test(label) || CONTENTS_LEADER.test(label)) return undefined;
  return { label, bare: label.replace(TABLE_NUMBER, '').replace(YEAR_PREFIX, '') };
}

/** How one template reads a title text, or undefined. */
export function titleMatch(text: string, template: BudgetTemplate): TitleMatch | undefined {
  const title = bareTitle(text);
  return title === undefined ? undefined : bareTitleMatch(title, template);
}

/** How one template reads a bare title. */
function bareTitleMatch(title: { label: string; bare: string }, template: BudgetTemplate): TitleMatch | undefined {
  for (const [kind, pattern] of template.titles) {
    if (pattern.test(title.bare))
      return { kind, projectBlock: kind === 'project_performance' && PROJECT_BLOCK.test(title.label) };
  }
  return undefined;
}

/** The table kind a title text names under `template` (the default template when not given), or undefined. */
export function titleKind(text: string, template: BudgetTemplate = DEFAULT_TEMPLATE): TitleMatch | undefined {
  return titleMatch(text, template);
}

/** Every template's reading of a text; undefined when none reads it as a title. */
function titleMatches(text: string): TitleHit['matches'] | undefined {
  // Every cell of a sparse row is tried: make its bare text once, not once per template.
  const title = bareTitle(text);
  if (title === undefined) return undefined;
  const matches: TitleHit['matches'] = {};
  let any = false;
  for (const template of TEMPLATES) {
    const m = bareTitleMatch(title, template);
    if (m) {
      matches[template.id] = m;
      any = true;
    }
  }
  return any ? matches : undefined;
}

/**
 * Every table start of a sheet, top to bottom, as every template reads it: title cells (the first matching cell
 * of a row), and above the first title any table known by its header alone (see findHeaderTables).
 */
export function findTableTitles(view: SheetView): TitleHit[] {
  if (isContentsSheet(view)) return [];
  const titles = findTitleCells(view);
  const headed = findHeaderTables(view, titles[0]?.row ?? view.rowCount, (kind) => TABLE_KIND_NAMES[kind]);
  return [...headed, ...titles];
}

/** Is the sheet a table of contents: its first text '目录' ('目  录')? */
function isContentsSheet(view: SheetView): boolean {
  for (let row = 0; row < view.rowCount; row++) {
    const cols = view.nonEmptyCols(row);
    if (cols.length > 0) return CONTENTS_HEADING.test(view.label(row, cols[0]));
  }
  return false;
}

/** Every title cell of a sheet, top to bottom (the first matching cell of a row), as every template reads it. */
function findTitleCells(view: SheetView): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let row = 0; row < view.rowCount; row++) {
    const cols = view.nonEmptyCols(row);
    // A title stands nearly alone on its row; a row full of cells is a header or data row.
    if (cols.length === 0 || cols.length > 2) continue;
    for (const col of cols) {
      const text = view.text(row, col);
      const matches = titleMatches(text);
      if (matches) {
        const first = TEMPLATES.map((t) => matches[t.id]).find((m) => m !== undefined) as TitleMatch;
        hits.push({ row, col, text: text.replace(/\[bookmark:[^\]]*\]/g, '').trim(), ...first, matches });
        break;
      }
    }
  }
  return hits;
}

/** A sheet's hits as `template` reads them: its own reading where it has one, else the first template's. */
export function hitsFor(hits: readonly TitleHit[], template: BudgetTemplate): TitleHit[] {
  return hits.map((h) => {
    const own = h.matches[template.id];
    return own ? { ...h, ...own } : h;
  });
}
