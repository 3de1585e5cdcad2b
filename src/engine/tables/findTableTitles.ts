import type { TableKind } from '../tableKinds';
import { normalizeLabel } from './normalizeText';
import type { SheetView } from './sheetView';

/** A cell whose text is a table title. */
export interface TitleHit {
  row: number;
  col: number;
  text: string;
  kind: TableKind;
  /** A per-project block title ('1、…绩效目标表') rather than a table title. */
  projectBlock: boolean;
}

/** Longest text still taken for a title; longer cells are paragraphs. */
const MAX_TITLE_LENGTH = 60;

/**
 * Title patterns, most specific first: '财政拨款收支总表' before '收支总表', '基本支出表' before the general
 * budget table. Matched against the title with spaces, quotes, 表N numbering and year prefix removed.
 */
const TITLE_PATTERNS: Array<[TableKind, RegExp]> = [
  ['fiscal_summary', /财政拨款收支总表$/],
  ['income_expenditure_summary', /收支总表$/],
  ['income', /收入总表$/],
  ['expenditure', /支出总表$/],
  ['basic_expenditure', /基本支出(预算)?表$/],
  ['general_budget_expenditure', /一般公共预算(财政拨款)?支出(预算)?表$/],
  ['gov_fund_expenditure', /政府性基金预算(财政拨款)?支出(预算)?表$/],
  ['state_capital_expenditure', /国有资本经营预算(财政拨款)?支出(预算)?表$/],
  ['three_public', /三公经费(支出|预算)?(预算)?表$/],
  ['project_performance', /绩效目标表$/],
  ['procurement', /政府采购预算(表|明细表)?$/],
  ['assets', /固定资产占用(情况)?表$/],
  ['narrative', /情况说明$/],
];

/** '表1-2', '表3：', '附表2 ' … in front of a title. */
const TABLE_NUMBER = /^(附?表\d+(-\d+)?[:、.]?)/;
/** Per-project block titles: '1、互联网传播精品生产扶持专项经费绩效目标表'. */
const PROJECT_BLOCK = /^\d+[、.].+绩效目标表$/;

/** The table kind a title text names, or undefined. */
export function titleKind(text: string): { kind: TableKind; projectBlock: boolean } | undefined {
  const label = normalizeLabel(text);
  if (label.length < 4 || label.length > MAX_TITLE_LENGTH || /[。，;；]/.test(label)) return undefined;
  const bare = label.replace(TABLE_NUMBER, '').replace(/^(\d{4}年(度)?)/, '');
  for (const [kind, pattern] of TITLE_PATTERNS) {
    if (pattern.test(bare)) return { kind, projectBlock: kind === 'project_performance' && PROJECT_BLOCK.test(bare) };
  }
  return undefined;
}

/** Every title cell of a sheet, top to bottom (the first matching cell of a row). */
export function findTableTitles(view: SheetView): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let row = 0; row < view.rowCount; row++) {
    const cols = view.nonEmptyCols(row);
    // A title stands nearly alone on its row; a row full of cells is a header or data row.
    if (cols.length === 0 || cols.length > 2) continue;
    for (const col of cols) {
      const text = view.text(row, col);
      const found = titleKind(text);
      if (found) {
        hits.push({ row, col, text: text.replace(/\[bookmark:[^\]]*\]/g, '').trim(), ...found });
        break;
      }
    }
  }
  return hits;
}
