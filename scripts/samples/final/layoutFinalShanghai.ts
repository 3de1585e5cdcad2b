/**
 * The nine 决算 tables in the Shanghai district layout (JUESUAN.md §3, the 普陀区 documents): no 行次 or 栏次, 类/款/项
 * code columns (parts or the whole code) or one code column, 合计 at the top of 表2/表3/表8/表9 (possibly on the
 * header's 类|款|项 row) and at the bottom of 表5, 表6 in two blocks, 表7's twelve columns grouped by item.
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
import { codeParts, FinalSheet } from './finalSheet';
import type { FinalVariant } from './finalVariant';

export const INCOME_HEADERS = [
  '本年收入合计',
  '财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
];
export const EXPENDITURE_HEADERS = [
  '本年支出合计',
  '基本支出',
  '项目支出',
  '上缴上级支出',
  '经营支出',
  '对附属单位补助支出',
];
export const GENERAL_HEADERS = ['合计', '基本支出', '项目支出'];
export const SUMMARY_INCOME_LABELS = [
  '一般公共预算财政拨款收入',
  '政府性基金预算财政拨款收入',
  '国有资本经营预算财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
];
export const FISCAL_INCOME_LABELS = [
  '一、一般公共预算财政拨款',
  '二、政府性基金预算财政拨款',
  '三、国有资本经营预算财政拨款',
];
export const THREE_PUBLIC_LABELS = {
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行维护费',
  reception: '公务接待费',
};

const UNIT = '单位：万元';

/** Title and unit rows; returns the first header row. */
function head(s: FinalSheet, top: number, width: number, title: string): number {
  s.title(top, width, title);
  s.sheet.text(top + 1, width - 1, UNIT, { align: 'right' }, false);
  return top + 2;
}

function codeWidth(v: FinalVariant): number {
  return v.codes === 'single' ? 1 : 3;
}

function writeCode(s: FinalSheet, row: number, code: string): void {
  if (s.variant.codes === 'single') return s.text(row, 0, code);
  if (s.variant.codes === 'wholeInFirst') {
    s.text(row, 0, code);
    s.text(row, 1, '');
    s.text(row, 2, '');
    return;
  }
  // 类 (and 款) repeat on every child row, as the 财政局 transcript prints them.
  const parts = codeParts(code);
  for (let i = 0; i < 3; i++) s.text(row, i, parts[i] ?? '');
}

interface CodedSpec {
  title: string;
  headers: string[];
  keys: readonly string[];
  totalAt: 'top' | 'bottom';
}

/** 表2, 表3, 表5: a 科目 table; returns the row after it. */
function codedTable(s: FinalSheet, top: number, spec: CodedSpec, t: FinalCodedTable<string>): number {
  const cw = codeWidth(s.variant);
  const width = cw + 1 + spec.keys.length;
  let r = head(s, top, width, spec.title);
  const onHeader = spec.totalAt === 'top' && s.variant.totalOnHeaderRow && cw === 3;
  const amounts = (row: number, a: Partial<Record<string, string | null>>) =>
    spec.keys.forEach((k, i) => s.amount(row, cw + 1 + i, a[k]));
  if (cw === 1) {
    r += s.header(r, 0, width, [
      [{ text: '项目', colSpan: 2 }, ...spec.headers.map((text) => ({ text, rowSpan: 2 }))],
      [{ text: '功能分类科目编码' }, { text: '科目名称' }],
    ]);
  } else {
    r += s.header(
      r,
      0,
      width,
      [
        [{ text: '项目', colSpan: 4 }, ...spec.headers.map((text) => ({ text, rowSpan: onHeader ? 2 : 3 }))],
        [
          { text: '支出功能分类科目编码', colSpan: 3 },
          { text: '科目名称', rowSpan: onHeader ? 1 : 2 },
        ],
        onHeader ? [] : [{ text: '类' }, { text: '款' }, { text: '项' }],
      ].filter((x) => x.length > 0),
    );
    if (onHeader) {
      ['类', '款', '项'].forEach((text, i) => s.text(r, i, text));
      s.text(r, 3, '合计');
      amounts(r, t.total);
      r++;
    }
  }
  const total = () => {
    if (cw === 1 || spec.totalAt === 'bottom') s.merged(r, 0, cw, '合计');
    else s.text(r, 3, '合计');
    amounts(r, t.total);
    r++;
  };
  if (spec.totalAt === 'top' && !onHeader) total();
  for (const row of t.rows) {
    writeCode(s, r, row.code);
    s.text(r, cw, row.name);
    amounts(r, row.amounts);
    r++;
  }
  if (spec.totalAt === 'bottom') total();
  return r;
}

