import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import { tableOf } from '../../../src/engine/tables/types';
import { sheetFromBlocks, workbookOf } from '../../helpers/gridFromRows';
import { projectBlock } from './seedTables';

describe('project performance blocks', () => {
  const sheet = sheetFromBlocks('项目绩效', [
    { origin: 'A1', rows: [['项目支出绩效目标表']] },
    projectBlock(
      'A3',
      1,
      '互联网传播精品生产扶持专项经费',
      '13011124P000053100573',
      '0.80',
      ['30%', '60%', '80%', '100%'],
      '≤0.8',
    ),
    projectBlock('A20', 2, '劳务派遣人员经费', '13011124P000053101336', '14.03', [0.3, 0.5, 0.8, 1], '≤14.06'),
    projectBlock('A37', 8, '网络执法', '13011124P000053100838', null, ['30%', '50%', '60%', '100%'], '≤0.2万'),
  ]);
  // The second block stores its plan as fractions formatted as percentages, as Excel does.
  for (let c = 1; c <= 4; c++) sheet.rows[25]![c]!.numberFormat = '0%';
  const table = tableOf(recognizeWorkbook(workbookOf(sheet)), 'project_performance')!;

  it('finds every stacked block under one table', () => {
    expect(table.title.text).toBe('项目支出绩效目标表');
    expect(table.projects.map((p) => p.name.text)).toEqual([
      '互联网传播精品生产扶持专项经费',
      '劳务派遣人员经费',
      '网络执法',
    ]);
    expect(table.projects.map((p) => p.code?.text)).toEqual([
      '13011124P000053100573',
      '13011124P000053101336',
      '13011124P000053100838',
    ]);
  });

  it('reads 预算数, 财政资金 and 其他资金 to the right of their labels', () => {
    const [first, second] = table.projects;
    expect(first.budget.value.toFixed(2)).toBe('0.80');
    expect(first.budget.cell.address).toBe('C6');
    expect(second.fiscal?.value.toFixed(2)).toBe('14.03');
    expect(second.other?.amount.kind).toBe('blank');
    expect(second.other?.cell.address).toBe('G23');
  });

  it('gives the blank 预算数 of 网络执法 a Figure with its cell address', () => {
    const enforcement = table.projects[2];
    expect(enforcement.budget.amount.kind).toBe('blank');
    expect(enforcement.budget.cell.address).toBe('C40');
    expect(enforcement.indicators.find((i) => i.level2 === '成本指标')?.value.text).toBe('≤0.2万');
  });

  it('reads the spending plan as percentages', () => {
    expect(table.projects[0].plan.map((p) => [p.label, p.percent?.toString()])).toEqual([
      ['3月底', '30'],
      ['6月底', '60'],
      ['10月底', '80'],
      ['12月底', '100'],
    ]);
    expect(table.projects[1].plan.map((p) => p.percent?.toString())).toEqual(['30', '50', '80', '100']);
  });

  it('carries 一级指标 down to the rows below it', () => {
    const indicators = table.projects[0].indicators;
    expect(indicators).toHaveLength(6);
    expect(indicators.slice(0, 4).map((i) => i.level1)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标']);
    expect(indicators[3]).toMatchObject({ level2: '成本指标', level3: '成本控制性', value: { text: '≤0.8' } });
    expect(indicators[5].level1).toBe('满意度指标');
  });

  it('counts the project amounts as the table figures', () => {
    expect(table.allFigures.map((f) => f.value.toFixed(2))).toEqual([
      '0.80',
      '0.80',
      '0.00',
      '14.03',
      '14.03',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
  });
});
