/**
 * The national 公开01–09表 layout (JUESUAN.md §3.2, §6), on the 财政局 2024 figures laid out as 公开表: '公开NN表'
 * tags, '部门：' meta rows, 行次 columns and 栏次 rows (never amounts), one code column, 三公 grouped 预算数 / 决算数.
 */
import { fromA1 } from '../../../../src/engine/grid';
import { FINAL_TABLE_KINDS } from '../../../../src/engine/tableKinds';
import { recognizeWorkbook } from '../../../../src/engine/tables/recognizeWorkbook';
import { tableOf, type BudgetWorkbook, type TypedTable } from '../../../../src/engine/tables/types';
import { nationalFinalWorkbook } from '../../../helpers/nationalFinalGrids';
import { at } from './finalRealFiles';

const wb: BudgetWorkbook = recognizeWorkbook(nationalFinalWorkbook());
const columnOf = (address: string): number => fromA1(address).col;
const rowOf = (address: string): number => fromA1(address).row;
/** The 栏次 row of the 公开表 that print one (title, tag, meta, two header rows, then 栏次); 06 and 07 have none. */
const COLUMN_NUMBER_ROW = 5;

function table(kind: TypedTable['kind']): TypedTable {
  const t = wb.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`${kind} not read`);
  return t;
}

