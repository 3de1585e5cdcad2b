import * as path from 'path';
import Decimal from 'decimal.js';
import { readWorkbookFile } from '../../../src/cli/readWorkbookFile';
import type { WorkbookGrid } from '../../../src/engine/grid';
import { generateNarrative, NARRATIVE_SECTION_IDS, type NarrativeSection } from '../../../src/engine/narrative';
import { findAmounts } from '../../../src/engine/narrativeText';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { layoutWorkbook } from '../../../scripts/samples/layoutWorkbook';
import { SEED_000 } from '../../../scripts/samples/seed000';
import { ROOT } from '../../cli/runCli';
import { projectBudgets, publicCostRows, rightOf, tableValue, wan } from './sampleFigures';

const SAMPLE = path.join(ROOT, 'assets', 'samples', 'sample-2024.xlsx');
const SUMMARY = '部门预算收支总表';
const EXPENDITURE = '部门预算支出总表';
const BASIC = '部门预算一般公共预算财政拨款基本支出表';
const THREE_PUBLIC = '部门预算财政拨款“三公”经费支出表';
const ASSETS = '部门固定资产占用情况表';

let grid: WorkbookGrid;
let sections: NarrativeSection[];

function section(id: NarrativeSection['id'], from = sections): NarrativeSection {
  const s = from.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}

/** Every phrase is in the text, and the text states no amount beyond them. */
function expectExactly(text: string, phrases: string[]): void {
  for (const p of phrases) expect(text).toContain(p);
  expect(findAmounts(text)).toHaveLength(phrases.length);
}

beforeAll(async () => {
  grid = (await readWorkbookFile(SAMPLE)).grid;
  sections = generateNarrative(recognizeWorkbook(grid));
});

describe('generateNarrative on the seed-000 sample: every stated amount is the table figure', () => {
  it('writes the eight sections in order, each with a title and text', () => {
    expect(sections.map((s) => s.id)).toEqual([...NARRATIVE_SECTION_IDS]);
    for (const s of sections) {
      expect(s.title).not.toBe('');
      expect(s.text).not.toBe('');
    }
  });

  it('收入说明 states 收入总计 and each income item of the 收支总表', () => {
    expectExactly(section('income').text, [
      `2024年预算收入${wan(rightOf(grid, SUMMARY, '收入总计'))}`,
      `一般公共预算收入${wan(rightOf(grid, SUMMARY, '一、一般公共预算拨款收入'))}`,
      `政府性基金预算收入${wan(rightOf(grid, SUMMARY, '二、政府性基金预算拨款收入'))}`,
      `国有资本经营预算收入${wan(rightOf(grid, SUMMARY, '三、国有资本经营预算拨款收入'))}`,
      `财政专户管理资金收入${wan(rightOf(grid, SUMMARY, '四、财政专户管理资金收入'))}`,
      `单位资金收入${wan(rightOf(grid, SUMMARY, '五、单位资金'))}`,
      `上年结转${wan(rightOf(grid, SUMMARY, '上年结转结余'))}`,
    ]);
  });

  it('支出说明 states the totals and the five largest projects by 预算数', () => {
    const projects = projectBudgets(grid)
      .filter((p) => p.budget.gt(0))
      .sort((a, b) => b.budget.comparedTo(a.budget));
    expect(projects.length).toBeGreaterThan(5);
    const largest = projects.slice(0, 5);
    expectExactly(section('expenditure').text, [
      `支出预算为${wan(rightOf(grid, SUMMARY, '本年支出合计'))}`,
      `基本支出${wan(tableValue(grid, EXPENDITURE, '合计', '基本支出'))}`,
      `人员经费${wan(tableValue(grid, BASIC, '合计', '人员经费'))}`,
      `日常公用经费${wan(tableValue(grid, BASIC, '合计', '公用经费'))}`,
      `项目支出${wan(tableValue(grid, EXPENDITURE, '合计', '项目支出'))}`,
      ...largest.map((p) => `${p.name}${wan(p.budget)}`),
    ]);
    // Smaller projects are not named; the largest comes first.
    expect(section('expenditure').text).not.toContain(projects[projects.length - 1].name);
    expect(section('expenditure').text).toContain(`主要为${largest[0].name}`);
  });

  it('机关运行经费 = 公用经费 合计, itemised with every non-zero 302 row', () => {
    const rows = publicCostRows(grid, BASIC).filter((r) => !r.value.isZero());
    expect(rows.length).toBeGreaterThan(10);
    expectExactly(section('operating_costs').text, [
      `机关运行经费共计安排${wan(tableValue(grid, BASIC, '合计', '公用经费'))}`,
      ...rows.map((r, i) => `${i + 1}、${r.name}${wan(r.value)}`),
    ]);
  });

  it('三公 states the 合计 and each row of the 三公 table', () => {
    const v = (label: string) => wan(tableValue(grid, THREE_PUBLIC, label, '合计'));
    expectExactly(section('three_public').text, [
      `“三公”经费预算安排${v('合计')}`,
      `因公出国（境）费${v('一、因公出国（境）费')}`,
      `公务用车购置及运维费${v('二、公务用车购置及运维费')}`,
      `公务用车购置费${v('其中：公务用车购置费')}`,
      `公务用车运行维护费${v('公务用车运行维护费')}`,
      `公务接待费${v('三、公务接待费')}`,
    ]);
  });

  it('政府采购, 国有资产 and 项目绩效 state their tables', () => {
    expectExactly(section('procurement').text, ['政府采购预算0.00万元']);
    expect(section('procurement').text).toContain('无政府采购预算');
    const vehicles = rightOf(grid, ASSETS, '2、车辆（台、辆）');
    expectExactly(section('assets').text, [
      `上年末固定资产金额为${wan(rightOf(grid, ASSETS, '资产总额', 2))}`,
      `车辆${vehicles.toString()}辆，价值${wan(rightOf(grid, ASSETS, '2、车辆（台、辆）', 2))}`,
    ]);
    const budgets = projectBudgets(grid);
    const total = budgets.reduce((a, p) => a.plus(p.budget), new Decimal(0));
    expectExactly(section('performance').text, [`共有${budgets.length}个项目编制了绩效目标，预算数合计${wan(total)}`]);
  });
});

