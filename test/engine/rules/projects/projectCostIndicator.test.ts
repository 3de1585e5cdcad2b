import { rules } from '../../../../src/engine/rules/projects';
import { parseCostAmount } from '../../../../src/engine/rules/projects/costIndicators';
import { projectCostIndicatorRule } from '../../../../src/engine/rules/projects/projectCostIndicator';
import {
  PROJECT_SHEET,
  projectBlock,
  projectCells,
  projectTable,
  seedIndex,
  seedProjects,
} from '../../../helpers/projectTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('parseCostAmount', () => {
  it.each([
    ['≤0.8', '0.8'],
    ['≤0.8万', '0.8'],
    ['≤3.2万元', '3.2'],
    ['<=14.06', '14.06'],
    ['≤ 1.2 万元', '1.2'],
    ['0.80万元', '0.8'],
    ['≤14060元', '1.406'],
    ['≤１.２', '1.2'],
  ])('reads %s as %s 万元', (text, wan) => {
    expect(parseCostAmount(text)?.toString()).toBe(wan);
  });

  it.each(['不超预算', '≥95%', '≤500元/人', '3', '及时', ''])('ignores %s', (text) => {
    expect(parseCostAmount(text)).toBeNull();
  });
});

describe('project-cost-indicator', () => {
  it('is registered in the projects family', () => {
    expect(rules.map((r) => r.id)).toContain('project-cost-indicator');
  });

  it('warns about 劳务派遣人员经费 14.03 vs ≤14.06 and nothing else in the seed', () => {
    const i = seedIndex('劳务派遣人员经费');
    const findings = projectCostIndicatorRule.check(contextOf([projectTable(seedProjects())]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual([
      { sheet: PROJECT_SHEET, address: projectCells(i).cost },
      { sheet: PROJECT_SHEET, address: projectCells(i).budget },
    ]);
    expect(f.expected).toBe('14.03');
    expect(f.actual).toBe('14.06');
    expect(f.message).toContain('劳务派遣人员经费');
    expect(f.message).toContain('≤14.06');
    expect(f.message).toContain('14.03');
  });

  it('warns when a 万元 indicator disagrees', () => {
    const table = projectTable([{ name: '网络安全监测预警体系和工作经费', budget: '3.20', cost: '≤3.5万' }]);
    const [f] = projectCostIndicatorRule.check(contextOf([table]));
    expect(f.actual).toBe('3.50');
    expect(f.cells[0].address).toBe(projectCells(0).cost);
  });

  it('accepts several cost indicators that together state the budget', () => {
    const block = projectBlock({ name: '宣传', budget: '0.20', cost: '≤0.1万' }, 0);
    const cost = block.indicators.find((i) => i.level2 === '成本指标');
    if (!cost) throw new Error('no cost indicator');
    block.indicators.push({
      ...cost,
      level3: '宣传费',
      value: { ...cost.value, cell: { sheet: PROJECT_SHEET, address: 'F99' } },
    });
    const table = { ...projectTable([]), projects: [block] };
    expect(projectCostIndicatorRule.check(contextOf([table]))).toEqual([]);
  });

  it('ignores cost indicators that state no amount, and blank budgets', () => {
    const table = projectTable([
      { name: '甲', budget: '1.00', cost: '不超预算' },
      { name: '网络执法', budget: null, cost: '≤0.2万' },
    ]);
    expect(projectCostIndicatorRule.check(contextOf([table]))).toEqual([]);
  });
});
