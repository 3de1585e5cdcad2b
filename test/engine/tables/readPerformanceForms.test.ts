import { checkWorkbook } from '../../../src/engine/checkWorkbook';
import type { CellInput } from '../../helpers/gridFromRows';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf, tablesOf, type Figure } from '../../../src/engine/tables/types';
import { gridFromRows } from '../../helpers/gridFromRows';
import { gridOf, realBudgetPath, recognizeFile } from './shanghaiRealFiles';

const WANLI = realBudgetPath('sh-putuo-wanli-2023.xlsx');
const value = (f: Figure | undefined): string | undefined => f?.value.toFixed(2);

/** One 财政项目支出绩效目标填报表 as the wanli sheets lay it out (A1:F…, merges as published). */
function form(amounts: { project: number[]; annual: number[] }): CellInput[][] {
  const [total, fiscal, other] = amounts.project;
  const [annual, appropriation, carryover, annualOther] = amounts.annual;
  return [
    ['财政项目支出绩效目标填报表'],
    ['（2023年度）'],
    ['项目名称', '社区服务中心运维', '项目性质', '经常性项目', '项目类别', '特定目标类'],
    ['主管部门', 'X街道办事处', '实施单位', 'X街道办事处'],
    ['项目资金（元）', '项目资金总额', total, '年度资金申请总额', annual],
    ['', '其中：财政资金', fiscal, '其中：当年财政拨款', appropriation],
    ['', '', '', '上年结转资金', carryover],
    ['', '其他资金', other, '其他资金', annualOther],
    ['项目绩效目标', '项目总目标', '', '年度总体目标'],
    ['', '保障运行', '', '保障运行'],
    ['', '一级指标', '二级指标', '三级指标', '年度(/项目)指标值'],
    ['绩效指标', '产出指标', '成本指标', '运维费用', '≤50万元'],
    ['', '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
  ];
}
const MERGES = [
  'A1:F1',
  'A2:F2',
  'A5:A8',
  'B6:B7',
  'C6:C7',
  'E5:F5',
  'E6:F6',
  'E7:F7',
  'E8:F8',
  'E11:F11',
  'E12:F12',
  'E13:F13',
];

describe('财政项目支出绩效目标填报表 forms', () => {
  it('read the five wanli forms as project_performance, budget = 年度资金申请总额, in 元', async () => {
    const wb = await recognizeFile(WANLI);
    const tables = tablesOf(wb, 'project_performance');
    expect(tables.map((t) => t.sheet.replace(/-.*/, ''))).toEqual([
      '绩效目标1',
      '绩效目标2',
      '绩效目标3',
      '绩效目标4',
      '绩效目标5',
    ]);
    const projects = tables.flatMap((t) => t.projects);
    expect(projects.map((p) => [p.name.text, value(p.budget)])).toEqual([
      ['新建万里街道社区公共服务中心', '4100000.00'],
      ['就业援助基地补贴', '6351000.00'],
      ['社区环境整治和建设经费', '4563800.00'],
      ['各类工作经费', '7595500.00'],
      ['公共服务设施运行经费', '10903043.00'],
    ]);
    expect(projects.every((p) => p.budget.unit?.measure === '元' && p.budget.cell.address === 'E6')).toBe(true);
    expect(tables.every((t) => t.meta.year?.value === 2023 && t.meta.measure?.text === '元')).toBe(true);
  });

  it('keep both totals and their 其中 parts; form 5 states a part above its total', async () => {
    const fifth = tablesOf(await recognizeFile(WANLI), 'project_performance')[4].projects[0];
    const { project, annual } = fifth.funds!;
    expect([value(project?.total), value(project?.fiscal), value(project?.other)]).toEqual([
      '10903043.00',
      '10903043.00',
      '0.00',
    ]);
    expect([project?.total.cell.address, project?.fiscal?.cell.address, project?.other?.cell.address]).toEqual([
      'C6',
      'C7',
      'C9',
    ]);
    expect([value(annual.total), value(annual.appropriation), value(annual.carryover), value(annual.other)]).toEqual([
      '10903043.00',
      '11419043.00',
      '0.00',
      '0.00',
    ]);
    expect([annual.appropriation?.cell.address, annual.carryover?.cell.address, annual.other?.cell.address]).toEqual([
      'E7',
      'E8',
      'E9',
    ]);
  });

  it('read the indicator rows with their merged 一级/二级 labels', async () => {
    const first = tablesOf(await recognizeFile(WANLI), 'project_performance')[0].projects[0];
    expect(first.indicators).toHaveLength(5);
    expect(first.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', level3: '规划建筑面积' });
    expect(first.indicators[0].value).toEqual({
      text: '≥13459.00(平方米)',
      cell: { sheet: '绩效目标1-新建万里街道社区公共服务中心', address: 'E13' },
    });
    expect(first.plan).toEqual([]);
    expect([first.fiscal, first.other, first.code]).toEqual([undefined, undefined, undefined]);
  });

  it('raise none of the Hebei block findings the forms cannot carry', async () => {
    const result = checkWorkbook(await gridOf(WANLI));
    const ids = result.findings.map((f) => f.ruleId);
    for (const id of ['project-funds', 'project-missing-budget', 'project-cost-indicator', 'project-spending-plan']) {
      expect(ids).not.toContain(id);
    }
  });

  it('read each figure from its own cell (changing one part changes only that part)', () => {
    const base = { project: [500000, 400000, 100000], annual: [500000, 300000, 150000, 50000] };
    const read = (amounts: typeof base) =>
      tableOf(recognizeWorkbook(gridFromRows(form(amounts), { merges: MERGES })), 'project_performance')!.projects[0];
    const block = read(base);
    expect(block.name.text).toBe('社区服务中心运维');
    expect(value(block.budget)).toBe('500000.00');
    expect(block.indicators.map((i) => i.value.text)).toEqual(['≤50万元', '≥90%']);
    const funds = (b: typeof block) => [
      value(b.funds?.project?.total),
      value(b.funds?.project?.fiscal),
      value(b.funds?.project?.other),
      value(b.funds?.annual.total),
      value(b.funds?.annual.appropriation),
      value(b.funds?.annual.carryover),
      value(b.funds?.annual.other),
    ];
    const all = [...base.project, ...base.annual];
    expect(funds(block)).toEqual(all.map((n) => n.toFixed(2)));
    all.forEach((_, i) => {
      const changed = all.map((n, j) => (j === i ? n + 1 : n));
      const amounts = { project: changed.slice(0, 3), annual: changed.slice(3) };
      expect(funds(read(amounts))).toEqual(changed.map((n) => n.toFixed(2)));
    });
  });

  it('leave a part the form does not print absent, not zero', () => {
    const rows = form({ project: [10, 10, 0], annual: [10, 10, 0, 0] }).filter((r) => r[3] !== '上年结转资金');
    const block = tableOf(recognizeWorkbook(gridFromRows(rows)), 'project_performance')!.projects[0];
    expect(block.funds?.annual.carryover).toBeUndefined();
    expect(value(block.funds?.annual.other)).toBe('0.00');
  });
});