describe('the sentences the seed publishes correctly come out with the same figures', () => {
  it('收入说明 384.34 / 384.34, the 基本支出 split and the 三公 2.40 sentence', () => {
    expect(section('income').text).toContain('2024年预算收入384.34万元，其中：一般公共预算收入384.34万元');
    expect(section('expenditure').text).toContain(
      '2024年部门支出预算为384.34万元，其中基本支出357.11万元，包括人员经费332.33万元和日常公用经费24.79万元；项目支出27.23万元',
    );
    expect(section('three_public').text).toContain('2024年，财政拨款“三公”经费预算安排2.40万元');
    expect(section('assets').text).toContain('上年末固定资产金额为40.20万元');
  });

  it('notes the 尾差 of totals that differ from their rows and states the table total', () => {
    // 人员经费 合计 332.33 while 301 + 303 = 326.87 + 5.45 = 332.32.
    expect(section('expenditure').notes.some((n) => n.includes('332.33') && n.includes('332.32'))).toBe(true);
    // 公用经费 24.79 while its 302 rows add to 24.77.
    expect(section('operating_costs').notes.some((n) => n.includes('24.79') && n.includes('24.77'))).toBe(true);
    // The 网络执法 block has a blank 预算数.
    expect(section('performance').notes.join()).toContain('网络执法');
  });
});

describe('without last year', () => {
  it('says what is missing and states no change', () => {
    const change = section('change');
    expect(change.text).toContain('（缺少2023年预算数，无法计算增减。请提供上年预算工作簿或填写上年数。）');
    expect(findAmounts(change.text).map((a) => a.raw)).toEqual(['384.34万元']);
    expect(change.text).not.toMatch(/增加|减少/);
    const three = section('three_public');
    expect(three.text).toContain('缺少2023年“三公”经费预算数');
    expect(three.text).not.toMatch(/增加|减少/);
  });
});

describe('the text follows the tables', () => {
  it('a changed table figure changes the text', () => {
    const data = structuredClone(SEED_000);
    data.threePublic.total = { total: '3.60', general: '3.60' };
    data.threePublic.vehicle = { total: '3.10', general: '3.10' };
    data.threePublic.vehicleOps = { total: '3.10', general: '3.10' };
    data.threePublic.reception = { total: '0.50', general: '0.50' };
    const enforcement = data.projects.find((p) => p.name === '网络执法');
    if (!enforcement) throw new Error('no 网络执法');
    enforcement.budget = '5.00';
    const changed = generateNarrative(recognizeWorkbook(layoutWorkbook(data).grid));

    const three = section('three_public', changed).text;
    expect(three).toContain('“三公”经费预算安排3.60万元');
    expect(three).toContain('公务用车运行维护费3.10万元');
    expect(three).toContain('公务接待费0.50万元');
    // 网络执法 now has the second largest 预算数, so it is named, and the project count's sum grows by 5.00.
    expect(section('expenditure', changed).text).toContain('劳务派遣人员经费14.03万元，网络执法5.00万元');
    expect(section('performance', changed).text).toContain('预算数合计32.23万元');
    expect(section('performance', changed).notes.join()).toContain('不一致');
  });
});
