import { rules } from '../../../../src/engine/rules/projects';
import { projectFundsRule } from '../../../../src/engine/rules/projects/projectFunds';
import { PROJECT_SHEET, projectCells, projectTable, seedProjects } from '../../../helpers/projectTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('project-funds', () => {
  it('is registered in the projects family', () => {
    expect(rules.map((r) => r.id)).toContain('project-funds');
  });

  it('finds nothing in the seed projects (财政资金 = 预算数, 其他资金 blank; 网络执法 all blank)', () => {
    expect(projectFundsRule.check(contextOf([projectTable(seedProjects())]))).toEqual([]);
  });

  it('reports 预算数 ≠ 财政资金 + 其他资金 as an error on the 预算数 cell', () => {
    const table = projectTable([{ name: '网络平台链接费', budget: '3.20', fiscal: '3.00' }]);
    const findings = projectFundsRule.check(contextOf([table]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect(f.cells[0]).toEqual({ sheet: PROJECT_SHEET, address: projectCells(0).budget });
    expect(f.cells).toContainEqual({ sheet: PROJECT_SHEET, address: projectCells(0).fiscal });
    expect(f.expected).toBe('3.00');
    expect(f.actual).toBe('3.20');
    expect(f.message).toContain('网络平台链接费');
  });

  it('adds 其他资金 to 财政资金', () => {
    const table = projectTable([{ name: '网络平台链接费', budget: '3.20', fiscal: '3.00', other: '0.20' }]);
    expect(projectFundsRule.check(contextOf([table]))).toEqual([]);
  });
});
