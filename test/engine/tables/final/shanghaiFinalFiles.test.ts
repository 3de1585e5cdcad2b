/**
 * The real 决算 documents of ../shared/real/final (JUESUAN.md §7): all nine tables read in the Shanghai layout,
 * figures checked at the cells the publications print them in.
 */
import { FINAL_TABLE_KINDS } from '../../../../src/engine/tableKinds';
import { tableOf } from '../../../../src/engine/tables/types';
import { at, CZJ, recognizeFinal, STHJ } from './finalRealFiles';

describe.each([
  [CZJ, 2024, '上海市普陀区财政局'],
  [STHJ, 2025, '上海市普陀区生态环境局'],
])('%s', (file, year, unitName) => {
  it('reads all nine 决算 tables, one sheet each, with the template, year and unit of the part headings', async () => {
    const wb = await recognizeFinal(file);
    expect(wb.template).toBe('shanghai-final');
    expect(wb.year).toBe(year);
    expect(wb.unitName).toBe(unitName);
    expect(wb.measure).toBe('万元');
    // Sheets 1… 9 hold the tables in the order of FINAL_TABLE_KINDS.
    const finals = wb.tables.filter((t) => t.kind !== 'narrative');
    expect(finals.map((t) => t.kind)).toEqual([...FINAL_TABLE_KINDS]);
    finals.forEach((t, i) => expect(t.sheet.startsWith(String(i + 1))).toBe(true));
    for (const t of finals) expect(t.badAmounts).toEqual([]);
  });

  it('reads 表8 and 表9 as empty tables with their note', async () => {
    const wb = await recognizeFinal(file);
    for (const kind of ['final_gov_fund', 'final_state_capital'] as const) {
      const t = tableOf(wb, kind);
      expect(t?.empty).toBe(true);
      expect(t?.rows).toEqual([]);
      expect(t?.emptyNote?.text).toMatch(/故本表无数据/);
      expect(t?.columns).toEqual(['begin', 'income', 'spend', 'spendBasic', 'spendProject', 'end']);
      expect(t?.total?.level).toBe(0);
    }
  });
});

