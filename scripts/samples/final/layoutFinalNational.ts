/**
 * The nine 决算 tables in the national 公开01–09表 layout (JUESUAN.md §3, §6): a '公开NN表' tag top right, a
 * '部门：xxx' / '金额单位：万元' row, one code column, a 栏次 row, 行次 columns in 表1/表4, 表7 grouped 预算数 then 决算数,
 * 表6 in three blocks and 公开09表 spend-only.
 */
import { chineseNumeral } from '../budgetData';
import type { HeaderCell } from '../tableWriter';
import {
  FINAL_EXPENDITURE_COLUMNS,
  FINAL_FISCAL_COLUMNS,
  FINAL_FUND_COLUMNS,
  FINAL_GENERAL_COLUMNS,
  FINAL_INCOME_COLUMNS,
  FINAL_INCOME_ROLES,
  FISCAL_ROLES,
  THREE_PUBLIC_ITEMS,
  type FinalBasicRow,
  type FinalCodedTable,
  type FinalData,
} from './finalData';
import { FinalSheet } from './finalSheet';
import type { FinalVariant } from './finalVariant';
import {
  EXPENDITURE_HEADERS,
  FISCAL_INCOME_LABELS,
  GENERAL_HEADERS,
  INCOME_HEADERS,
  SUMMARY_INCOME_LABELS,
  THREE_PUBLIC_LABELS,
} from './layoutFinalShanghai';

/** Tag, title and the 部门 / 金额单位 row; returns the first header row. */
function head(s: FinalSheet, width: number, title: string, unitName: string): number {
  const tag = `公开${String(s.table).padStart(2, '0')}表`;
  s.sheet.text(0, width - 1, tag, { align: 'right' }, false);
  s.title(1, width, title);
  s.sheet.text(2, 0, `部门：${unitName}`, { align: 'left' }, false);
  s.sheet.text(2, width - 1, '金额单位：万元', { align: 'right' }, false);
  return 3;
}

/** A 科目 table with 合计 first; `keys` are the amount columns. */
function codedTable(
  s: FinalSheet,
  title: string,
  unitName: string,
  groupHeader: HeaderCell[][],
  keys: readonly string[],
  t: FinalCodedTable<string>,
): number {
  const width = 2 + keys.length;
  let r = head(s, width, title, unitName);
  r += s.header(r, 0, width, groupHeader);
  s.text(r, 1, '');
  s.columnNumbers(
    r++,
    0,
    keys.map((_, i) => 2 + i),
  );
  const amounts = (row: number, a: Partial<Record<string, string | null>>) =>
    keys.forEach((k, i) => s.amount(row, 2 + i, a[k]));
  s.merged(r, 0, 1, '合计');
  amounts(r++, t.total);
  for (const row of t.rows) {
    s.text(r, 0, row.code);
    s.text(r, 1, row.name);
    amounts(r++, row.amounts);
  }
  return r;
}

function simpleHeader(headers: string[]): HeaderCell[][] {
  return [
    [{ text: '项目', colSpan: 2 }, ...headers.map((text) => ({ text, rowSpan: 2 }))],
    [{ text: '科目编码' }, { text: '科目名称' }],
  ];
}

function fundHeader(spendOnly: boolean): HeaderCell[][] {
  const spend: HeaderCell = { text: '本年支出', colSpan: 3 };
  return [
    spendOnly
      ? [{ text: '项目', colSpan: 2 }, spend]
      : [
          { text: '项目', colSpan: 2 },
          { text: '年初结转和结余', rowSpan: 2 },
          { text: '本年收入', rowSpan: 2 },
          spend,
          { text: '年末结转和结余', rowSpan: 2 },
        ],
    [{ text: '科目编码' }, { text: '科目名称' }, { text: '合计' }, { text: '基本支出' }, { text: '项目支出' }],
  ];
}

