import type { WorkbookGrid } from '../../../src/engine/grid';
import type { CheckContext } from '../../../src/engine/rules/rule';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';
import {
  basicExpenditureTable,
  expenditureTable,
  fiscalSummary,
  generalBudgetTable,
  govFundTable,
  incomeExpenditureSummary,
  incomeTable,
  stateCapitalTable,
  threePublicTable,
  type Cell,
} from '../../helpers/typedTableBuilders';

/**
 * The typed tables of seeds/000_ae9b859d8fb3661d.txt (224网信办, 2024), one sheet per table, figures as published.
 * Each call returns a fresh copy that a test may change.
 */

const FUNCTIONAL_CLASSES = [
  '一、一般公共服务支出',
  '二、外交支出',
  '三、国防支出',
  '四、公共安全支出',
  '五、教育支出',
  '六、科学技术支出',
  '七、文化旅游体育与传媒支出',
  '八、社会保障和就业支出',
  '九、社会保险基金支出',
  '十、卫生健康支出',
  '十一、节能环保支出',
  '十二、城乡社区支出',
  '十三、农林水支出',
  '十四、交通运输支出',
  '十五、资源勘探工业信息等支出',
  '十六、商业服务业等支出',
  '十七、金融支出',
  '十八、援助其他地区支出',
  '十九、自然资源海洋气象等支出',
  '二十、住房保障支出',
  '二十一、粮油物资储备支出',
  '二十二、国有资本经营预算支出',
  '二十三、灾害防治及应急管理支出',
  '二十四、预备费',
  '二十五、其他支出',
  '二十六、转移性支出',
  '二十七、债务还本支出',
  '二十八、债务付息支出',
  '二十九、债务发行费用支出',
  '三十、抗疫特别国债安排的支出',
  '三十一、往来性支出',
];

const CLASS_AMOUNTS: Record<string, Cell> = {
  '一、一般公共服务支出': '334.50',
  '八、社会保障和就业支出': '28.79',
  '十、卫生健康支出': '21.05',
};

/** [code, name, 合计] of the functional rows shared by the income, expenditure and general-budget tables. */
const FUNCTIONAL_ROWS: Array<[string, string, string, string | null, string | null]> = [
  // code, name, 合计, 基本支出, 项目支出
  ['', '合计', '384.34', '357.11', '27.23'],
  ['201', '一般公共服务支出', '334.50', '307.28', '27.23'],
  ['20137', '网信事务', '334.50', '307.28', '27.23'],
  ['2013701', '行政运行', '134.29', '134.29', null],
  ['2013702', '一般行政管理事务', '27.23', null, '27.23'],
  ['2013750', '事业运行', '172.99', '172.99', null],
  ['208', '社会保障和就业支出', '28.79', '28.79', null],
  ['20805', '行政事业单位养老支出', '27.67', '27.67', null],
  ['2080505', '机关事业单位基本养老保险缴费支出', '27.67', '27.67', null],
  ['20827', '财政对其他社会保险基金的补助', '1.12', '1.12', null],
  ['2082701', '财政对失业保险基金的补助', '0.49', '0.49', null],
  ['2082702', '财政对工伤保险基金的补助', '0.62', '0.62', null],
  ['210', '卫生健康支出', '21.05', '21.05', null],
  ['21011', '行政事业单位医疗', '21.05', '21.05', null],
  ['2101101', '行政单位医疗', '9.32', '9.32', null],
  ['2101102', '事业单位医疗', '11.72', '11.72', null],
];

const BASIC_ROWS: Array<[string, string, Cell, Cell, Cell]> = [
  ['', '合计', '357.11', '332.33', '24.79'],
  ['301', '工资福利支出', '326.87', '326.87', null],
  ['30101', '基本工资', '70.17', '70.17', null],
  ['30102', '津贴补贴', '37.53', '37.53', null],
  ['30103', '奖金', '102.86', '102.86', null],
  ['30107', '绩效工资', '31.95', '31.95', null],
  ['30108', '机关事业单位基本养老保险缴费', '27.67', '27.67', null],
  ['30110', '职工基本医疗保险缴费', '11.86', '11.86', null],
  ['30111', '公务员医疗补助缴费', '4.07', '4.07', null],
  ['30112', '其他社会保障缴费', '6.23', '6.23', null],
  ['30113', '住房公积金', '34.52', '34.52', null],
  ['302', '商品和服务支出', '24.79', null, '24.79'],
  ['30201', '办公费', '1.30', null, '1.30'],
  ['30205', '水费', '0.30', null, '0.30'],
  ['30206', '电费', '1.21', null, '1.21'],
  ['30207', '邮电费', '5.48', null, '5.48'],
  ['30208', '取暖费', '0.84', null, '0.84'],
  ['30209', '物业管理费', '0.46', null, '0.46'],
  ['30211', '差旅费', '2.51', null, '2.51'],
  ['30215', '会议费', '0.76', null, '0.76'],
  ['30216', '培训费', '1.05', null, '1.05'],
  ['30228', '工会经费', '1.49', null, '1.49'],
  ['30229', '福利费', '1.75', null, '1.75'],
  ['30231', '公务用车运行维护费', '2.40', null, '2.40'],
  ['30239', '其他交通费用', '4.98', null, '4.98'],
  ['30299', '其他商品和服务支出', '0.24', null, '0.24'],
  ['303', '对个人和家庭的补助', '5.45', '5.45', null],
  ['30309', '奖励金', '0.70', '0.70', null],
  ['30399', '其他对个人和家庭的补助', '4.75', '4.75', null],
];