function fundTable(s: FinalSheet, top: number, title: string, t: FinalCodedTable<string>): number {
  const cw = codeWidth(s.variant);
  const width = cw + 1 + FINAL_FUND_COLUMNS.length;
  let r = head(s, top, width, title);
  const rs = cw === 1 ? 2 : 3;
  const spend = [{ text: '小计' }, { text: '基本支出' }, { text: '项目支出' }].map((h) => ({ ...h, rowSpan: rs - 1 }));
  r += s.header(
    r,
    0,
    width,
    cw === 1
      ? [
          [
            { text: '项目', colSpan: 2 },
            { text: '年初结转和结余', rowSpan: rs },
            { text: '本年收入', rowSpan: rs },
            { text: '本年支出', colSpan: 3 },
            { text: '年末结转和结余', rowSpan: rs },
          ],
          [{ text: '功能分类科目编码' }, { text: '科目名称' }, ...spend],
        ]
      : [
          [
            { text: '项目', colSpan: 4 },
            { text: '年初结转和结余', rowSpan: rs },
            { text: '本年收入', rowSpan: rs },
            { text: '本年支出', colSpan: 3 },
            { text: '年末结转和结余', rowSpan: rs },
          ],
          [{ text: '支出功能分类科目编码', colSpan: 3 }, { text: '科目名称', rowSpan: 2 }, ...spend],
          [{ text: '类' }, { text: '款' }, { text: '项' }],
        ],
  );
  const amounts = (row: number, a: Partial<Record<string, string | null>>) =>
    FINAL_FUND_COLUMNS.forEach((k, i) => s.amount(row, cw + 1 + i, a[k]));
  s.text(r, cw, '合计');
  for (let c = 0; c < cw; c++) s.text(r, c, '');
  amounts(r, t.total);
  r++;
  for (const row of t.rows) {
    writeCode(s, r, row.code);
    s.text(r, cw, row.name);
    amounts(r, row.amounts);
    r++;
  }
  return r;
}

function basicTable(s: FinalSheet, top: number, d: FinalData['basic']): number {
  const parts = s.variant.basicCodes === 'parts';
  const block = parts ? 4 : 3;
  let r = head(s, top, block * 2, '一般公共预算财政拨款基本支出决算表');
  const blockHeader: HeaderCell[] = parts
    ? [
        { text: '经济分类科目编码', colSpan: 2 },
        { text: '科目名称', rowSpan: 2 },
        { text: '决算数', rowSpan: 2 },
      ]
    : [{ text: '经济分类科目编码' }, { text: '科目名称' }, { text: '决算数' }];
  r += s.header(
    r,
    0,
    block * 2,
    parts
      ? [
          [...blockHeader, ...blockHeader],
          [{ text: '类' }, { text: '款' }, { text: '类' }, { text: '款' }],
        ]
      : [[...blockHeader, ...blockHeader]],
  );
  const write = (row: number, left: number, x: FinalBasicRow | undefined) => {
    if (!x) {
      for (let c = 0; c < block; c++) s.text(row, left + c, '');
      return;
    }
    if (parts) {
      s.text(row, left, x.code.slice(0, 3));
      s.text(row, left + 1, x.code.slice(3));
    } else s.text(row, left, x.code);
    s.text(row, left + block - 2, x.name);
    s.amount(row, left + block - 1, x.amount);
  };
  const n = Math.max(d.personnel.length, d.public.length);
  for (let i = 0; i < n; i++, r++) {
    write(r, 0, d.personnel[i]);
    write(r, block, d.public[i]);
  }
  s.merged(r, 0, block - 2, '人员经费合计');
  s.amount(r, block - 1, d.personnelTotal);
  s.merged(r, block, 2 * block - 2, '公用经费合计');
  s.amount(r, 2 * block - 1, d.publicTotal);
  return r + 1;
}

