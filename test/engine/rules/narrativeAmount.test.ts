import { narrativeAmount } from '../../../src/engine/rules/narrative/narrativeAmount';
import type { CellRef } from '../../../src/engine/grid';
import { tableOf, type BudgetWorkbook } from '../../../src/engine/tables/types';
import { textCell } from '../../helpers/figures';
import {
  contextFor,
  editedText,
  editedTexts,
  NARRATIVE_SHEET,
  paragraphAddress,
  paragraphIndex,
  procurementTable,
  seedWorkbook,
  summaryTable,
  SEED_000_FIGURES,
  withParagraph,
} from '../../helpers/narrativeBuilders';

function check(wb: BudgetWorkbook) {
  return narrativeAmount.check(contextFor(wb));
}

function paragraphCell(marker: string): CellRef {
  return { sheet: NARRATIVE_SHEET, address: paragraphAddress(paragraphIndex(marker)) };
}

const seed = seedWorkbook();
const summary = tableOf(seed, 'income_expenditure_summary');
const expenditure = tableOf(seed, 'expenditure');
const basic = tableOf(seed, 'basic_expenditure');
const threePublic = tableOf(seed, 'three_public');
const assets = tableOf(seed, 'assets');
const project = (name: string) => tableOf(seed, 'project_performance')?.projects.find((p) => p.name.text === name);

