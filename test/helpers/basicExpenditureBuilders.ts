import type { BasicColumn, BasicExpenditureTable, CodedRow } from '../../src/engine/tables/types';
import { figure } from './figures';
import { tableBase } from './ruleContextBuilder';

export const BASIC_SHEET = '表6';

/** [code, name, 合计, 人员经费, 公用经费] as published; null for a blank cell. */
export type BasicRowSpec = [string, string, string, string | null, string | null];

/** The 一般公共预算财政拨款基本支出表 of seed 000. */
export const SEED_BASIC_ROWS: BasicRowSpec[] = [
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

/** First data row on the sheet (the 合计 row is the one above). */
const FIRST_ROW = 8;

/** Sheet address of a row's column: 合计 D, 人员经费 E, 公用经费 F. */
export function basicCell(code: string, column: BasicColumn, rows: BasicRowSpec[] = SEED_BASIC_ROWS): string {
  const i = rows.findIndex((r) => r[0] === code);
  if (i < 0) throw new Error(`no row ${code}`);
  return `${{ total: 'D', personnel: 'E', public: 'F' }[column]}${FIRST_ROW + i}`;
}

export function basicExpenditureTable(rows: BasicRowSpec[] = SEED_BASIC_ROWS): BasicExpenditureTable {
  const coded: CodedRow<BasicColumn>[] = rows.map(([code, name, total, personnel, pub], i) => {
    const r = FIRST_ROW + i;
    return {
      row: r - 1,
      code,
      name,
      level: code.length === 3 ? 1 : 2,
      codeCell: { sheet: BASIC_SHEET, address: `B${r}` },
      nameCell: { sheet: BASIC_SHEET, address: `C${r}` },
      values: {
        total: figure(total, `D${r}`, BASIC_SHEET),
        personnel: figure(personnel, `E${r}`, BASIC_SHEET),
        public: figure(pub, `F${r}`, BASIC_SHEET),
      },
    };
  });
  return {
    ...tableBase('basic_expenditure', BASIC_SHEET),
    columns: ['total', 'personnel', 'public'],
    total: {
      row: FIRST_ROW - 2,
      code: '',
      name: '合计',
      level: 0,
      nameCell: { sheet: BASIC_SHEET, address: `B${FIRST_ROW - 1}` },
      values: {
        total: figure('357.11', `D${FIRST_ROW - 1}`, BASIC_SHEET),
        personnel: figure('332.33', `E${FIRST_ROW - 1}`, BASIC_SHEET),
        public: figure('24.79', `F${FIRST_ROW - 1}`, BASIC_SHEET),
      },
    },
    rows: coded,
  };
}