function summaryTable(s: FinalSheet, d: FinalData): number {
  const t = d.summary;
  let r = head(s, 6, '收入支出决算总表', d.unitName);
  r += s.header(r, 0, 6, [
    [
      { text: '收入', colSpan: 3 },
      { text: '支出', colSpan: 3 },
    ],
    ['项目', '行次', '金额', '项目', '行次', '金额'].map((text) => ({ text })),
  ]);
  s.columnNumbers(r, 0, [2], 1);
  s.columnNumbers(r, 3, [5], 2);
  s.text(r, 1, '');
  s.text(r++, 4, '');
  const n = Math.max(FINAL_INCOME_ROLES.length, t.functional.length);
  const lines: Array<[string, string | null, string, string | null]> = [];
  for (let i = 0; i < n; i++) {
    const inc = i < FINAL_INCOME_ROLES.length;
    lines.push([
      inc ? `${chineseNumeral(i + 1)}、${SUMMARY_INCOME_LABELS[i]}` : '',
      inc ? t.income[FINAL_INCOME_ROLES[i]] : null,
      i < t.functional.length ? `${chineseNumeral(i + 1)}、${t.functional[i].name}` : '',
      i < t.functional.length ? t.functional[i].amount : null,
    ]);
  }
  lines.push(
    ['本年收入合计', t.incomeTotal, '本年支出合计', t.spendTotal],
    [t.useNonfiscalLabel, t.useNonfiscal, '结余分配', t.distribution],
    ['年初结转和结余', t.begin, '年末结转和结余', t.end],
    ['总计', t.incomeGrand, '总计', t.spendGrand],
  );
  lines.forEach(([a, x, b, y], i) => {
    s.text(r, 0, a);
    s.lineNo(r, 1, i + 1);
    if (a !== '') s.amount(r, 2, x);
    s.text(r, 3, b);
    s.lineNo(r, 4, 29 + i);
    if (b !== '') s.amount(r, 5, y);
    r++;
  });
  return r;
}

function fiscalSummaryTable(s: FinalSheet, d: FinalData): number {
  const t = d.fiscalSummary;
  let r = head(s, 9, '财政拨款收入支出决算总表', d.unitName);
  r += s.header(r, 0, 9, [
    [
      { text: '收入', colSpan: 3 },
      { text: '支出', colSpan: 6 },
    ],
    [
      '项目',
      '行次',
      '金额',
      '项目',
      '行次',
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
    ].map((text) => ({ text })),
  ]);
  s.columnNumbers(r, 0, [2], 1);
  s.columnNumbers(r, 3, [5, 6, 7, 8], 2);
  s.text(r, 1, '');
  s.text(r++, 4, '');
  const spend = (row: number, a: Partial<Record<string, string | null>>) =>
    FINAL_FISCAL_COLUMNS.forEach((k, i) => s.amount(row, 5 + i, a[k]));
  let line = 0;
  const left = (label: string, m: string | null | undefined) => {
    s.text(r, 0, label);
    s.lineNo(r, 1, ++line);
    if (label !== '') s.amount(r, 2, m);
  };
  const right = (label: string, a: Partial<Record<string, string | null>> | null) => {
    s.text(r, 3, label);
    s.lineNo(r, 4, 28 + line);
    if (a) spend(r, a);
  };
  t.functional.forEach((f, i) => {
    left(i < 3 ? FISCAL_INCOME_LABELS[i] : '', i < 3 ? t.income[FISCAL_ROLES[i]] : null);
    right(`${chineseNumeral(i + 1)}、${f.name}`, f.amounts);
    r++;
  });
  left('本年收入合计', t.incomeTotal);
  right('本年支出合计', t.spendTotal);
  r++;
  left('年初财政拨款结转和结余', t.begin);
  right('年末财政拨款结转和结余', t.end);
  r++;
  FISCAL_ROLES.forEach((k, i) => {
    left(FISCAL_INCOME_LABELS[i], t.beginItems[k]);
    right('', null);
    r++;
  });
  left('总计', t.incomeGrand);
  right('总计', t.spendGrand);
  return r + 1;
}

/** 表6 in three blocks: 人员经费, then 公用经费 split over two. */
function basicTable(s: FinalSheet, d: FinalData): number {
  const b = d.basic;
  let r = head(s, 9, '一般公共预算财政拨款基本支出决算表', d.unitName);
  const block: HeaderCell[] = [{ text: '科目编码' }, { text: '科目名称' }, { text: '决算数' }];
  r += s.header(r, 0, 9, [
    [
      { text: '人员经费', colSpan: 3 },
      { text: '公用经费', colSpan: 6 },
    ],
    [...block, ...block, ...block],
  ]);
  const half = Math.ceil(b.public.length / 2);
  const blocks = [b.personnel, b.public.slice(0, half), b.public.slice(half)];
  const n = Math.max(...blocks.map((x) => x.length));
  const write = (row: number, left: number, x: FinalBasicRow | undefined) => {
    s.text(row, left, x?.code ?? '');
    s.text(row, left + 1, x?.name ?? '');
    if (x) s.amount(row, left + 2, x.amount);
    else s.text(row, left + 2, '');
  };
  for (let i = 0; i < n; i++, r++) blocks.forEach((x, k) => write(r, 3 * k, x[i]));
  s.merged(r, 0, 1, '人员经费合计');
  s.amount(r, 2, b.personnelTotal);
  s.merged(r, 3, 7, '公用经费合计');
  s.amount(r, 8, b.publicTotal);
  return r + 1;
}