describe('narrative-amount', () => {
  it('finds nothing to report in the seed-000 text, and reports a changed figure', () => {
    expect(check(seed)).toEqual([]);
    expect(check(seedWorkbook({ paragraphs: editedText('预算收入384.34', '预算收入384.35') }))).toHaveLength(1);
  });

  // [text as in the seed, text changed to, the table cell it must equal, table figure]
  const cases: Array<[string, string, CellRef | undefined, string]> = [
    ['预算收入384.34', '预算收入384.43', summary?.incomeTotal?.values.amount?.cell, '384.34'],
    ['一般公共预算收入384.34', '一般公共预算收入380.34', summary?.incomeItems[0].values.amount?.cell, '384.34'],
    ['基金预算收入0万元', '基金预算收入5万元', summary?.incomeItems[1].values.amount?.cell, '0.00'],
    ['财政专户核拨收入0万元', '财政专户核拨收入1万元', summary?.incomeItems[3].values.amount?.cell, '0.00'],
    ['其他来源收入0万元', '其他来源收入2万元', summary?.incomeItems[4].values.amount?.cell, '0.00'],
    ['支出预算为384.34', '支出预算为385.34', summary?.expenditureTotal?.values.total?.cell, '384.34'],
    ['基本支出357.11', '基本支出357.10', expenditure?.total?.values.basic?.cell, '357.11'],
    ['人员经费332.33', '人员经费332.30', basic?.total?.values.personnel?.cell, '332.33'],
    ['日常公用经费24.79', '日常公用经费24.97', basic?.total?.values.public?.cell, '24.79'],
    ['项目支出27.23', '项目支出27.32', expenditure?.total?.values.project?.cell, '27.23'],
    ['机关运行经费共计安排24.79', '机关运行经费共计安排24.80', basic?.total?.values.public?.cell, '24.79'],
    ['“三公”经费预算安排2.4', '“三公”经费预算安排2.5', threePublic?.rows.total?.values.total?.cell, '2.40'],
    ['因公出国（境）费0万元', '因公出国（境）费1万元', threePublic?.rows.outbound?.values.total?.cell, '0.00'],
    ['公务用车购置及运维费2.4', '公务用车购置及运维费2.6', threePublic?.rows.vehicle?.values.total?.cell, '2.40'],
    ['公务用车运行费2.4', '公务用车运行费2.3', threePublic?.rows.vehicleOps?.values.total?.cell, '2.40'],
    ['公务购车0元', '公务购车5000元', threePublic?.rows.vehiclePurchase?.values.total?.cell, '0.00'],
    ['公务接待费0万元', '公务接待费0.5万元', threePublic?.rows.reception?.values.total?.cell, '0.00'],
    ['固定资产金额为40.20', '固定资产金额为42.20', assets?.rows.total?.value?.cell, '40.20'],
    ['网络宣传管理2.4', '网络宣传管理2.5', project('网络宣传管理')?.budget.cell, '2.40'],
    ['网站和新媒体业务2.4', '网站和新媒体业务2.2', project('网站和新媒体业务费')?.budget.cell, '2.40'],
    ['网络设备维护0.8', '网络设备维护0.9', project('网络设备维护费')?.budget.cell, '0.80'],
  ];

  it.each(cases)(
    'reports %s changed to %s as an error naming the paragraph, then the table cell',
    (from, to, cell, expected) => {
      const findings = check(seedWorkbook({ paragraphs: editedText(from, to) }));
      expect(findings).toHaveLength(1);
      const [f] = findings;
      expect(f.severity).toBe('error');
      expect(f.ruleId).toBe('narrative-amount');
      expect(cell).toBeDefined();
      expect(f.cells[0]).toEqual(paragraphCell(from));
      expect(f.cells[1]).toEqual(cell);
      expect(f.expected).toBe(expected);
      expect(f.actual).not.toBe(expected);
    },
  );

  it('reports the amount of 拟购置固定资产 against the procurement 合计 (zero when the table is empty)', () => {
    const empty = check(seedWorkbook({ paragraphs: editedText('总额为0.00', '总额为3.00') }));
    expect(empty.map((f) => [f.expected, f.actual])).toEqual([['0.00', '3.00']]);

    const withRows = procurementTable([
      ['台式计算机', '2.00'],
      ['打印机', '1.00'],
    ]);
    const filled = check(seedWorkbook({ tables: { procurement: withRows } }));
    expect(filled.map((f) => [f.expected, f.actual])).toEqual([['3.00', '0.00']]);
    const agreeing = check(
      seedWorkbook({ tables: { procurement: withRows }, paragraphs: editedText('总额为0.00', '总额为3.00') }),
    );
    expect(agreeing).toEqual([]);
  });

  it('skips a project with a blank 预算数, names that match no project, and changes on last year', () => {
    const edited = editedTexts(
      ['网络执法0.2', '网络执法0.5'],
      ['劳动聘用人员工资14.03', '劳动聘用人员工资15.03'],
      ['减少130.4', '减少131.4'],
      ['网络平台链接费1.2', '网络平台链接费1.3'],
    );
    expect(check(seedWorkbook({ paragraphs: edited })).map((f) => [f.expected, f.actual])).toEqual([['1.20', '1.30']]);
  });

  it('leaves the items of the 机关运行经费 list to the itemised rule', () => {
    const edited = editedTexts(
      ['11、公务用车运行维护费2.4万元', '11、公务用车运行维护费2.5万元'],
      ['公务用车运行费2.4', '公务用车运行费2.5'],
    );
    const findings = check(seedWorkbook({ paragraphs: edited }));
    expect(findings.map((f) => f.cells[0])).toEqual([paragraphCell('公务用车运行费')]);
  });

  it('accepts 预算收入 as 收入总计 when the text states 上年结转, and checks 上年结转', () => {
    const figures = { ...SEED_000_FIGURES, carryIn: '10.00', grandIncome: '394.34' };
    const text = '2024年预算收入394.34万元，其中：一般公共预算收入384.34万元，上年结转10万元。';
    const wb = seedWorkbook({ figures, paragraphs: withParagraph('预算收入384.34', text) });
    expect(check(wb)).toEqual([]);

    const wrong = check(
      seedWorkbook({ figures, paragraphs: withParagraph('预算收入384.34', text.replace('结转10万元', '结转12万元')) }),
    );
    expect(wrong.map((f) => [f.expected, f.actual, f.cells[1]])).toEqual([
      ['10.00', '12.00', summaryTable(figures).carryIn?.values.amount?.cell],
    ]);
  });

  it('says nothing about a figure whose table is missing', () => {
    const paragraphs = editedTexts(['公务接待费0万元', '公务接待费9万元'], ['人员经费332.33', '人员经费332.34']);
    const wb = seedWorkbook({ tables: { three_public: null }, paragraphs });
    expect(check(wb).map((f) => f.actual)).toEqual(['332.34']);
  });

  it('reads a paragraph written with full-width digits', () => {
    const wb = seedWorkbook({ paragraphs: editedText('项目支出27.23万元', '项目支出２７．３２万元') });
    expect(check(wb).map((f) => f.expected)).toEqual(['27.23']);
  });

  it('checks every narrative paragraph, whatever table holds it', () => {
    const extra = seedWorkbook();
    const narrative = tableOf(extra, 'narrative');
    narrative?.paragraphs.push(textCell('本年支出合计400.00万元', 'A40', NARRATIVE_SHEET));
    expect(check(extra).map((f) => f.cells[0].address)).toEqual(['A40']);
  });
});
