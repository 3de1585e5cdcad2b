/**
 * Typed tables with the figures of seed 000 (224网信办, 2024) and its 情况说明 paragraphs, for the
 * narrative rules. Each table sits on its own sheet; a paragraph is cell A<n> of sheet '情况说明'.
 */
import type { CheckContext } from '../../src/engine/rules/rule';
import type { TableKind } from '../../src/engine/tableKinds';
import type {
  AssetsTable,
  BasicColumn,
  BasicExpenditureTable,
  BudgetWorkbook,
  CodedRow,
  ExpenditureTable,
  IncomeExpenditureSummaryTable,
  IncomeItemRole,
  NarrativeTable,
  ProcurementTable,
  ProjectBlock,
  ProjectPerformanceTable,
  SummaryLine,
  TableBase,
  ThreePublicRow,
  ThreePublicTable,
  TypedTable,
} from '../../src/engine/tables/types';
import { SEED_000 } from '../../scripts/samples/seed000';
import { cellRef, figure, textCell } from './figures';

export const NARRATIVE_SHEET = '情况说明';

/**
 * The 情况说明 of seed 000, one paragraph per entry (cell A1, A2, …): the sample's own text
 * (scripts/samples/seed000.ts), without the 机构设置 table rows, which are not paragraphs.
 */
export const SEED_000_PARAGRAPHS: readonly string[] = SEED_000.narrative.filter(
  (p): p is string => typeof p === 'string',
);

/** Row index (0-based) in SEED_000_PARAGRAPHS of the paragraph that contains `marker`. */
export function paragraphIndex(marker: string): number {
  const i = SEED_000_PARAGRAPHS.findIndex((p) => p.includes(marker));
  if (i < 0) throw new Error(`no seed paragraph contains ${marker}`);
  return i;
}

/** The address of paragraph i on the narrative sheet. */
export function paragraphAddress(i: number): string {
  return `A${i + 1}`;
}

function base<K extends TableKind>(kind: K, sheet: string, title: string): TableBase & { kind: K } {
  return {
    kind,
    sheet,
    range: { top: 0, left: 0, bottom: 40, right: 8 },
    title: textCell(title, 'A1', sheet),
    meta: { year: { value: 2024, cell: cellRef('B2', sheet) } },
    empty: false,
    badAmounts: [],
    allFigures: [],
  };
}

export function narrativeTable(paragraphs: readonly string[], sheet = NARRATIVE_SHEET): NarrativeTable {
  return {
    ...base('narrative', sheet, paragraphs[0] ?? '情况说明'),
    paragraphs: paragraphs.map((text, i) => textCell(text, paragraphAddress(i), sheet)),
  };
}

function line(
  sheet: string,
  row: number,
  label: string,
  col: string,
  value: string | null,
  key: 'amount' | 'total',
): SummaryLine {
  return {
    row,
    label,
    name: label.replace(/^[一二三四五六七八九十]+、/, ''),
    labelCell: cellRef(`${col === 'C' ? 'B' : 'D'}${row + 1}`, sheet),
    values: { [key]: figure(value, `${col}${row + 1}`, sheet) },
  };
}

export interface SeedFigures {
  general: string | null;
  fund: string | null;
  specialAccount: string | null;
  unitFunds: string | null;
  carryIn: string | null;
  incomeTotal: string;
  grandIncome: string;
  expenditureTotal: string;
  basic: string;
  project: string;
  personnel: string;
  public: string;
  threePublic: string;
  vehicle: string;
  vehicleOps: string;
  vehiclePurchase: string | null;
  outbound: string | null;
  reception: string | null;
  assetsTotal: string;
}

export const SEED_000_FIGURES: SeedFigures = {
  general: '384.34',
  fund: null,
  specialAccount: null,
  unitFunds: null,
  carryIn: null,
  incomeTotal: '384.34',
  grandIncome: '384.34',
  expenditureTotal: '384.34',
  basic: '357.11',
  project: '27.23',
  personnel: '332.33',
  public: '24.79',
  threePublic: '2.4',
  vehicle: '2.4',
  vehicleOps: '2.4',
  vehiclePurchase: null,
  outbound: null,
  reception: null,
  assetsTotal: '40.20',
};

