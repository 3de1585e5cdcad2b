/**
 * The 财政局 2024 决算 (../shared/real/final/sh-putuo-czj-2024.xlsx) laid out as the national 公开01–09表
 * (JUESUAN.md §3.2, §6): title, a '公开NN表' tag row, a '部门：' / '金额单位：万元' row, 行次 columns and a 栏次 row
 * in the summary tables, one code column with whole codes, 三公 columns grouped 预算数 then 决算数. No real national
 * file exists; these grids stand in for one. Empty cells use all three zero styles: blank, the number 0 printed
 * '0.00', and the text '0.00'.
 */
import { sheetFromBlocks, workbookOf, type CellInput } from './gridFromRows';
import type { SheetGrid, WorkbookGrid } from '../../src/engine/grid';

export const UNIT = '上海市普陀区财政局';
/** A zero as the number 0 printed with two decimals. */
const Z: CellInput = { value: 0, text: '0.00', numberFormat: '0.00' };
/** A zero written as text. */
const T = '0.00';

/** The 24 功能类 of the 2024 template, then 债务还本/债务付息 in the 26-row list. */
const FUNCTIONS_24 = [
  '一般公共服务支出',
  '外交支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '卫生健康支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '商业服务业等支出',
  '金融支出',
  '援助其他地区支出',
  '自然资源海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '国有资本经营预算支出',
  '灾害防治及应急管理支出',
  '其他支出',
  '抗疫特别国债安排的支出',
];
const FUNCTIONS_26 = [...FUNCTIONS_24.slice(0, 23), '债务还本支出', '债务付息支出', '抗疫特别国债安排的支出'];
const NUMERALS = '一二三四五六七八九十';
function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 === 0 ? '' : NUMERALS[(n % 10) - 1]}`;
}
/** 财政局's spending by 功能类 (表1 D column; 社会保障和就业 forced to 326.71 there). */
const SPENDING: Record<string, number> = {
  一般公共服务支出: 2106.66,
  社会保障和就业支出: 326.71,
  卫生健康支出: 60.99,
  住房保障支出: 445.69,
};

/** Title, tag row and meta row of a 公开表, over `width` columns. */
function furniture(title: string, tag: string, width: number): { rows: CellInput[][]; merges: string[] } {
  const right = String.fromCharCode(64 + width);
  const row = (cells: Array<[number, CellInput]>): CellInput[] => {
    const r: CellInput[] = new Array(width).fill(null);
    for (const [c, v] of cells) r[c] = v;
    return r;
  };
  return {
    rows: [
      row([[0, title]]),
      row([[width - 1, tag]]),
      row([
        [0, `部门：${UNIT}`],
        [width - 1, '金额单位：万元'],
      ]),
    ],
    merges: [`A1:${right}1`],
  };
}

function sheet(name: string, title: string, tag: string, width: number, body: CellInput[][], merges: string[] = []) {
  const top = furniture(title, tag, width);
  // Body merges are written relative to the body; the furniture takes three rows.
  const shifted = merges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + 3)));
  return sheetFromBlocks(name, [{ rows: [...top.rows, ...body], merges: [...top.merges, ...shifted] }]);
}

/** 公开01表: 收入 {项目, 行次, 金额} | 支出 {项目, 行次, 金额}; income 行次 1…, spending from 行次 29. */
export function national01(functions: 24 | 26 = 26): SheetGrid {
  const names = functions === 24 ? FUNCTIONS_24 : FUNCTIONS_26;
  const income: Array<[string, CellInput]> = [
    ['一、一般公共预算财政拨款收入', 2940.05],
    ['二、政府性基金预算财政拨款收入', null],
    ['三、国有资本经营预算财政拨款收入', Z],
    ['四、上级补助收入', T],
    ['五、事业收入', null],
    ['六、经营收入', null],
    ['七、附属单位上缴收入', null],
    ['八、其他收入', 6.2],
  ];
  const body: CellInput[][] = [
    ['收入', null, null, '支出', null, null],
    ['项目', '行次', '金额', '项目', '行次', '金额'],
    ['栏次', null, 1, '栏次', null, 2],
  ];
  names.forEach((name, i) => {
    const [label, amount] = income[i] ?? [null, null];
    body.push([label, i + 1, amount, `${numeral(i + 1)}、${name}`, 29 + i, SPENDING[name] ?? null]);
  });
  const n = names.length;
  body.push(
    ['本年收入合计', n + 1, 2946.25, '本年支出合计', 29 + n, 2940.05],
    ['使用非财政拨款结余', n + 2, null, '结余分配', 30 + n, null],
    ['年初结转和结余', n + 3, 49.14, '年末结转和结余', 31 + n, 55.34],
    ['总计', n + 4, 2995.39, '总计', 32 + n, 2995.39],
  );
  return sheet('公开01表', '收入支出决算总表', '公开01表', 6, body, ['A1:C1', 'D1:F1']);
}

/** [code, name, amounts…] rows of a coded table. */
type CodedRow = [string, string, ...CellInput[]];

/** 表2/表3/表5 rows of 财政局, with the amount columns given. */
const CZJ_CODES: Array<[string, string]> = [
  ['201', '一般公共服务支出'],
  ['20106', '财政事务'],
  ['2010601', '行政运行'],
  ['2010602', '一般行政管理事务'],
  ['2010607', '信息化建设'],
  ['2010608', '财政委托业务支出'],
  ['208', '社会保障和就业支出'],
  ['20805', '行政事业单位养老支出'],
  ['2080501', '行政单位离退休'],
  ['2080505', '机关事业单位基本养老保险缴费支出'],
  ['2080506', '机关事业单位职业年金缴费支出'],
  ['2080599', '其他行政事业单位养老支出'],
  ['210', '卫生健康支出'],
  ['21011', '行政事业单位医疗'],
  ['2101101', '行政单位医疗'],
  ['221', '住房保障支出'],
  ['22102', '住房改革支出'],
  ['2210201', '住房公积金'],
  ['2210203', '购房补贴'],
];
const SPEND_TOTAL = [2106.66, 2106.66, 1511.89, 10, 135.25, 449.52, 326.72, 326.72, 84.65, 160.75, 80.38, 0.94];
const SPEND_TOTAL_REST = [60.99, 60.99, 60.99, 445.69, 445.69, 187.19, 258.5];
const SPEND_BASIC = [1503.52, 1503.52, 1503.52, null, null, null];
const SPEND_PROJECT = [603.14, 603.14, 8.37, 10, 135.25, 449.52];

function spendRow(i: number): CellInput[] {
  const total = [...SPEND_TOTAL, ...SPEND_TOTAL_REST][i];
  if (i < 6) return [total, SPEND_BASIC[i], SPEND_PROJECT[i]];
  // From 208 on everything is 基本支出; 项目支出 written as text '0.00' (mixed zero style).
  return [total, total, T];
}

/** 公开02表: 项目 {科目编码, 科目名称} | 行次 | 本年收入合计 … 其他收入; 栏次 row; 合计 first. */
export function national02(): SheetGrid {
  const body: CellInput[][] = [
    [
      '项目',
      null,
      '行次',
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ],
    ['科目编码', '科目名称', null, null, null, null, null, null, null, null],
    ['栏次', null, null, 1, 2, 3, 4, 5, 6, 7],
    ['合计', null, 1, 2946.25, 2940.05, null, null, null, null, 6.2],
  ];
  // 其他收入 6.20 comes in under 201 / 20106 / 2010601 (0.01) / 2010602 (6.19); the rest is 财政拨款收入 = 支出.
  const other: CellInput[] = [6.2, 6.2, 0.01, 6.19];
  const total: CellInput[] = [2112.86, 2112.86, 1511.9, 16.19];
  CZJ_CODES.forEach(([code, name], i) => {
    const spend = spendRow(i)[0];
    body.push([code, name, i + 2, total[i] ?? spend, spend, null, null, null, null, other[i] ?? null]);
  });
  return sheet('公开02表', '收入决算表', '公开02表', 10, body, [
    'A1:B1',
    'C1:C2',
    'D1:D2',
    'E1:E2',
    'F1:F2',
    'G1:G2',
    'H1:H2',
    'I1:I2',
    'J1:J2',
    'A3:B3',
  ]);
}

/** 公开03表: 项目 {科目编码, 科目名称} | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出. */
export function national03(): SheetGrid {
  const body: CellInput[][] = [
    ['项目', null, '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
    ['科目编码', '科目名称', null, null, null, null, null, null],
    ['栏次', null, 1, 2, 3, 4, 5, 6],
    ['合计', null, 2940.05, 2336.91, 603.14, Z, Z, Z],
    ...CZJ_CODES.map(([code, name], i): CodedRow => [code, name, ...spendRow(i), null, null, null]),
  ];
  return sheet('公开03表', '支出决算表', '公开03表', 8, body, [
    'A1:B1',
    'C1:C2',
    'D1:D2',
    'E1:E2',
    'F1:F2',
    'G1:G2',
    'H1:H2',
    'A3:B3',
  ]);
}

/** 公开04表: 收入 {项目, 行次, 金额} | 支出 {项目, 行次, 合计, 一般公共预算, 政府性基金, 国有资本经营}. */
export function national04(): SheetGrid {
  const income: Array<[string, CellInput]> = [
    ['一、一般公共预算财政拨款', 2940.05],
    ['二、政府性基金预算财政拨款', null],
    ['三、国有资本经营预算财政拨款', null],
  ];
  const body: CellInput[][] = [
    ['收入', null, null, '支出', null, null, null, null, null],
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
    ],
    ['栏次', null, 1, '栏次', null, 2, 3, 4, 5],
  ];
  FUNCTIONS_26.forEach((name, i) => {
    const [label, amount] = income[i] ?? [null, null];
    const spend = SPENDING[name] ?? null;
    body.push([label, label ? i + 1 : null, amount, `${numeral(i + 1)}、${name}`, 33 + i, spend, spend, null, null]);
  });
  body.push(
    ['本年收入合计', 4, 2940.05, '本年支出合计', 59, 2940.05, 2940.05, null, null],
    ['年初财政拨款结转和结余', 5, 21.63, '年末财政拨款结转和结余', 60, 21.63, 21.63, null, null],
    ['一、一般公共预算财政拨款', 6, 21.63, null, null, null, null, null, null],
    ['二、政府性基金预算财政拨款', 7, null, null, null, null, null, null, null],
    ['三、国有资本经营预算财政拨款', 8, null, null, null, null, null, null, null],
    ['总计', 9, 2961.68, '总计', 61, 2961.68, 2961.68, null, null],
  );
  return sheet('公开04表', '财政拨款收入支出决算总表', '公开04表', 9, body, ['A1:C1', 'D1:I1']);
}

/** 公开05表: 项目 {科目编码, 科目名称} | 本年支出 {小计, 基本支出, 项目支出}; 合计 first. */
export function national05(): SheetGrid {
  const body: CellInput[][] = [
    ['项目', null, '本年支出', null, null],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    ['栏次', null, 1, 2, 3],
    ['合计', null, 2940.05, 2336.91, 603.14],
    ...CZJ_CODES.map(([code, name], i): CodedRow => [code, name, ...spendRow(i)]),
  ];
  return sheet('公开05表', '一般公共预算财政拨款支出决算表', '公开05表', 5, body, ['A1:B1', 'C1:E1', 'A3:B3']);
}

/** 公开06表: 人员经费 {科目编码, 科目名称, 决算数} | 公用经费 {…} × 2; totals on the last row. */
export function national06(): SheetGrid {
  const body: CellInput[][] = [
    ['人员经费', null, null, '公用经费', null, null, null, null, null],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
    ['301', '工资福利支出', 2082.85, '302', '商品和服务支出', 171.07, '310', '资本性支出', 13.58],
    ['30101', '基本工资', 262.33, '30201', '办公费', 21.21, '31002', '办公设备购置', 13.58],
    ['30102', '津贴补贴', 1238.58, '30202', '印刷费', 7.61, '31013', '公务用车购置', null],
    ['303', '对个人和家庭的补助', 69.41, '30299', '其他商品和服务支出', 11.53, null, null, null],
    ['30309', '奖励金', 0.31, null, null, null, null, null, null],
    ['人员经费合计', null, 2152.26, '公用经费合计', null, null, null, null, 184.65],
  ];
  return sheet('公开06表', '一般公共预算财政拨款基本支出决算表', '公开06表', 9, body, [
    'A1:C1',
    'D1:I1',
    'A8:B8',
    'D8:H8',
  ]);
}

/** 公开07表: 预算数 {合计, 因公出国, 公务用车 {小计, 购置费, 运行费}, 接待费, 会议费, 培训费} then 决算数 {same}. */
export function national07(): SheetGrid {
  const group = (side: string): CellInput[][] => [
    [side, null, null, null, null, null, null, null],
    ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费', '会议费', '培训费'],
    [null, null, '小计', '购置费', '运行费', null, null, null],
  ];
  const budget = group('预算数');
  const actual = group('决算数');
  const body: CellInput[][] = budget.map((row, i) => [...row, ...actual[i]]);
  body.push(Array.from({ length: 16 }, (_, i) => i + 1));
  body.push([0.95, null, null, null, null, 0.95, 1.2, 3.4, Z, Z, Z, Z, Z, Z, 0.8, 2.1]);
  const merges = ['A1:H1', 'I1:P1', 'A2:A3', 'B2:B3', 'C2:E2', 'F2:F3', 'G2:G3', 'H2:H3'];
  merges.push('I2:I3', 'J2:J3', 'K2:M2', 'N2:N3', 'O2:O3', 'P2:P3');
  return sheet('公开07表', '一般公共预算财政拨款“三公”经费支出决算表', '公开07表', 16, body, merges);
}

/** 公开08表: 年初结转和结余 | 本年收入 | 本年支出 {小计, 基本支出, 项目支出} | 年末结转和结余; empty with its note. */
export function national08(): SheetGrid {
  const body: CellInput[][] = [
    ['项目', null, '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
    ['科目编码', '科目名称', null, null, '小计', '基本支出', '项目支出', null],
    ['栏次', null, 1, 2, 3, 4, 5, 6],
    ['合计', null, null, null, null, null, null, null],
    ['注：本单位无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。'],
  ];
  return sheet('公开08表', '政府性基金预算财政拨款收入支出决算表', '公开08表', 8, body, [
    'A1:B1',
    'C1:C2',
    'D1:D2',
    'E1:G1',
    'H1:H2',
    'A3:B3',
  ]);
}

/** 公开09表, the spend-only form: 本年支出 {合计, 基本支出, 项目支出}; empty with its note. */
export function national09(): SheetGrid {
  const body: CellInput[][] = [
    ['项目', null, '本年支出', null, null],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['栏次', null, 1, 2, 3],
    ['合计', null, null, null, null],
    ['注：本单位无国有资本经营预算财政拨款支出，故本表为空表。'],
  ];
  return sheet('公开09表', '国有资本经营预算财政拨款支出决算表', '公开09表', 5, body, ['A1:B1', 'C1:E1', 'A3:B3']);
}

/** The nine 公开表, one sheet each. */
export function nationalFinalWorkbook(functions: 24 | 26 = 26): WorkbookGrid {
  return workbookOf(
    national01(functions),
    national02(),
    national03(),
    national04(),
    national05(),
    national06(),
    national07(),
    national08(),
    national09(),
  );
}
