/**
 * A 决算 built in code to pair with a real 预算 workbook (issue 13 point 5): no real 预算 and 决算 of one unit and
 * year exist in ../shared/real, so the tests take sample-shanghai-2025.xlsx (上海市普陀区人民政府办公室 2025) as the
 * 预算 and state its figures in a 2025 决算's 表5, 表7 and 情况说明 五（三）.
 */
import type { FinalGeneralBudgetTable, FinalThreePublicTable } from '../../src/engine/tables/finalTypes';
import type { BudgetWorkbook, ThreePublicRow } from '../../src/engine/tables/types';
import { cellRef, figure, textCell } from './figures';
import { narrativeTable } from './narrativeBuilders';
import { tableBase } from './ruleContextBuilder';
import { codedTable, FUNCTIONAL_COLUMNS, type Cell } from './typedTableBuilders';

export const T5_SHEET = '5一般公共预算财政拨款支出决算表';
export const T7_SHEET = '7财政拨款三公经费支出决算表';

/** 表7's one data row: 预算数 in row 6 and 决算数 in row 7 of each item's column (A … F). */
const T7_COLUMNS: Record<ThreePublicRow, string> = {
  total: 'A',
  outbound: 'B',
  vehicle: 'C',
  vehiclePurchase: 'D',
  vehicleOps: 'E',
  reception: 'F',
};

/** The 预算 sample's 三公 预算数 (万元), as the 决算 表7 restates them. */
export const SAMPLE_THREE_PUBLIC: Record<ThreePublicRow, Cell> = {
  total: '867.50',
  outbound: '839.00',
  vehicle: '0.00',
  vehiclePurchase: '0.00',
  vehicleOps: '0.00',
  reception: '28.50',
};

export function finalThreePublic(
  budget: Partial<Record<ThreePublicRow, Cell>> = SAMPLE_THREE_PUBLIC,
): FinalThreePublicTable {
  const t: FinalThreePublicTable = {
    ...tableBase('final_three_public', T7_SHEET, { title: textCell('财政拨款“三公”经费支出决算表', 'A1', T7_SHEET) }),
    budget: {},
    actual: {},
    labels: {},
  };
  for (const [row, col] of Object.entries(T7_COLUMNS) as Array<[ThreePublicRow, string]>) {
    const b = budget[row];
    if (b === undefined) continue;
    t.budget[row] = figure(b, `${col}6`, T7_SHEET);
    t.actual[row] = figure('0.00', `${col}7`, T7_SHEET);
  }
  t.labels.outbound = { text: '因公出国（境）费', cell: cellRef('B4', T7_SHEET) };
  return t;
}

/** 表5 with the 预算 sample's 201 rows (决算数 need not equal the 预算: only the names lead to the codes). */
export function finalGeneralBudget(): FinalGeneralBudgetTable {
  return codedTable(
    'final_general_budget_expenditure',
    FUNCTIONAL_COLUMNS,
    [
      ['201', '一般公共服务支出', '8000.00', '1200.00', '6800.00'],
      ['20103', '政府办公厅（室）及相关机构事务', '8000.00', '1200.00', '6800.00'],
      ['2010301', '行政运行', '1200.00', '1200.00', null],
      ['2010302', '一般行政管理事务', '4600.00', null, '4600.00'],
      ['', '合计', '8000.00', '1200.00', '6800.00'],
    ],
    { sheet: T5_SHEET },
  );
}

/** 五（三）'s sentences with the sample 预算's 年初预算: 合计 9101.68 (91,016,775.35元), 行政运行 1202.95, 一般行政管理事务 4614.00. */
export const SAMPLE_INITIAL_PARAGRAPHS: readonly string[] = [
  '一般公共预算财政拨款支出年初预算为9101.68万元，支出决算为8000.00万元，完成年初预算的87.90%。其中：',
  '1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：基本支出。年初预算为1202.95万元，支出决算为1200.00万元。',
  '2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。主要用于：项目支出。年初预算为4614.00万元，支出决算为4600.00万元。',
];

/** A Shanghai 2025 决算 with 表5, 表7 and the 情况说明 (paragraphs A1, A2 … of 情况说明). */
export function finalWorkbook(
  options: { year?: number; paragraphs?: readonly string[]; threePublic?: FinalThreePublicTable } = {},
): BudgetWorkbook {
  return {
    template: 'shanghai-final',
    year: options.year ?? 2025,
    unitName: '上海市普陀区人民政府办公室',
    tables: [
      finalGeneralBudget(),
      options.threePublic ?? finalThreePublic(),
      narrativeTable(options.paragraphs ?? SAMPLE_INITIAL_PARAGRAPHS),
    ],
  };
}