describe('national 公开01–09表 layout', () => {
  it('chooses the national-final template, reads all nine tables and the unit from 部门：', () => {
    expect(wb.template).toBe('national-final');
    expect(wb.tables.map((t) => t.kind)).toEqual([...FINAL_TABLE_KINDS]);
    expect(wb.unitName).toBe('上海市普陀区财政局');
    expect(wb.measure).toBe('万元');
    for (const t of wb.tables) {
      expect(t.meta.unitName?.text).toBe('上海市普陀区财政局');
      expect(t.badAmounts).toEqual([]);
    }
  });

  it('never reads a 行次 column or a 栏次 row as amounts', () => {
    const rowNumberColumns: Array<[TypedTable['kind'], string[]]> = [
      ['final_income_expenditure_summary', ['B', 'E']],
      ['final_fiscal_summary', ['B', 'E']],
      ['final_income', ['C']],
    ];
    for (const [kind, columns] of rowNumberColumns) {
      const read = table(kind).allFigures.map((f) => f.cell.address);
      expect(read.length).toBeGreaterThan(0);
      for (const column of columns) expect(read.filter((a) => columnOf(a) === columnOf(`${column}1`))).toEqual([]);
    }
    for (const t of wb.tables) {
      if (t.kind === 'final_three_public' || t.kind === 'final_basic_expenditure') continue;
      expect(t.allFigures.filter((f) => rowOf(f.cell.address) === COLUMN_NUMBER_ROW)).toEqual([]);
    }
    expect(tableOf(wb, 'final_income')?.columns).toEqual([
      'total',
      'fiscal',
      'superior',
      'business',
      'operating',
      'affiliated',
      'other',
    ]);
  });

  it('reads 公开01表 with 26 功能类 rows and its total lines', () => {
    const t1 = tableOf(wb, 'final_income_expenditure_summary');
    expect(t1?.incomeItems).toHaveLength(8);
    expect(at(t1?.incomeItems[0].values.amount)).toBe('2940.05@C7');
    expect(t1?.expenditureRows).toHaveLength(26);
    expect(at(t1?.expenditureRows[0].values.total)).toBe('2106.66@F7');
    expect(at(t1?.incomeTotal?.values.amount)).toBe('2946.25@C33');
    expect(t1?.useNonfiscal?.label).toBe('使用非财政拨款结余');
    expect(at(t1?.begin?.values.amount)).toBe('49.14@C35');
    expect(at(t1?.incomeGrand?.values.amount)).toBe('2995.39@C36');
    expect(at(t1?.end?.values.total)).toBe('55.34@F35');
    expect(at(t1?.expenditureGrand?.values.total)).toBe('2995.39@F36');
  });

  it('reads a 24-row 公开01表', () => {
    const t1 = tableOf(recognizeWorkbook(nationalFinalWorkbook(24)), 'final_income_expenditure_summary');
    expect(t1?.expenditureRows).toHaveLength(24);
    expect(t1?.expenditureRows.map((r) => r.name)).not.toContain('债务还本支出');
    expect(at(t1?.incomeGrand?.values.amount)).toBe('2995.39@C34');
  });

  it('reads 公开02/03/05表 with one code column, 合计 after the 栏次 row and every zero style', () => {
    const t2 = tableOf(wb, 'final_income');
    expect(at(t2?.total?.values.total)).toBe('2946.25@D7');
    expect(t2?.rows.map((r) => r.code)).toContain('2080505');
    expect(t2?.rows.find((r) => r.code === '2010602')?.codeCell?.address).toBe('A11');
    const t3 = tableOf(wb, 'final_expenditure');
    expect(at(t3?.total?.values.basic)).toBe('2336.91@D7');
    // 0 printed 0.00, the text '0.00' and a blank cell are all a zero, none a bad amount.
    expect(t3?.total?.values.toSuperior?.amount).toMatchObject({ kind: 'number', printedDecimals: 2 });
    const retirees = t3?.rows.find((r) => r.code === '2080501');
    expect(retirees?.values.project?.amount).toMatchObject({ kind: 'number', storedAsText: true });
    expect(retirees?.values.project?.value.isZero()).toBe(true);
    expect(retirees?.values.toSuperior?.amount.kind).toBe('blank');
    const t5 = tableOf(wb, 'final_general_budget_expenditure');
    expect(t5?.columns).toEqual(['total', 'basic', 'project']);
    expect(at(t5?.total?.values.total)).toBe('2940.05@C7');
    expect(t5?.rows).toHaveLength(19);
  });

  it('reads 公开04表 with 行次 columns and the 年初 sub-rows', () => {
    const t4 = tableOf(wb, 'final_fiscal_summary');
    expect(t4?.incomeItems.map((l) => at(l.values.amount))).toEqual(['2940.05@C7', '0@C8', '0@C9']);
    expect(at(t4?.expenditureRows[0].values.general)).toBe('2106.66@G7');
    expect(at(t4?.begin?.values.amount)).toBe('21.63@C34');
    expect(t4?.beginItems.map((l) => l.role)).toEqual(['general', 'fund', 'capital']);
    expect(at(t4?.beginItems[0].values.amount)).toBe('21.63@C35');
    expect(at(t4?.expenditureGrand?.values.total)).toBe('2961.68@F38');
  });

  it('reads 公开06表 in three blocks with the totals right of their merged labels', () => {
    const t6 = tableOf(wb, 'final_basic_expenditure');
    expect(at(t6?.personnelTotal?.figure)).toBe('2152.26@C11');
    expect(at(t6?.publicTotal?.figure)).toBe('184.65@I11');
    expect(t6?.rows.map((r) => r.code)).toEqual([
      '301',
      '30101',
      '30102',
      '303',
      '30309',
      '302',
      '30201',
      '30202',
      '30299',
      '310',
      '31002',
      '31013',
    ]);
    expect(at(t6?.rows.find((r) => r.code === '31002')?.values.actual)).toBe('13.58@I7');
  });

  it('reads 公开07表 grouped 预算数 then 决算数, leaving out 会议费/培训费 and the column-number row', () => {
    const t7 = tableOf(wb, 'final_three_public');
    expect(at(t7?.budget.total)).toBe('0.95@A8');
    expect(at(t7?.budget.reception)).toBe('0.95@F8');
    expect(at(t7?.budget.vehiclePurchase)).toBe('0@D8');
    expect(at(t7?.actual.total)).toBe('0@I8');
    expect(at(t7?.actual.vehicleOps)).toBe('0@M8');
    expect(t7?.labels.vehicle?.text).toBe('公务用车购置及运行费');
    expect(t7?.allFigures.map((f) => f.cell.address).sort()).toEqual(
      ['A8', 'B8', 'C8', 'D8', 'E8', 'F8', 'I8', 'J8', 'K8', 'L8', 'M8', 'N8'].sort(),
    );
  });

  it('reads the empty 公开08表 and the spend-only 公开09表 with their notes', () => {
    const t8 = tableOf(wb, 'final_gov_fund');
    expect(t8).toMatchObject({ empty: true, rows: [] });
    expect(t8?.emptyNote?.text).toMatch(/本表为空表/);
    expect(t8?.columns).toEqual(['begin', 'income', 'spend', 'spendBasic', 'spendProject', 'end']);
    const t9 = tableOf(wb, 'final_state_capital');
    expect(t9).toMatchObject({ empty: true, columns: ['spend', 'spendBasic', 'spendProject'] });
    expect(t9?.emptyNote?.cell.address).toBe('A8');
    expect(at(t9?.total?.values.spend)).toBe('0@C7');
  });
});