export function summaryTable(f: SeedFigures = SEED_000_FIGURES): IncomeExpenditureSummaryTable {
  const sheet = '表1';
  const items: Array<[IncomeItemRole, string, string | null]> = [
    ['general', '一、一般公共预算拨款收入', f.general],
    ['fund', '二、政府性基金预算拨款收入', f.fund],
    ['capital', '三、国有资本经营预算拨款收入', null],
    ['specialAccount', '四、财政专户管理资金收入', f.specialAccount],
    ['unitFunds', '五、单位资金', null],
  ];
  if (f.unitFunds) items[4][2] = f.unitFunds;
  return {
    ...base('income_expenditure_summary', sheet, '部门预算收支总表'),
    incomeItems: items.map(([role, label, value], i) => ({ ...line(sheet, 5 + i, label, 'C', value, 'amount'), role })),
    expenditureRows: [
      line(sheet, 5, '一、一般公共服务支出', 'E', '334.50', 'total'),
      line(sheet, 12, '八、社会保障和就业支出', 'E', '28.79', 'total'),
      line(sheet, 14, '十、卫生健康支出', 'E', '21.05', 'total'),
    ],
    incomeTotal: line(sheet, 36, '本年收入合计', 'C', f.incomeTotal, 'amount'),
    expenditureTotal: line(sheet, 36, '本年支出合计', 'E', f.expenditureTotal, 'total'),
    carryIn: line(sheet, 37, '上年结转结余', 'C', f.carryIn, 'amount'),
    carryInItems: [],
    carryOut: line(sheet, 37, '年终结转结余', 'E', null, 'total'),
    grandIncome: line(sheet, 38, '收入总计', 'C', f.grandIncome, 'amount'),
    grandExpenditure: line(sheet, 38, '支出总计', 'E', f.grandIncome, 'total'),
  };
}

export function expenditureTable(f: SeedFigures = SEED_000_FIGURES): ExpenditureTable {
  const sheet = '表3';
  return {
    ...base('expenditure', sheet, '部门预算支出总表'),
    columns: ['total', 'basic', 'project', 'operating', 'remit', 'subsidy'],
    total: {
      row: 5,
      code: '',
      name: '合计',
      level: 0,
      nameCell: cellRef('C6', sheet),
      values: {
        total: figure(f.expenditureTotal, 'D6', sheet),
        basic: figure(f.basic, 'E6', sheet),
        project: figure(f.project, 'F6', sheet),
      },
    },
    rows: [],
  };
}

/** 301/302/303 rows of the basic expenditure table of seed 000: [code, name, personnel, public]. */
const BASIC_ROWS: Array<[string, string, string | null, string | null]> = [
  ['301', '工资福利支出', '326.87', null],
  ['30101', '基本工资', '70.17', null],
  ['30102', '津贴补贴', '37.53', null],
  ['30103', '奖金', '102.86', null],
  ['30107', '绩效工资', '31.95', null],
  ['30108', '机关事业单位基本养老保险缴费', '27.67', null],
  ['30110', '职工基本医疗保险缴费', '11.86', null],
  ['30111', '公务员医疗补助缴费', '4.07', null],
  ['30112', '其他社会保障缴费', '6.23', null],
  ['30113', '住房公积金', '34.52', null],
  ['302', '商品和服务支出', null, '24.79'],
  ['30201', '办公费', null, '1.30'],
  ['30205', '水费', null, '0.30'],
  ['30206', '电费', null, '1.21'],
  ['30207', '邮电费', null, '5.48'],
  ['30208', '取暖费', null, '0.84'],
  ['30209', '物业管理费', null, '0.46'],
  ['30211', '差旅费', null, '2.51'],
  ['30215', '会议费', null, '0.76'],
  ['30216', '培训费', null, '1.05'],
  ['30228', '工会经费', null, '1.49'],
  ['30229', '福利费', null, '1.75'],
  ['30231', '公务用车运行维护费', null, '2.40'],
  ['30239', '其他交通费用', null, '4.98'],
  ['30299', '其他商品和服务支出', null, '0.24'],
  ['303', '对个人和家庭的补助', '5.45', null],
  ['30309', '奖励金', '0.70', null],
  ['30399', '其他对个人和家庭的补助', '4.75', null],
];