describe(CZJ, () => {
  it('reads 表1: 8 income lines, 26 功能类 rows and the total lines (blank cells as zero)', async () => {
    const t1 = tableOf(await recognizeFinal(CZJ), 'final_income_expenditure_summary');
    expect(t1?.incomeItems.map((l) => l.role)).toEqual([
      'general',
      'fund',
      'capital',
      'superior',
      'business',
      'operating',
      'affiliated',
      'other',
    ]);
    expect(at(t1?.incomeItems[0].values.amount)).toBe('2940.05@B6');
    expect(at(t1?.incomeItems[7].values.amount)).toBe('6.2@B13');
    expect(t1?.incomeItems[1].values.amount?.amount.kind).toBe('blank');
    expect(t1?.expenditureRows).toHaveLength(26);
    expect(t1?.expenditureRows[25].name).toBe('抗疫特别国债安排的支出');
    expect(at(t1?.expenditureRows[7].values.total)).toBe('326.71@D13');
    expect(at(t1?.incomeTotal?.values.amount)).toBe('2946.25@B32');
    expect(t1?.useNonfiscal?.label).toBe('使用非财政拨款结余（含专用结余）');
    expect(at(t1?.begin?.values.amount)).toBe('49.14@B34');
    expect(at(t1?.incomeGrand?.values.amount)).toBe('2995.39@B35');
    expect(at(t1?.expenditureTotal?.values.total)).toBe('2940.05@D32');
    expect(at(t1?.distribution?.values.total)).toBe('0@D33');
    expect(at(t1?.end?.values.total)).toBe('55.34@D34');
    expect(at(t1?.expenditureGrand?.values.total)).toBe('2995.39@D35');
  });

  it('reads 表2/表3 with 类|款|项 parts and the 合计 on the header 类|款|项 row', async () => {
    const wb = await recognizeFinal(CZJ);
    const t2 = tableOf(wb, 'final_income');
    expect(t2?.columns).toEqual(['total', 'fiscal', 'superior', 'business', 'operating', 'affiliated', 'other']);
    expect(t2?.total?.row).toBe(4);
    expect(at(t2?.total?.values.total)).toBe('2946.25@E5');
    expect(at(t2?.total?.values.fiscal)).toBe('2940.05@F5');
    expect(at(t2?.total?.values.other)).toBe('6.2@K5');
    expect(t2?.rows).toHaveLength(19);
    const admin = t2?.rows.find((r) => r.code === '2010601');
    expect(admin).toMatchObject({ level: 3, name: '行政运行', codeCell: { address: 'C8' } });
    expect(at(admin?.values.total)).toBe('1511.9@E8');
    const t3 = tableOf(wb, 'final_expenditure');
    expect(t3?.columns).toEqual(['total', 'basic', 'project', 'toSuperior', 'operating', 'toAffiliated']);
    expect(at(t3?.total?.values.basic)).toBe('2336.91@F5');
    expect(t3?.rows.map((r) => r.code).slice(0, 3)).toEqual(['201', '20106', '2010601']);
  });

  it('reads 表4 with the 年初 sub-rows by fund type', async () => {
    const t4 = tableOf(await recognizeFinal(CZJ), 'final_fiscal_summary');
    expect(t4?.incomeItems.map((l) => l.role)).toEqual(['general', 'fund', 'capital']);
    expect(t4?.expenditureRows).toHaveLength(26);
    expect(at(t4?.expenditureRows[0].values.general)).toBe('2106.66@E5');
    expect(at(t4?.begin?.values.amount)).toBe('21.63@B32');
    expect(t4?.beginItems.map((l) => `${l.role}:${at(l.values.amount)}`)).toEqual([
      'general:21.63@B33',
      'fund:0@B34',
      'capital:0@B35',
    ]);
    expect(at(t4?.end?.values.general)).toBe('21.63@E32');
    expect(at(t4?.incomeGrand?.values.amount)).toBe('2961.68@B36');
    expect(at(t4?.expenditureGrand?.values.total)).toBe('2961.68@D36');
  });

  it('reads 表5 with its 合计 row at the bottom (row 25)', async () => {
    const t5 = tableOf(await recognizeFinal(CZJ), 'final_general_budget_expenditure');
    expect(t5?.total?.row).toBe(24);
    expect(t5?.total?.nameCell.address).toBe('A25');
    expect(at(t5?.total?.values.total)).toBe('2940.05@E25');
    expect(at(t5?.total?.values.project)).toBe('603.14@G25');
    expect(t5?.rows).toHaveLength(19);
  });

  it('reads 表6 block by block with 类|款 code columns and the 人员/公用经费合计', async () => {
    const t6 = tableOf(await recognizeFinal(CZJ), 'final_basic_expenditure');
    expect(at(t6?.personnelTotal?.figure)).toBe('2152.26@D43');
    expect(at(t6?.publicTotal?.figure)).toBe('184.65@H43');
    expect(t6?.publicTotal?.label.text).toBe('公用经费合计');
    const byCode = new Map(t6?.rows.map((r) => [r.code, r]));
    expect(at(byCode.get('30309')?.values.actual)).toBe('0.31@D27');
    expect(byCode.get('30309')?.name).toBe('奖励金');
    expect(byCode.get('301')?.level).toBe(1);
    expect(at(byCode.get('302')?.values.actual)).toBe('171.07@H5');
    expect(at(byCode.get('31002')?.values.actual)).toBe('13.58@H35');
    expect(byCode.get('31002')?.codeCell?.address).toBe('F35');
    // 财政局 prints no 30306 救济费 row.
    expect(byCode.has('30306')).toBe(false);
    expect(t6?.rows).toHaveLength(64);
  });

  it('reads 表7: 12 columns grouped by item, 公务用车购置及运行费 / 公务用车运行费 labels', async () => {
    const t7 = tableOf(await recognizeFinal(CZJ), 'final_three_public');
    expect(at(t7?.budget.total)).toBe('0.95@A7');
    expect(at(t7?.budget.reception)).toBe('0.95@K7');
    expect(at(t7?.actual.total)).toBe('0@B7');
    expect(at(t7?.budget.vehicleOps)).toBe('0@I7');
    expect(t7?.labels.vehicle?.text).toBe('公务用车购置及运行费');
    expect(t7?.labels.vehicleOps?.text).toBe('公务用车运行费');
    expect(Object.keys(t7?.actual ?? {})).toHaveLength(6);
    expect(t7?.empty).toBe(false);
  });
});

