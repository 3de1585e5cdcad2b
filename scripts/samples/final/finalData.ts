/**
 * A 部门决算 (JUESUAN.md §3) as data: the nine tables' figures as printed, in 万元 with two decimals ('2940.05', null
 * for a blank cell), and the 情况说明 paragraphs. layoutFinal writes it in the Shanghai or the national layout;
 * consistentFinal builds consistent instances for the property tests; seedCzj2024 holds a real one.
 */
import type { Money } from '../budgetData';

export type { Money } from '../budgetData';

/** 表1's income sources in row order (一 … 八). */
export const FINAL_INCOME_ROLES = [
  'general',
  'fund',
  'capital',
  'superior',
  'business',
  'operating',
  'affiliated',
  'other',
] as const;
export type FinalIncomeRole = (typeof FINAL_INCOME_ROLES)[number];

export const FISCAL_ROLES = ['general', 'fund', 'capital'] as const;
export type FiscalRole = (typeof FISCAL_ROLES)[number];

/** 表2 columns in sheet order. */
export const FINAL_INCOME_COLUMNS = [
  'total',
  'fiscal',
  'superior',
  'business',
  'operating',
  'affiliated',
  'other',
] as const;
export type FinalIncomeColumn = (typeof FINAL_INCOME_COLUMNS)[number];

/** 表3 columns in sheet order. */
export const FINAL_EXPENDITURE_COLUMNS = [
  'total',
  'basic',
  'project',
  'toSuperior',
  'operating',
  'toAffiliated',
] as const;
export type FinalExpenditureColumn = (typeof FINAL_EXPENDITURE_COLUMNS)[number];

/** 表5 columns. */
export const FINAL_GENERAL_COLUMNS = ['total', 'basic', 'project'] as const;
export type FinalGeneralColumn = (typeof FINAL_GENERAL_COLUMNS)[number];

/** 表8/表9 columns (the national 公开09表 prints only the three spend columns). */
export const FINAL_FUND_COLUMNS = ['begin', 'income', 'spend', 'spendBasic', 'spendProject', 'end'] as const;
export type FinalFundColumn = (typeof FINAL_FUND_COLUMNS)[number];

/** 表4's expenditure columns. */
export const FINAL_FISCAL_COLUMNS = ['total', 'general', 'fund', 'capital'] as const;
export type FinalFiscalColumn = (typeof FINAL_FISCAL_COLUMNS)[number];

/** 表7's items, in the Shanghai (item-major) column order. */
export const THREE_PUBLIC_ITEMS = ['total', 'abroad', 'vehicle', 'vehicleBuy', 'vehicleRun', 'reception'] as const;
export type ThreePublicItem = (typeof THREE_PUBLIC_ITEMS)[number];

export interface FinalCodedRow<C extends string> {
  code: string;
  name: string;
  amounts: Partial<Record<C, Money>>;
}

/** A 科目 table: its 合计 row and its 类/款/项 rows; an empty table has no rows and its 说明 note. */
export interface FinalCodedTable<C extends string> {
  total: Partial<Record<C, Money>>;
  rows: Array<FinalCodedRow<C>>;
  emptyNote?: string;
}

/** 表1 收入支出决算总表. `functional` is the whole 功能类 list (24 or 26 rows), names without numbering. */
export interface FinalSummaryData {
  income: Record<FinalIncomeRole, Money>;
  incomeTotal: Money;
  useNonfiscal: Money;
  /** '使用非财政拨款结余' or '使用非财政拨款结余（含专用结余）'. */
  useNonfiscalLabel: string;
  begin: Money;
  incomeGrand: Money;
  functional: Array<{ name: string; amount: Money }>;
  spendTotal: Money;
  distribution: Money;
  end: Money;
  spendGrand: Money;
}

/** 表4 财政拨款收入支出决算总表. */
export interface FinalFiscalSummaryData {
  income: Record<FiscalRole, Money>;
  incomeTotal: Money;
  begin: Money;
  beginItems: Record<FiscalRole, Money>;
  incomeGrand: Money;
  functional: Array<{ name: string; amounts: Partial<Record<FinalFiscalColumn, Money>> }>;
  spendTotal: Partial<Record<FinalFiscalColumn, Money>>;
  end: Partial<Record<FinalFiscalColumn, Money>>;
  spendGrand: Partial<Record<FinalFiscalColumn, Money>>;
}

/** One 经济分类 row of 表6 (a 3-digit 类 or a 5-digit 款). */
export interface FinalBasicRow {
  code: string;
  name: string;
  amount: Money;
}

/** 表6: 人员经费 rows (301, 303) and 公用经费 rows (302, 310), every template row printed. */
export interface FinalBasicData {
  personnel: FinalBasicRow[];
  public: FinalBasicRow[];
  personnelTotal: Money;
  publicTotal: Money;
}

