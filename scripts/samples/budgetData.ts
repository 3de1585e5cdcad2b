/**
 * A whole 部门预算公开 document as data, the way it is published: every amount is the string printed in
 * the table ('334.50', '2.4') or null for a blank cell, so 尾差 and odd decimals survive untouched.
 * The sample builder lays this out as a workbook; the property test generates consistent instances.
 */

/** An amount as printed in 万元 ('334.50'), or null for a blank cell. */
export type Money = string | null;

export const INCOME_COLUMNS = [
  'total',
  'subtotal',
  'fiscal',
  'specialAccount',
  'business',
  'operating',
  'superior',
  'subsidiary',
  'other',
  'carryover',
] as const;
export type IncomeColumnKey = (typeof INCOME_COLUMNS)[number];

export const EXPENDITURE_COLUMNS = ['total', 'basic', 'project', 'operating', 'remit', 'subsidy'] as const;
export type ExpenditureColumnKey = (typeof EXPENDITURE_COLUMNS)[number];

export const FUNCTIONAL_COLUMNS = ['total', 'basic', 'project'] as const;
export type FunctionalColumnKey = (typeof FUNCTIONAL_COLUMNS)[number];

export const BASIC_COLUMNS = ['total', 'personnel', 'public'] as const;
export type BasicColumnKey = (typeof BASIC_COLUMNS)[number];

export const FISCAL_COLUMNS = ['total', 'general', 'fund', 'capital'] as const;
export type FiscalColumnKey = (typeof FISCAL_COLUMNS)[number];

/** Amounts of one row, by column; a missing column is a blank cell. */
export type RowAmounts<C extends string> = Partial<Record<C, Money>>;

/** A row keyed by 科目编码 (功能分类 3/5/7 digits or 经济分类 3/5 digits). */
export interface CodedRowData<C extends string> {
  code: string;
  name: string;
  amounts: RowAmounts<C>;
}

/** A table of 科目 rows under a 合计 row. */
export interface CodedTableData<C extends string> {
  total: RowAmounts<C>;
  rows: Array<CodedRowData<C>>;
  /** '注：无…空表列示。' written under an empty table. */
  emptyNote?: string;
}

/** The 31 功能类 of the summary tables, in template order, with their 类 codes. */
export const FUNCTIONAL_CLASSES: ReadonlyArray<{ code: string; name: string }> = [
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出' },
  { code: '208', name: '社会保障和就业支出' },
  { code: '209', name: '社会保险基金支出' },
  { code: '210', name: '卫生健康支出' },
  { code: '211', name: '节能环保支出' },
  { code: '212', name: '城乡社区支出' },
  { code: '213', name: '农林水支出' },
  { code: '214', name: '交通运输支出' },
  { code: '215', name: '资源勘探工业信息等支出' },
  { code: '216', name: '商业服务业等支出' },
  { code: '217', name: '金融支出' },
  { code: '219', name: '援助其他地区支出' },
  { code: '220', name: '自然资源海洋气象等支出' },
  { code: '221', name: '住房保障支出' },
  { code: '222', name: '粮油物资储备支出' },
  { code: '223', name: '国有资本经营预算支出' },
  { code: '224', name: '灾害防治及应急管理支出' },
  { code: '227', name: '预备费' },
  { code: '229', name: '其他支出' },
  { code: '230', name: '转移性支出' },
  { code: '231', name: '债务还本支出' },
  { code: '232', name: '债务付息支出' },
  { code: '233', name: '债务发行费用支出' },
  { code: '234', name: '抗疫特别国债安排的支出' },
  { code: '239', name: '往来性支出' },
];

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 31 → 三十一 (enough for the template's numbering). */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[ones]}`;
}

/** '一、一般公共服务支出' as the summary tables label 功能类 row i (0-based). */
export function functionalClassLabel(index: number): string {
  return `${chineseNumeral(index + 1)}、${FUNCTIONAL_CLASSES[index].name}`;
}

export const SUMMARY_INCOME_LABELS = [
  '一、一般公共预算拨款收入',
  '二、政府性基金预算拨款收入',
  '三、国有资本经营预算拨款收入',
  '四、财政专户管理资金收入',
  '五、单位资金',
] as const;

export const FISCAL_INCOME_LABELS = [
  '一、一般公共预算拨款',
  '二、政府性基金预算拨款',
  '三、国有资本经营预算拨款',
] as const;

/** 部门预算收支总表. */
export interface SummaryData {
  /** The five income items, in SUMMARY_INCOME_LABELS order. */
  incomeItems: Money[];
  /** One amount per FUNCTIONAL_CLASSES entry (31). */
  expenditureRows: Money[];
  incomeTotal: Money;
  expenditureTotal: Money;
  carryIn: Money;
  carryOut: Money;
  grandIncome: Money;
  grandExpenditure: Money;
}