function threePublicTable(s: FinalSheet, top: number, d: FinalData['threePublic']): number {
  let r = head(s, top, 12, '财政拨款“三公”经费支出决算表');
  const pair = [{ text: '预算数' }, { text: '决算数' }];
  r += s.header(r, 0, 12, [
    [{ text: '财政拨款“三公”经费', colSpan: 12 }],
    [
      { text: '合计', colSpan: 2, rowSpan: 2 },
      { text: THREE_PUBLIC_LABELS.abroad, colSpan: 2, rowSpan: 2 },
      { text: THREE_PUBLIC_LABELS.vehicle, colSpan: 6 },
      { text: THREE_PUBLIC_LABELS.reception, colSpan: 2, rowSpan: 2 },
    ],
    [
      { text: '小计', colSpan: 2 },
      { text: '公务用车购置费', colSpan: 2 },
      { text: '公务用车运行维护费', colSpan: 2 },
    ],
    [...pair, ...pair, ...pair, ...pair, ...pair, ...pair],
  ]);
  THREE_PUBLIC_ITEMS.forEach((k, i) => {
    s.amount(r, 2 * i, d.budget[k]);
    s.amount(r, 2 * i + 1, d.actual[k]);
  });
  return r + 1;
}

function summaryTable(s: FinalSheet, top: number, d: FinalData): number {
  const t = d.summary;
  let r = top;
  if (s.variant.partHeading !== 'none') {
    const text = `${s.variant.partHeading === 'part' ? '第二部分 ' : ''}${d.unitName}${d.year}年度部门决算表`;
    s.title(r++, 4, text);
  }
  r = head(s, r, 4, '收入支出决算总表');
  r += s.header(r, 0, 4, [
    [
      { text: '收入', colSpan: 2 },
      { text: '支出', colSpan: 2 },
    ],
    [{ text: '项目' }, { text: '决算数' }, { text: '项目' }, { text: '决算数' }],
  ]);
  const n = Math.max(FINAL_INCOME_ROLES.length, t.functional.length);
  for (let i = 0; i < n; i++, r++) {
    if (i < FINAL_INCOME_ROLES.length) {
      s.text(r, 0, `${chineseNumeral(i + 1)}、${SUMMARY_INCOME_LABELS[i]}`);
      s.amount(r, 1, t.income[FINAL_INCOME_ROLES[i]]);
    } else {
      s.text(r, 0, '');
      s.text(r, 1, '');
    }
    if (i < t.functional.length) {
      s.text(r, 2, `${chineseNumeral(i + 1)}、${t.functional[i].name}`);
      s.amount(r, 3, t.functional[i].amount);
    }
  }
  const lines: Array<[string, string | null, string, string | null]> = [
    ['本年收入合计', t.incomeTotal, '本年支出合计', t.spendTotal],
    [t.useNonfiscalLabel, t.useNonfiscal, '结余分配', t.distribution],
    ['年初结转和结余', t.begin, '年末结转和结余', t.end],
    ['总计', t.incomeGrand, '总计', t.spendGrand],
  ];
  for (const [a, x, b, y] of lines) {
    s.text(r, 0, a);
    s.amount(r, 1, x);
    s.text(r, 2, b);
    s.amount(r, 3, y);
    r++;
  }
  return r;
}