export const SHEETS = {
  summary: '表1',
  income: '表2',
  expenditure: '表3',
  fiscal: '表4',
  general: '表5',
  basic: '表6',
  govFund: '表7',
  stateCapital: '表8',
  threePublic: '表9',
} as const;

export function seed000Workbook(): BudgetWorkbook {
  const summary = incomeExpenditureSummary(
    {
      incomeItems: [
        ['general', '一、一般公共预算拨款收入', '384.34'],
        ['fund', '二、政府性基金预算拨款收入', null],
        ['capital', '三、国有资本经营预算拨款收入', null],
        ['specialAccount', '四、财政专户管理资金收入', null],
        ['unitFunds', '五、单位资金', null],
      ],
      expenditureRows: FUNCTIONAL_CLASSES.map((label) => [label, CLASS_AMOUNTS[label] ?? null] as const),
      incomeTotal: '384.34',
      expenditureTotal: ['384.34'],
      carryIn: null,
      carryOut: [null],
      grandIncome: '384.34',
      grandExpenditure: ['384.34'],
    },
    { sheet: SHEETS.summary },
  );
  const fiscal = fiscalSummary(
    {
      incomeItems: [
        ['general', '一、一般公共预算拨款', '384.34'],
        ['fund', '二、政府性基金预算拨款', null],
        ['capital', '三、国有资本经营预算拨款', null],
      ],
      expenditureRows: FUNCTIONAL_CLASSES.map((label) => {
        const amount = CLASS_AMOUNTS[label] ?? null;
        return [label, amount, amount, null, null] as const;
      }),
      incomeTotal: '384.34',
      expenditureTotal: ['384.34', '384.34', null, null],
      carryIn: null,
      carryInItems: [
        ['general', '一、一般公共预算拨款', null],
        ['fund', '二、政府性基金预算拨款', null],
        ['capital', '三、国有资本经营预算拨款', null],
      ],
      carryOut: [null, null, null, null],
      grandIncome: '384.34',
      grandExpenditure: ['384.34', '384.34', null, null],
    },
    { sheet: SHEETS.fiscal },
  );
  // 收入总表: 合计 = 小计 = 财政拨款收入, every other column blank.
  const income = incomeTable(
    FUNCTIONAL_ROWS.map(([code, name, total]) => [code, name, total, total, total] as const),
    { sheet: SHEETS.income },
  );
  const expenditure = expenditureTable(
    FUNCTIONAL_ROWS.map(([code, name, total, basic, project]) => [code, name, total, basic, project] as const),
    { sheet: SHEETS.expenditure },
  );
  const general = generalBudgetTable(
    FUNCTIONAL_ROWS.map(([code, name, total, basic, project]) => [code, name, total, basic, project] as const),
    { sheet: SHEETS.general },
  );
  const basic = basicExpenditureTable(BASIC_ROWS, { sheet: SHEETS.basic });
  const govFund = govFundTable([], { sheet: SHEETS.govFund });
  const stateCapital = stateCapitalTable([], { sheet: SHEETS.stateCapital });
  const threePublic = threePublicTable(
    {
      total: ['合计', '2.4', '2.4', null, null],
      outbound: ['一、因公出国（境）费', null, null, null, null],
      vehicle: ['二、公务用车购置及运维费', '2.4', '2.4', null, null],
      vehiclePurchase: ['其中：公务用车购置费', null, null, null, null],
      vehicleOps: ['公务用车运行维护费', '2.4', '2.4', null, null],
      reception: ['三、公务接待费', null, null, null, null],
    },
    { sheet: SHEETS.threePublic },
  );
  return {
    unitName: '224网信办',
    year: 2024,
    measure: '万元',
    tables: [summary, income, expenditure, fiscal, general, basic, govFund, stateCapital, threePublic],
  };
}

const EMPTY_GRID: WorkbookGrid = { sheets: [] };

export function contextFor(workbook: BudgetWorkbook, strict = false): CheckContext {
  return { workbook, grid: EMPTY_GRID, options: { strict } };
}