/** 部门预算财政拨款收支总表. */
export interface FiscalSummaryData {
  /** The three income items, in FISCAL_INCOME_LABELS order. */
  incomeItems: Money[];
  /** One row of amounts per FUNCTIONAL_CLASSES entry (31). */
  expenditureRows: Array<RowAmounts<FiscalColumnKey>>;
  incomeTotal: Money;
  expenditureTotal: RowAmounts<FiscalColumnKey>;
  /** 年初财政拨款结转和结余 and its three sub-rows. */
  carryIn: Money;
  carryInItems: Money[];
  /** 年末财政拨款结转和结余. */
  carryOut: RowAmounts<FiscalColumnKey>;
  grandIncome: Money;
  grandExpenditure: RowAmounts<FiscalColumnKey>;
}

export const THREE_PUBLIC_ROWS = [
  'total',
  'outbound',
  'vehicle',
  'vehiclePurchase',
  'vehicleOps',
  'reception',
] as const;
export type ThreePublicRowKey = (typeof THREE_PUBLIC_ROWS)[number];

/** Labels as the template writes them (the 其中 rows are indented with spaces). */
export const THREE_PUBLIC_LABELS: Record<ThreePublicRowKey, string> = {
  total: '合计',
  outbound: '一、因公出国（境）费',
  vehicle: '二、公务用车购置及运维费',
  vehiclePurchase: '   其中：公务用车购置费',
  vehicleOps: '             公务用车运行维护费',
  reception: '三、公务接待费',
};

export type ThreePublicData = Record<ThreePublicRowKey, RowAmounts<FiscalColumnKey>>;

/** One row of a project's performance indicators. */
export interface IndicatorData {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  value: string;
  basis: string;
}

export const PLAN_LABELS = ['3月底', '6月底', '10月底', '12月底'] as const;

/** One 项目支出绩效目标表 block. */
export interface ProjectData {
  code: string;
  name: string;
  budget: Money;
  fiscal: Money;
  other: Money;
  /** 资金用途, the line under 预算数. */
  purpose: string;
  /** 资金支出计划 for 3月底/6月底/10月底/12月底 as printed ('30%'), null where blank. */
  plan: Array<string | null>;
  goal: string;
  indicators: IndicatorData[];
}

/** One row of 部门政府采购预算. */
export interface ProcurementRowData {
  projectName: string;
  budgetFunds: Money;
  itemName: string;
  catalogNo: string;
  measureUnit: string;
  quantity: string;
  unitPrice: Money;
  total: Money;
  general: Money;
  fund: Money;
  capital: Money;
  specialAccount: Money;
  unitFunds: Money;
  carryover: Money;
  smeShare: Money;
}

export interface ProcurementData {
  /** A 合计 row is written above the rows when there are any. */
  total?: Omit<ProcurementRowData, 'projectName' | 'itemName' | 'catalogNo' | 'measureUnit' | 'quantity'>;
  rows: ProcurementRowData[];
  /** The 注 lines under the table (the empty-table note among them). */
  notes: string[];
}

export const ASSET_ROWS = ['total', 'building', 'officeBuilding', 'vehicle', 'equipment', 'other'] as const;
export type AssetRowKey = (typeof ASSET_ROWS)[number];

export const ASSET_LABELS: Record<AssetRowKey, string> = {
  total: '资产总额',
  building: '1、房屋（平方米）',
  officeBuilding: '　　其中：办公用房（平方米）',
  vehicle: '2、车辆（台、辆）',
  equipment: '3、单价在20万元以上的设备',
  other: '4、其他固定资产',
};

export interface AssetsData {
  /** 截止时间 as written, e.g. '2023-12-31'. */
  asOf: string;
  /** 数量 as written ('1', '120平方米') and 价值, per row. */
  rows: Record<AssetRowKey, { quantity: string | null; value: Money }>;
}

/** A paragraph of the 情况说明, or a row of a small table inside it (one cell per column). */
export type NarrativeItem = string | string[];

export interface BudgetData {
  /** As the meta rows print it, e.g. '224网信办'. */
  unitName: string;
  year: number;
  summary: SummaryData;
  income: CodedTableData<IncomeColumnKey>;
  expenditure: CodedTableData<ExpenditureColumnKey>;
  fiscalSummary: FiscalSummaryData;
  generalBudget: CodedTableData<FunctionalColumnKey>;
  basic: CodedTableData<BasicColumnKey>;
  govFund: CodedTableData<FunctionalColumnKey>;
  stateCapital: CodedTableData<FunctionalColumnKey>;
  threePublic: ThreePublicData;
  projects: ProjectData[];
  procurement: ProcurementData;
  assets: AssetsData;
  narrative: NarrativeItem[];
}
