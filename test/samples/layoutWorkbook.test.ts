import { parseAmount } from '../../src/engine/amount';
import { cellAt, cellText } from '../../src/engine/grid';
import { FUNCTIONAL_CLASSES, functionalClassLabel } from '../../scripts/samples/budgetData';
import { layoutWorkbook } from '../../scripts/samples/layoutWorkbook';
import { SEED_000 } from '../../scripts/samples/seed000';
import { below, findAll, findOne, headerCol } from './gridSearch';

const sample = layoutWorkbook(SEED_000);
const grid = sample.grid;

/** The amount in the row whose code (column 序号+1) is `code`, under the header `column`. */
function codedAmount(title: string, code: string, column: string) {
  const t = findOne(grid, title);
  const col = headerCol(t, column);
  const codeCell = below({ ...t, col: t.col + 1 }, code);
  if (!codeCell) throw new Error(`no ${code} in ${title}`);
  return cellAt(t.sheet, codeCell.row, col);
}

describe('layoutWorkbook(seed 000, standard)', () => {
  it('puts each table on its own sheet 表1… with its title at A1 and the narrative on 情况说明', () => {
    expect(grid.sheets.map((s) => s.name)).toEqual([...Array.from({ length: 12 }, (_, i) => `表${i + 1}`), '情况说明']);
    expect(cellText(cellAt(grid.sheets[0], 0, 0))).toBe('部门预算收支总表');
    expect(cellText(cellAt(grid.sheets[1], 0, 0))).toBe('部门预算收入总表');
  });

  it('writes the published figures, 尾差 included, where the headers say', () => {
    const d20137 = codedAmount('部门预算收入总表', '20137', '合计');
    expect(d20137?.value).toBe(334.5);
    expect(cellText(d20137)).toBe('334.50');
    expect(d20137?.numberFormat).toBe('0.00');
    const parts = ['2013701', '2013702', '2013750'].map((c) => parseAmount(codedAmount('部门预算收入总表', c, '合计')));
    expect(parts.map((p) => p.value.toFixed(2))).toEqual(['134.29', '27.23', '172.99']);
    expect(cellText(codedAmount('部门预算支出总表', '20137', '基本支出'))).toBe('307.28');
    expect(cellText(codedAmount('部门预算支出总表', '2013702', '项目支出'))).toBe('27.23');
    expect(codedAmount('部门预算支出总表', '2013701', '项目支出')).toBeUndefined();
    expect(cellText(codedAmount('部门预算一般公共预算财政拨款基本支出表', '302', '公用经费'))).toBe('24.79');
    expect(cellText(codedAmount('部门预算一般公共预算财政拨款基本支出表', '30208', '公用经费'))).toBe('0.84');
  });

  it('merges the title across the table and the headers as the seed shows them', () => {
    const income = grid.sheets[1];
    expect(income.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 12 });
    expect(income.merges).toContainEqual({ top: 2, left: 3, bottom: 3, right: 3 }); // 合计 over two rows
    expect(income.merges).toContainEqual({ top: 2, left: 4, bottom: 2, right: 11 }); // 本年收入 over 8 columns
    expect(cellText(cellAt(income, 4, 0))).toBe('栏次');
    expect(cellText(cellAt(income, 4, 12))).toBe('12');
    expect(cellText(cellAt(income, 1, 0))).toBe('224网信办');
    expect(findAll({ sheets: [income] }, '预算年度：2024')).toHaveLength(1);
  });

  it('lists all 31 功能类 on both summary tables', () => {
    for (const sheetIndex of [0, 3]) {
      const s = grid.sheets[sheetIndex];
      FUNCTIONAL_CLASSES.forEach((_, i) => {
        expect(findAll({ sheets: [s] }, functionalClassLabel(i))).toHaveLength(1);
      });
    }
    const total = findOne({ sheets: [grid.sheets[0]] }, '本年支出合计');
    expect(cellText(cellAt(total.sheet, total.row, total.col + 1))).toBe('384.34');
    const health = findOne({ sheets: [grid.sheets[3]] }, '十、卫生健康支出');
    expect(cellText(cellAt(health.sheet, health.row, health.col + 2))).toBe('21.05');
  });

  it('keeps the empty tables with their notes', () => {
    expect(findAll(grid, '注：无政府基金预算财政拨款预算，空表列示。')).toHaveLength(1);
    expect(findAll(grid, '注：无国有资本经营预算财政拨款预算，空表列示。')).toHaveLength(1);
    expect(findAll(grid, '注：无政府采购预算，空表列示。')).toHaveLength(1);
  });

  it('writes the 三公 and assets tables as published', () => {
    const ops = findOne({ sheets: [grid.sheets[8]] }, '公务用车运行维护费');
    expect(cellText(cellAt(ops.sheet, ops.row, ops.col + 1))).toBe('2.4');
    const vehicle = findOne(grid, '2、车辆（台、辆）');
    expect(cellText(cellAt(vehicle.sheet, vehicle.row, vehicle.col + 1))).toBe('1');
    expect(cellText(cellAt(vehicle.sheet, vehicle.row, vehicle.col + 2))).toBe('11.1');
    expect(findAll(grid, '截止时间：2023-12-31')).toHaveLength(1);
  });

  it('stacks the twelve project blocks, label-driven', () => {
    const titles = findAll(grid, /^\d+、.+绩效目标表$/);
    expect(titles.map((t) => t.sheet.name)).toEqual(Array(12).fill('表10'));
    const law = findOne(grid, '8、网络执法绩效目标表');
    const budgetLabel = below({ ...law, col: law.col + 1 }, '预算数');
    expect(budgetLabel).toBeDefined();
    expect(cellAt(law.sheet, budgetLabel!.row, budgetLabel!.col + 1)).toBeUndefined();
    const cost = below({ ...law, col: law.col + 4 }, '≤0.2万');
    expect(cost).toBeDefined();

    const propaganda = findOne(grid, '7、网络宣传管理绩效目标表');
    const march = below({ ...propaganda, col: propaganda.col + 1 }, '3月底')!;
    const plan = [1, 2, 3, 4].map((i) => cellText(cellAt(march.sheet, march.row + 1, march.col + i - 1)));
    expect(plan).toEqual(['', '30%', '80%', '100%']);

    const labour = findOne(grid, '3、劳务派遣人员经费绩效目标表');
    const budget = below({ ...labour, col: labour.col + 1 }, '预算数')!;
    expect(cellText(cellAt(labour.sheet, budget.row, budget.col + 1))).toBe('14.03');
    expect(below({ ...labour, col: labour.col + 4 }, '≤14.06')).toBeDefined();
  });

  it('writes the 情况说明 one paragraph per row in column A', () => {
    const narrative = grid.sheets[12];
    const a = narrative.rows.map((r) => cellText(r?.[0]));
    expect(a[0]).toBe('第一部分  网信办2024年部门预算信息公开情况说明');
    expect(a[a.length - 1]).toBe('我部门无其他需要说明的事项。');
    expect(a.some((p) => p.includes('网络执法0.2万元'))).toBe(true);
    expect(a.some((p) => p.startsWith('2024年，我部门机关运行经费共计安排24.79万元'))).toBe(true);
    expect(a.every((p) => !p.includes('[bookmark'))).toBe(true);
  });

  it('is pure: the same input gives the same workbook', () => {
    expect(layoutWorkbook(SEED_000)).toEqual(sample);
  });
});