describe(STHJ, () => {
  it('reads 表1 with 24 功能类 rows and 0.00 in every empty cell', async () => {
    const t1 = tableOf(await recognizeFinal(STHJ), 'final_income_expenditure_summary');
    expect(t1?.expenditureRows).toHaveLength(24);
    expect(t1?.expenditureRows[23].name).toBe('抗疫特别国债安排的支出');
    expect(t1?.useNonfiscal?.label).toBe('使用非财政拨款结余');
    expect(t1?.incomeItems[1].values.amount?.amount.kind).toBe('number');
    expect(at(t1?.incomeGrand?.values.amount)).toBe('4733.14@B33');
    expect(at(t1?.expenditureRows[9].values.total)).toBe('3742.47@D15');
  });

  it('reads 表2/表3 with whole codes in the 类 column and the extra 决算数 header row', async () => {
    const wb = await recognizeFinal(STHJ);
    const t2 = tableOf(wb, 'final_income');
    expect(t2?.total?.row).toBe(5);
    expect(at(t2?.total?.values.fiscal)).toBe('4733.14@F6');
    expect(t2?.rows).toHaveLength(31);
    expect(t2?.rows.find((r) => r.code === '2080505')?.level).toBe(3);
    const t3 = tableOf(wb, 'final_expenditure');
    expect(at(t3?.total?.values.project)).toBe('1367.76@G6');
    expect(at(t3?.rows.find((r) => r.code === '2111101')?.values.project)).toBe('391.6@G32');
  });

  it('reads 表5 (header 一般公共预算财政拨款支出决算数) with 合计 at row 37', async () => {
    const t5 = tableOf(await recognizeFinal(STHJ), 'final_general_budget_expenditure');
    expect(t5?.columns).toEqual(['total', 'basic', 'project']);
    expect(at(t5?.total?.values.project)).toBe('1367.75@G37');
    expect(t5?.rows).toHaveLength(31);
  });

  it('reads 表4, 表6 and 表7', async () => {
    const wb = await recognizeFinal(STHJ);
    const t4 = tableOf(wb, 'final_fiscal_summary');
    expect(t4?.expenditureRows).toHaveLength(24);
    expect(t4?.beginItems.map((l) => at(l.values.amount))).toEqual(['0@B31', '0@B32', '0@B33']);
    expect(at(t4?.expenditureTotal?.values.general)).toBe('4733.14@E29');
    const t6 = tableOf(wb, 'final_basic_expenditure');
    expect(at(t6?.personnelTotal?.figure)).toBe('2949.02@D42');
    expect(at(t6?.publicTotal?.figure)).toBe('416.36@H42');
    expect(at(t6?.rows.find((r) => r.code === '30199')?.values.actual)).toBe('81.77@D18');
    expect(at(t6?.rows.find((r) => r.code === '310')?.values.actual)).toBe('14.44@H32');
    const t7 = tableOf(wb, 'final_three_public');
    expect(at(t7?.budget.total)).toBe('21@A7');
    expect(at(t7?.actual.total)).toBe('16.95@B7');
    expect(at(t7?.budget.vehicle)).toBe('20.5@E7');
    expect(at(t7?.actual.vehicleOps)).toBe('16.95@J7');
    expect(at(t7?.budget.reception)).toBe('0.5@K7');
    expect(t7?.labels.vehicleOps?.text).toBe('公务用车运行维护费');
  });

  it('reads the 合计 that 表8 prints on its header row without taking header texts for figures', async () => {
    const t8 = tableOf(await recognizeFinal(STHJ), 'final_gov_fund');
    expect(t8?.total?.row).toBe(4);
    expect(t8?.total?.values).toEqual({});
    expect(t8?.allFigures).toEqual([]);
  });
});
