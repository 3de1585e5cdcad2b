import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf } from '../../../src/engine/tables/types';
import { sheetFromBlocks, workbookOf, type CellInput } from '../../helpers/gridFromRows';
import { summaryBlock } from './seedTables';
import { realBudget, recognizeFile, shanghaiTemplate, tableOn } from './shanghaiFiles';

/** 部门财务收支预算总表 in the Shanghai layout, built in code: [收入 项目, 预算数, 支出 项目, …支出 amounts]. */
function summaryGrid(expenditureHeader: string[][], lines: CellInput[][]) {
  const width = 3 + expenditureHeader[0].length;
  const headerRows = expenditureHeader.map((h, i) => [i === 0 ? '本年收入' : '', '', i === 0 ? '本年支出' : '', ...h]);
  headerRows.push(['项目', '预算数', '项目', ...expenditureHeader[expenditureHeader.length - 1].map(() => '')]);
  return workbookOf(
    sheetFromBlocks('表1', [
      {
        rows: [['2025年部门财务收支预算总表'], ['编制部门：测试部门', '', '', '单位：元'], ...headerRows, ...lines],
        merges: [`A1:${String.fromCharCode(64 + width)}1`],
      },
    ]),
  );
}

const INCOME_LINES: CellInput[][] = [
  ['一、财政拨款收入', 100, '一、一般公共服务支出', 100],
  ['1、一般公共预算资金', 100],
  ['2、政府性基金'],
  ['二、事业收入'],
  ['收入总计', 100, '支出总计', 100],
];