/** 表7: one row of 预算数 and 决算数 per item; an empty table has its 说明 note. */
export interface FinalThreePublicData {
  budget: Record<ThreePublicItem, Money>;
  actual: Record<ThreePublicItem, Money>;
  emptyNote?: string;
}

export interface FinalData {
  unitName: string;
  year: number;
  summary: FinalSummaryData;
  income: FinalCodedTable<FinalIncomeColumn>;
  expenditure: FinalCodedTable<FinalExpenditureColumn>;
  fiscalSummary: FinalFiscalSummaryData;
  generalBudget: FinalCodedTable<FinalGeneralColumn>;
  basic: FinalBasicData;
  threePublic: FinalThreePublicData;
  govFund: FinalCodedTable<FinalFundColumn>;
  stateCapital: FinalCodedTable<FinalFundColumn>;
  /** The 情况说明 sheet, one paragraph per row. */
  narrative: string[];
}

/** The 功能类 rows of 表1/表4: the 2024 template's 24, or 26 with 债务还本/债务付息 (JUESUAN.md §3.2). */
export const FINAL_CLASSES_24: ReadonlyArray<{ code: string; name: string }> = [
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出' },
  { code: '208', name: '社会保障和就业支出' },
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
  { code: '229', name: '其他支出' },
  { code: '234', name: '抗疫特别国债安排的支出' },
];

export const FINAL_CLASSES_26: ReadonlyArray<{ code: string; name: string }> = [
  ...FINAL_CLASSES_24.slice(0, 23),
  { code: '231', name: '债务还本支出' },
  { code: '232', name: '债务付息支出' },
  FINAL_CLASSES_24[23],
];

/** 表6's template rows (JUESUAN.md §3.7; 30306 救济费 included, as the template has it). */
export const BASIC_TEMPLATE: ReadonlyArray<{ code: string; name: string; items: Array<[string, string]> }> = [
  {
    code: '301',
    name: '工资福利支出',
    items: [
      ['01', '基本工资'],
      ['02', '津贴补贴'],
      ['03', '奖金'],
      ['06', '伙食补助费'],
      ['07', '绩效工资'],
      ['08', '机关事业单位基本养老保险缴费'],
      ['09', '职业年金缴费'],
      ['10', '职工基本医疗保险缴费'],
      ['11', '公务员医疗补助缴费'],
      ['12', '其他社会保障缴费'],
      ['13', '住房公积金'],
      ['14', '医疗费'],
      ['99', '其他工资福利支出'],
    ],
  },
  {
    code: '303',
    name: '对个人和家庭的补助',
    items: [
      ['01', '离休费'],
      ['02', '退休费'],
      ['03', '退职（役）费'],
      ['04', '抚恤金'],
      ['05', '生活补助'],
      ['06', '救济费'],
      ['07', '医疗费补助'],
      ['08', '助学金'],
      ['09', '奖励金'],
      ['10', '个人农业生产补贴'],
      ['11', '代缴社会保险费'],
      ['99', '其他对个人和家庭的补助'],
    ],
  },
  {
    code: '302',
    name: '商品和服务支出',
    items: [
      ['01', '办公费'],
      ['02', '印刷费'],
      ['03', '咨询费'],
      ['04', '手续费'],
      ['05', '水费'],
      ['06', '电费'],
      ['07', '邮电费'],
      ['08', '取暖费'],
      ['09', '物业管理费'],
      ['11', '差旅费'],
      ['12', '因公出国（境）费用'],
      ['13', '维修（护）费'],
      ['14', '租赁费'],
      ['15', '会议费'],
      ['16', '培训费'],
      ['17', '公务接待费'],
      ['18', '专用材料费'],
      ['24', '被装购置费'],
      ['25', '专用燃料费'],
      ['26', '劳务费'],
      ['27', '委托业务费'],
      ['28', '工会经费'],
      ['29', '福利费'],
      ['31', '公务用车运行维护费'],
      ['39', '其他交通费用'],
      ['40', '税金及附加费用'],
      ['99', '其他商品和服务支出'],
    ],
  },
  {
    code: '310',
    name: '资本性支出',
    items: [
      ['01', '房屋建筑物购建'],
      ['02', '办公设备购置'],
      ['03', '专用设备购置'],
      ['07', '信息网络及软件购置更新'],
      ['13', '公务用车购置'],
      ['19', '其他交通工具购置'],
      ['21', '文物和陈列品购置'],
      ['22', '无形资产购置'],
      ['99', '其他资本性支出'],
    ],
  },
];

/** 人员经费 classes; the others (302, 310) are 公用经费. */
export const PERSONNEL_CLASSES = ['301', '303'];