function threePublicTable(s: FinalSheet, d: FinalData): number {
  const t = d.threePublic;
  let r = head(s, 12, '一般公共预算财政拨款“三公”经费支出决算表', d.unitName);
  const group: HeaderCell[] = [
    { text: '合计', rowSpan: 2 },
    { text: THREE_PUBLIC_LABELS.abroad, rowSpan: 2 },
    { text: THREE_PUBLIC_LABELS.vehicle, colSpan: 3 },
    { text: THREE_PUBLIC_LABELS.reception, rowSpan: 2 },
  ];
  const sub: HeaderCell[] = [{ text: '小计' }, { text: '公务用车购置费' }, { text: '公务用车运行维护费' }];
  r += s.header(r, 0, 12, [
    [
      { text: '预算数', colSpan: 6 },
      { text: '决算数', colSpan: 6 },
    ],
    [...group, ...group],
    [...sub, ...sub],
  ]);
  THREE_PUBLIC_ITEMS.forEach((k, i) => {
    s.amount(r, i, t.budget[k]);
    s.amount(r, 6 + i, t.actual[k]);
  });
  return r + 1;
}

export const NATIONAL_SHEET_NAMES = Array.from({ length: 9 }, (_, i) => `公开0${i + 1}表`);

/** The nine table sheets in the national layout. */
export function nationalFinalSheets(d: FinalData, v: FinalVariant): FinalSheet[] {
  const u = d.unitName;
  const spendKeys = FINAL_FUND_COLUMNS.filter((k) => k.startsWith('spend'));
  // 公开09表 is spend-only: rows with only 年初/收入/年末 drop out, and with no spending at all it is empty.
  const spent = d.stateCapital.rows.filter((r) => r.amounts.spend);
  const capitalSpend: FinalCodedTable<string> =
    spent.length > 0 || d.stateCapital.emptyNote !== undefined
      ? { ...d.stateCapital, rows: spent }
      : { total: {}, rows: [], emptyNote: `说明：${u}本年度没有国有资本经营预算财政拨款支出，故本表无数据。` };
  const tables: Array<(s: FinalSheet) => number> = [
    (s) => summaryTable(s, d),
    (s) => codedTable(s, '收入决算表', u, simpleHeader(INCOME_HEADERS), FINAL_INCOME_COLUMNS, d.income),
    (s) => codedTable(s, '支出决算表', u, simpleHeader(EXPENDITURE_HEADERS), FINAL_EXPENDITURE_COLUMNS, d.expenditure),
    (s) => fiscalSummaryTable(s, d),
    (s) =>
      codedTable(
        s,
        '一般公共预算财政拨款支出决算表',
        u,
        simpleHeader(GENERAL_HEADERS),
        FINAL_GENERAL_COLUMNS,
        d.generalBudget,
      ),
    (s) => basicTable(s, d),
    (s) => threePublicTable(s, d),
    (s) => codedTable(s, '政府性基金预算财政拨款收入支出决算表', u, fundHeader(false), FINAL_FUND_COLUMNS, d.govFund),
    (s) => codedTable(s, '国有资本经营预算财政拨款支出决算表', u, fundHeader(true), spendKeys, capitalSpend),
  ];
  const emptyNotes = [
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    d.threePublic.emptyNote,
    d.govFund.emptyNote,
    capitalSpend.emptyNote,
  ];
  return tables.map((write, i) => {
    const s = new FinalSheet(NATIONAL_SHEET_NAMES[i], v, i + 1);
    const r = write(s);
    const empty = emptyNotes[i];
    if (empty !== undefined) s.note(r, empty);
    return s;
  });
}