function fiscalSummaryTable(s: FinalSheet, top: number, d: FinalData['fiscalSummary']): number {
  let r = head(s, top, 7, '财政拨款收入支出决算总表');
  r += s.header(r, 0, 7, [
    [
      { text: '收入', colSpan: 2 },
      { text: '支出', colSpan: 5 },
    ],
    [
      '项目',
      '决算数',
      '项目',
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
    ].map((text) => ({ text })),
  ]);
  const spend = (row: number, a: Partial<Record<string, string | null>>) =>
    FINAL_FISCAL_COLUMNS.forEach((k, i) => s.amount(row, 3 + i, a[k]));
  d.functional.forEach((f, i) => {
    if (i < 3) {
      s.text(r, 0, FISCAL_INCOME_LABELS[i]);
      s.amount(r, 1, d.income[FISCAL_ROLES[i]]);
    } else {
      s.text(r, 0, '');
      s.text(r, 1, '');
    }
    s.text(r, 2, `${chineseNumeral(i + 1)}、${f.name}`);
    spend(r, f.amounts);
    r++;
  });
  s.text(r, 0, '本年收入合计');
  s.amount(r, 1, d.incomeTotal);
  s.text(r, 2, '本年支出合计');
  spend(r++, d.spendTotal);
  s.text(r, 0, '年初财政拨款结转和结余');
  s.amount(r, 1, d.begin);
  s.text(r, 2, '年末财政拨款结转和结余');
  spend(r++, d.end);
  FISCAL_ROLES.forEach((k, i) => {
    s.text(r, 0, FISCAL_INCOME_LABELS[i]);
    s.amount(r, 1, d.beginItems[k]);
    for (let c = 2; c < 7; c++) s.text(r, c, '');
    r++;
  });
  s.text(r, 0, '总计');
  s.amount(r, 1, d.incomeGrand);
  s.text(r, 2, '总计');
  spend(r++, d.spendGrand);
  return r;
}

const NOTES = [
  '注：本表反映部门本年度的总收支和年末结转结余情况。',
  '注：本表反映部门本年度取得的各项收入情况。',
  '注：本表反映部门本年度各项支出情况。',
  '注：本表反映部门本年度财政拨款总收支和结转和结余情况。',
  '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
  '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  '注：本表反映部门本年度“三公”经费支出预决算情况。',
  '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
  '注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。',
];

export const SHANGHAI_SHEET_NAMES = [
  '1收入支出决算总表',
  '2收入决算表',
  '3支出决算表',
  '4财政拨款收入支出决算总表',
  '5一般公共预算财政拨款支出决算表',
  '6一般公共预算财政拨款基本支出决算表',
  '7财政拨款三公经费支出决算表',
  '8政府性基金预算财政拨款收入支出决算表',
  '9国有资本经营预算财政拨款收入支出决算表',
];

/** The nine table sheets in the Shanghai layout. */
export function shanghaiFinalSheets(d: FinalData, v: FinalVariant): FinalSheet[] {
  const tables: Array<(s: FinalSheet) => number> = [
    (s) => summaryTable(s, 0, d),
    (s) =>
      codedTable(
        s,
        0,
        { title: '收入决算表', headers: INCOME_HEADERS, keys: FINAL_INCOME_COLUMNS, totalAt: 'top' },
        d.income,
      ),
    (s) =>
      codedTable(
        s,
        0,
        { title: '支出决算表', headers: EXPENDITURE_HEADERS, keys: FINAL_EXPENDITURE_COLUMNS, totalAt: 'top' },
        d.expenditure,
      ),
    (s) => fiscalSummaryTable(s, 0, d.fiscalSummary),
    (s) =>
      codedTable(
        s,
        0,
        {
          title: '一般公共预算财政拨款支出决算表',
          headers: GENERAL_HEADERS,
          keys: FINAL_GENERAL_COLUMNS,
          totalAt: 'bottom',
        },
        d.generalBudget,
      ),
    (s) => basicTable(s, 0, d.basic),
    (s) => threePublicTable(s, 0, d.threePublic),
    (s) => fundTable(s, 0, '政府性基金预算财政拨款收入支出决算表', d.govFund),
    (s) => fundTable(s, 0, '国有资本经营预算财政拨款收入支出决算表', d.stateCapital),
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
    d.stateCapital.emptyNote,
  ];
  return tables.map((write, i) => {
    const s = new FinalSheet(SHANGHAI_SHEET_NAMES[i], v, i + 1);
    let r = write(s);
    if (v.notes) s.note(r++, NOTES[i]);
    const empty = emptyNotes[i];
    if (empty !== undefined) s.note(r, empty);
    return s;
  });
}