export function basicExpenditureTable(
  f: SeedFigures = SEED_000_FIGURES,
  rows: Array<[string, string, string | null, string | null]> = BASIC_ROWS,
): BasicExpenditureTable {
  const sheet = '表6';
  const coded = rows.map(([code, name, personnel, pub], i): CodedRow<BasicColumn> => {
    const r = 6 + i;
    return {
      row: r,
      code,
      name,
      level: code.length === 3 ? 1 : 2,
      codeCell: cellRef(`B${r + 1}`, sheet),
      nameCell: cellRef(`C${r + 1}`, sheet),
      values: {
        total: figure(personnel ?? pub, `D${r + 1}`, sheet),
        personnel: figure(personnel, `E${r + 1}`, sheet),
        public: figure(pub, `F${r + 1}`, sheet),
      },
    };
  });
  return {
    ...base('basic_expenditure', sheet, '部门预算一般公共预算财政拨款基本支出表'),
    columns: ['total', 'personnel', 'public'],
    total: {
      row: 5,
      code: '',
      name: '合计',
      level: 0,
      nameCell: cellRef('C6', sheet),
      values: {
        total: figure(f.basic, 'D6', sheet),
        personnel: figure(f.personnel, 'E6', sheet),
        public: figure(f.public, 'F6', sheet),
      },
    },
    rows: coded,
  };
}

/** The basic expenditure rows of seed 000, for tests that change one. */
export function seedBasicRows(): Array<[string, string, string | null, string | null]> {
  return BASIC_ROWS.map((r) => [...r]);
}

export function threePublicTable(f: SeedFigures = SEED_000_FIGURES): ThreePublicTable {
  const sheet = '表9';
  const rows: Array<[ThreePublicRow, string, string | null]> = [
    ['total', '合计', f.threePublic],
    ['outbound', '一、因公出国（境）费', f.outbound],
    ['vehicle', '二、公务用车购置及运维费', f.vehicle],
    ['vehiclePurchase', '其中：公务用车购置费', f.vehiclePurchase],
    ['vehicleOps', '公务用车运行维护费', f.vehicleOps],
    ['reception', '三、公务接待费', f.reception],
  ];
  const table: ThreePublicTable = { ...base('three_public', sheet, '部门预算财政拨款“三公”经费支出表'), rows: {} };
  rows.forEach(([key, label, value], i) => {
    const r = 6 + i;
    table.rows[key] = {
      label: textCell(label, `B${r}`, sheet),
      values: { total: figure(value, `C${r}`, sheet), general: figure(value, `D${r}`, sheet) },
    };
  });
  return table;
}

/** The twelve project blocks of seed 000: [name, 预算数]; 网络执法 has a blank 预算数. */
export const SEED_000_PROJECTS: ReadonlyArray<[string, string | null]> = [
  ['互联网传播精品生产扶持专项经费', '0.80'],
  ['互联网专业培训', '0.80'],
  ['劳务派遣人员经费', '14.03'],
  ['网络安全监测预警体系和工作经费', '3.20'],
  ['网络平台链接费', '1.20'],
  ['网络设备维护费', '0.80'],
  ['网络宣传管理', '2.40'],
  ['网络执法', null],
  ['网络文明志愿者队伍建设费用', '1.20'],
  ['网站和新媒体业务费', '2.40'],
  ['一中心一站工作费用', '0.20'],
  ['栾城e站工作经费', '0.20'],
];

export function projectTable(
  projects: ReadonlyArray<[string, string | null]> = SEED_000_PROJECTS,
): ProjectPerformanceTable {
  const sheet = '项目绩效';
  const blocks = projects.map(([name, budget], i): ProjectBlock => {
    const top = i * 20;
    return {
      range: { top, left: 0, bottom: top + 19, right: 6 },
      title: textCell(`${i + 1}、${name}绩效目标表`, `A${top + 1}`, sheet),
      name: textCell(name, `D${top + 3}`, sheet),
      budget: figure(budget, `C${top + 4}`, sheet),
      fiscal: figure(budget, `E${top + 4}`, sheet),
      plan: [],
      indicators: [],
    };
  });
  return { ...base('project_performance', sheet, '项目支出绩效目标表'), projects: blocks };
}