describe('Shanghai 收支总表', () => {
  it('zfb 部门财务收支预算总表: income items with role, level and parent; only the total lines it has', async () => {
    const t = tableOn(
      await recognizeFile(realBudget('sh-putuo-zfb-2025.xlsx')),
      'income_expenditure_summary',
      '1部门财务收支预算总表',
    );
    expect(t.incomeItems.map((i) => [i.label, i.role, i.level, i.parentRow])).toEqual([
      ['一、财政拨款收入', 'fiscal', 1, undefined],
      ['1. 一般公共预算资金', 'general', 2, 4],
      ['2. 政府性基金', 'fund', 2, 4],
      ['3. 国有资本经营预算', 'capital', 2, 4],
      ['二、事业收入', 'business', 1, undefined],
      ['三、事业单位经营收入', 'operating', 1, undefined],
      ['四、其他收入', 'other', 1, undefined],
    ]);
    expect(t.incomeItems[0].values.amount?.value.toString()).toBe('91016775.35');
    expect(t.incomeItems[1].values.amount?.cell.address).toBe('B6');
    expect(t.incomeItems[2].values.amount?.amount.kind).toBe('blank');
    expect(t.expenditureRows.map((r) => [r.name, r.values.total?.value.toString()])).toEqual([
      ['一般公共服务支出', '82096797.42'],
      ['社会保障和就业支出', '4213779.28'],
      ['卫生健康支出', '1097073.43'],
      ['住房保障支出', '3609125.22'],
    ]);
    expect(Object.keys(t.expenditureRows[0].values)).toEqual(['total']);
    expect(t.grandIncome?.values.amount?.cell.address).toBe('B14');
    expect(t.grandExpenditure?.values.total?.value.toString()).toBe('91016775.35');
    // No 本年收入合计 / 上年结转 rows in this template: never fabricated.
    expect([t.incomeTotal, t.expenditureTotal, t.carryIn, t.carryOut]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(t.carryInItems).toEqual([]);
  });

  it('swh unit 单位财务收支预算总表: 支出 split into 人员经费 / 公用经费 / 项目支出 over four header rows', async () => {
    const wb = await recognizeFile(realBudget('sh-putuo-swh-unit-2025.xlsx'));
    const t = tableOn(wb, 'income_expenditure_summary', '1单位财务收支预算总表');
    expect(t.incomeItems.map((i) => [i.label, i.role, i.level])).toEqual([
      ['一、财政拨款收入', 'fiscal', 1],
      ['1、一般公共预算资金', 'general', 2],
      ['2、政府性基金', 'fund', 2],
      ['3、国有资本经营预算', 'capital', 2],
      ['二、事业收入', 'business', 1],
      ['三、事业单位经营收入', 'operating', 1],
      ['四、其他收入', 'other', 1],
    ]);
    expect(t.expenditureRows).toHaveLength(7);
    const first = t.expenditureRows[0];
    expect(Object.keys(first.values)).toEqual(['total', 'personnel', 'public', 'project']);
    expect(Object.values(first.values).map((f) => `${f?.cell.address}=${f?.value.toString()}`)).toEqual([
      'D7=21601733',
      'E7=10823891',
      'F7=1467842',
      'G7=9310000',
    ]);
    expect(t.expenditureRows[1].values.personnel?.amount.kind).toBe('blank');
    expect(t.grandExpenditure?.values.personnel?.value.toString()).toBe('18120593');
    expect(t.grandExpenditure?.values.public?.value.toString()).toBe('1710062');
    expect(t.grandExpenditure?.values.project?.value.toString()).toBe('351684000');
    expect(t.grandExpenditure?.values.basic).toBeUndefined();
  });

  it('zfb 财政拨款收支预算总表: three level-1 items and the per-source expenditure columns', async () => {
    const t = tableOn(
      await recognizeFile(realBudget('sh-putuo-zfb-2025.xlsx')),
      'fiscal_summary',
      '4部门财政拨款收支预算总表',
    );
    expect(t.incomeItems.map((i) => [i.role, i.level, i.parentRow])).toEqual([
      ['general', 1, undefined],
      ['fund', 1, undefined],
      ['capital', 1, undefined],
    ]);
    expect(t.expenditureRows[0].values.general?.value.toString()).toBe('82096797.42');
    expect(t.grandExpenditure?.values.general?.cell.address).toBe('E11');
    expect(t.incomeTotal).toBeUndefined();
  });

  it.each([
    ['department_budget_template.xlsx', '部门收支总表', 'income_expenditure_summary', 7],
    ['department_budget_template.xlsx', '部门财政拨款收支总表', 'fiscal_summary', 3],
    ['unit_budget_template.xlsx', '单位收支总表', 'income_expenditure_summary', 7],
    ['unit_budget_template.xlsx', '单位财政拨款收支总表', 'fiscal_summary', 3],
  ] as const)('the blank template %s %s is present and empty', async (file, sheet, kind, items) => {
    const t = tableOn(await recognizeFile(shanghaiTemplate(file)), kind, sheet);
    expect(t.empty).toBe(true);
    expect(t.incomeItems).toHaveLength(items);
    // '二、…' and '三、' are placeholders, not spending rows.
    expect(t.expenditureRows.map((r) => r.name)).toEqual(['一般公共服务支出']);
    // 收入总计 / 支出总计 are rich text ('收入' '总' '计') in the template.
    expect(t.grandIncome?.label).toBe('收入总计');
    expect(t.grandExpenditure?.label).toBe('支出总计');
  });

  it('reads a 基本支出 column as "basic" when the table has one, and no split keys when it has none', () => {
    const split = summaryGrid([['合计', '基本支出', '项目支出']], INCOME_LINES);
    const t = tableOf(recognizeWorkbook(split), 'income_expenditure_summary')!;
    expect(Object.keys(t.expenditureRows[0].values)).toEqual(['total', 'basic', 'project']);
    const plain = tableOf(recognizeWorkbook(summaryGrid([['预算数']], INCOME_LINES)), 'income_expenditure_summary')!;
    expect(Object.keys(plain.expenditureRows[0].values)).toEqual(['total']);
  });

  it('a numbered part is level 2 only under a 一、… item: its parent is the item above; without one it stays level 1', () => {
    const t = tableOf(recognizeWorkbook(summaryGrid([['预算数']], INCOME_LINES)), 'income_expenditure_summary')!;
    expect(t.incomeItems.map((i) => [i.level, i.parentRow])).toEqual([
      [1, undefined],
      [2, 4],
      [2, 4],
      [1, undefined],
    ]);
    const orphan = tableOf(
      recognizeWorkbook(summaryGrid([['预算数']], INCOME_LINES.slice(1))),
      'income_expenditure_summary',
    )!;
    expect(orphan.incomeItems.map((i) => [i.label, i.level, i.parentRow])).toEqual([
      ['1、一般公共预算资金', 1, undefined],
      ['2、政府性基金', 1, undefined],
      ['二、事业收入', 1, undefined],
    ]);
  });

  it('Hebei items stay level 1 with their roles', () => {
    const t = tableOf(
      recognizeWorkbook(workbookOf(sheetFromBlocks('表1', [summaryBlock()]))),
      'income_expenditure_summary',
    )!;
    expect(t.incomeItems.map((i) => [i.role, i.level, i.parentRow])).toEqual([
      ['general', 1, undefined],
      ['fund', 1, undefined],
      ['capital', 1, undefined],
      ['specialAccount', 1, undefined],
      ['unitFunds', 1, undefined],
    ]);
  });
});
