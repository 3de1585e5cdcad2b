/**
 * The tables of 上海市普陀区财政局 2024 年度部门决算 (../shared/real/final/sh-putuo-czj-2024.xlsx) typed by hand
 * from the sheets, for the narrative tests until the 决算 readers recognise the file: 表1 with its forced 326.71
 * (JUESUAN.md §7.1), 表5's eleven 项, 表6's non-zero 款, an empty 表7 with a 0.95 公务接待费 预算数.
 */
import type { BudgetWorkbook, TypedTable } from '../../../../src/engine/tables/types';
import {
  basicT6,
  expenditureT3,
  fiscalSummaryT4,
  generalBudgetT5,
  govFundT8,
  incomeT2,
  narrativeSheet,
  stateCapitalT9,
  summaryT1,
  threePublicT7,
} from './typedFinalTables';

export const CZJ_UNIT = '上海市普陀区财政局';

const SPENDING_CLASSES = [
  ['一、一般公共服务支出', '2106.66'],
  ['八、社会保障和就业支出', '326.71'],
  ['九、卫生健康支出', '60.99'],
  ['十九、住房保障支出', '445.69'],
] as const;

export const czjT1 = summaryT1({
  income: [
    ['general', '一、一般公共预算财政拨款收入', '2940.05'],
    ['fund', '二、政府性基金预算财政拨款收入', null],
    ['capital', '三、国有资本经营预算财政拨款收入', null],
    ['superior', '四、上级补助收入', null],
    ['business', '五、事业收入', null],
    ['operating', '六、经营收入', null],
    ['affiliated', '七、附属单位上缴收入', null],
    ['other', '八、其他收入', '6.2'],
  ],
  spending: SPENDING_CLASSES,
  incomeTotal: '2946.25',
  spendingTotal: ['2940.05'],
  begin: '49.14',
  end: ['55.34'],
  grand: '2995.39',
});

export const czjT2 = incomeT2([
  ['', '合计', '2946.25', '2940.05', null, null, null, null, '6.2'],
  ['201', '一般公共服务支出', '2112.86', '2106.66', null, null, null, null, '6.2'],
  ['208', '社会保障和就业支出', '326.72', '326.72'],
  ['210', '卫生健康支出', '60.99', '60.99'],
  ['221', '住房保障支出', '445.69', '445.69'],
]);

export const czjT3 = expenditureT3([
  ['', '合计', '2940.05', '2336.91', '603.14'],
  ['201', '一般公共服务支出', '2106.66', '1503.52', '603.14'],
  ['208', '社会保障和就业支出', '326.72', '326.72'],
  ['210', '卫生健康支出', '60.99', '60.99'],
  ['221', '住房保障支出', '445.69', '445.69'],
]);

export const czjT4 = fiscalSummaryT4({
  income: [
    ['general', '一、一般公共预算财政拨款', '2940.05'],
    ['fund', '二、政府性基金预算财政拨款', null],
    ['capital', '三、国有资本经营预算财政拨款', null],
  ],
  spending: SPENDING_CLASSES.map(([label, v]) => [label, v, v] as const),
  incomeTotal: '2940.05',
  spendingTotal: ['2940.05', '2940.05'],
  begin: '21.63',
  end: ['21.63', '21.63'],
  grand: '2961.68',
});

/** 表5 rows in sheet order, 合计 at the bottom as published. */
export const CZJ_T5_ROWS = [
  ['201', '一般公共服务支出', '2106.66', '1503.52', '603.14'],
  ['20106', '财政事务', '2106.66', '1503.52', '603.14'],
  ['2010601', '行政运行', '1511.89', '1503.52', '8.37'],
  ['2010602', '一般行政管理事务', '10', null, '10'],
  ['2010607', '信息化建设', '135.25', null, '135.25'],
  ['2010608', '财政委托业务支出', '449.52', null, '449.52'],
  ['208', '社会保障和就业支出', '326.72', '326.72'],
  ['20805', '行政事业单位养老支出', '326.72', '326.72'],
  ['2080501', '行政单位离退休', '84.65', '84.65'],
  ['2080505', '机关事业单位基本养老保险缴费支出', '160.75', '160.75'],
  ['2080506', '机关事业单位职业年金缴费支出', '80.38', '80.38'],
  ['2080599', '其他行政事业单位养老支出', '0.94', '0.94'],
  ['210', '卫生健康支出', '60.99', '60.99'],
  ['21011', '行政事业单位医疗', '60.99', '60.99'],
  ['2101101', '行政单位医疗', '60.99', '60.99'],
  ['221', '住房保障支出', '445.69', '445.69'],
  ['22102', '住房改革支出', '445.69', '445.69'],
  ['2210201', '住房公积金', '187.19', '187.19'],
  ['2210203', '购房补贴', '258.5', '258.5'],
  ['', '合计', '2940.05', '2336.91', '603.14'],
] as const;

export const czjT5 = generalBudgetT5(CZJ_T5_ROWS);

export const czjT6 = basicT6(
  [
    ['301', '工资福利支出', '2082.85'],
    ['30101', '基本工资', '262.33'],
    ['30102', '津贴补贴', '1238.58'],
    ['30103', '奖金', null],
    ['30108', '机关事业单位基本养老保险缴费', '160.75'],
    ['30109', '职业年金缴费', '80.38'],
    ['30110', '职工基本医疗保险缴费', '60.99'],
    ['30112', '其他社会保障缴费', '1.61'],
    ['30113', '住房公积金', '187.19'],
    ['30199', '其他工资福利支出', '91.03'],
    ['303', '对个人和家庭的补助', '69.41'],
    ['30302', '退休费', '69.1'],
    ['30309', '奖励金', '0.31'],
    ['30310', '个人农业生产补贴', null],
    ['302', '商品和服务支出', '171.07'],
    ['30201', '办公费', '21.21'],
    ['30202', '印刷费', '7.61'],
    ['30204', '手续费', '0.09'],
    ['30207', '邮电费', '4.88'],
    ['30211', '差旅费', '1.2'],
    ['30213', '维修（护）费', '2.83'],
    ['30216', '培训费', '4.05'],
    ['30226', '劳务费', '2.01'],
    ['30228', '工会经费', '24.42'],
    ['30229', '福利费', '42.77'],
    ['30239', '其他交通费用', '48.49'],
    ['30299', '其他商品和服务支出', '11.53'],
    ['310', '资本性支出', '13.58'],
    ['31002', '办公设备购置', '13.58'],
  ],
  '2152.26',
  '184.65',
);

export const czjT7 = threePublicT7({ total: '0.95', reception: '0.95' }, {});

export const czjTables: TypedTable[] = [
  czjT1,
  czjT2,
  czjT3,
  czjT4,
  czjT5,
  czjT6,
  czjT7,
  { ...govFundT8([]), empty: true },
  { ...stateCapitalT9([]), empty: true },
];

export function czjWorkbook(narrative: readonly string[] = []): BudgetWorkbook {
  const tables = narrative.length ? [...czjTables, narrativeSheet(narrative)] : czjTables;
  return { template: 'shanghai-final', tables, unitName: CZJ_UNIT, year: 2024 };
}