export function procurementTable(rows: Array<[string, string]> = []): ProcurementTable {
  const sheet = '采购';
  return {
    ...base('procurement', sheet, '部门政府采购预算'),
    empty: rows.length === 0,
    rows: rows.map(([label, amount], i) => {
      const total = figure(amount, `H${6 + i}`, sheet);
      return { label: textCell(label, `A${6 + i}`, sheet), amount: total, values: { total } };
    }),
  };
}

export function assetsTable(f: SeedFigures = SEED_000_FIGURES): AssetsTable {
  const sheet = '资产';
  return {
    ...base('assets', sheet, '部门固定资产占用情况表'),
    asOf: textCell('截止时间：2023-12-31', 'C2', sheet),
    rows: {
      total: { label: textCell('资产总额', 'A4', sheet), value: figure(f.assetsTotal, 'C4', sheet) },
      vehicle: {
        label: textCell('2、车辆（台、辆）', 'A7', sheet),
        quantity: figure('1', 'B7', sheet),
        value: figure('11.1', 'C7', sheet),
      },
      other: { label: textCell('4、其他固定资产', 'A9', sheet), value: figure('29.1', 'C9', sheet) },
    },
  };
}

export interface SeedWorkbookOptions {
  paragraphs?: readonly string[];
  figures?: Partial<SeedFigures>;
  /** Replace whole tables (e.g. a basic expenditure table with other rows). */
  tables?: Partial<Record<TableKind, TypedTable | null>>;
  year?: number;
}

/** Seed 000 as typed tables; change the text, figures or tables a test is about. */
export function seedWorkbook(options: SeedWorkbookOptions = {}): BudgetWorkbook {
  const f = { ...SEED_000_FIGURES, ...options.figures };
  const defaults: Partial<Record<TableKind, TypedTable>> = {
    income_expenditure_summary: summaryTable(f),
    expenditure: expenditureTable(f),
    basic_expenditure: basicExpenditureTable(f),
    three_public: threePublicTable(f),
    project_performance: projectTable(),
    procurement: procurementTable(),
    assets: assetsTable(f),
    narrative: narrativeTable(options.paragraphs ?? SEED_000_PARAGRAPHS),
  };
  const tables: TypedTable[] = [];
  for (const [kind, table] of Object.entries(defaults) as Array<[TableKind, TypedTable]>) {
    const replaced = options.tables && kind in options.tables ? options.tables[kind] : table;
    if (replaced) tables.push(replaced);
  }
  return { tables, unitName: '224网信办', year: options.year ?? 2024, measure: '万元' };
}

/** Seed 000 with one paragraph's text replaced. */
export function withParagraph(marker: string, text: string): readonly string[] {
  const i = paragraphIndex(marker);
  return SEED_000_PARAGRAPHS.map((p, j) => (j === i ? text : p));
}

/** Seed 000 with `from` replaced by `to` in the paragraph containing it. */
export function editedText(from: string, to: string): readonly string[] {
  const i = paragraphIndex(from);
  return SEED_000_PARAGRAPHS.map((p, j) => (j === i ? p.replace(from, to) : p));
}

/** Seed 000 with several [from, to] replacements, each in the paragraph containing `from`. */
export function editedTexts(...edits: Array<[string, string]>): readonly string[] {
  let paragraphs: readonly string[] = SEED_000_PARAGRAPHS;
  for (const [from, to] of edits) {
    const i = paragraphs.findIndex((p) => p.includes(from));
    if (i < 0) throw new Error(`no seed paragraph contains ${from}`);
    paragraphs = paragraphs.map((p, j) => (j === i ? p.replace(from, to) : p));
  }
  return paragraphs;
}

export function contextFor(workbook: BudgetWorkbook, strict = false): CheckContext {
  return { workbook, grid: { sheets: [] }, options: { strict } };
}
