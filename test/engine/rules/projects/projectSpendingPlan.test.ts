import { rules } from '../../../../src/engine/rules/projects';
import { projectSpendingPlanRule } from '../../../../src/engine/rules/projects/projectSpendingPlan';
import { PROJECT_SHEET, projectCells, projectTable, seedProjects } from '../../../helpers/projectTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

function check(plan: Array<number | string | null>, budget: string | null = '1.00') {
  return projectSpendingPlanRule.check(contextOf([projectTable([{ name: '网络平台链接费', budget, plan }])]));
}

describe('project-spending-plan', () => {
  it('is registered in the projects family', () => {
    expect(rules.map((r) => r.id)).toContain('project-spending-plan');
  });

  it('finds nothing in the seed plans (网络宣传管理 reaches 100% at 10月底, 12月底 blank)', () => {
    expect(projectSpendingPlanRule.check(contextOf([projectTable(seedProjects())]))).toEqual([]);
  });

  it('warns when the plan falls, naming the falling month first', () => {
    const findings = check([30, 60, 50, 100]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('warning');
    expect(f.cells[0]).toEqual({ sheet: PROJECT_SHEET, address: projectCells(0).plan[2] });
    expect(f.cells[1]).toEqual({ sheet: PROJECT_SHEET, address: projectCells(0).plan[1] });
    expect(f.message).toContain('10月底');
    expect(f.actual).toBe('50%');
  });

  it('warns when the plan does not end at 100%', () => {
    const [f, ...rest] = check([30, 60, 80, 90]);
    expect(rest).toEqual([]);
    expect(f.cells).toEqual([{ sheet: PROJECT_SHEET, address: projectCells(0).plan[3] }]);
    expect(f.expected).toBe('100%');
    expect(f.actual).toBe('90%');
  });

  it('accepts blank early months and fractions from percent-formatted cells', () => {
    expect(check([null, null, 60, 100])).toEqual([]);
    expect(check([0.3, 0.6, 0.8, 1])).toEqual([]);
  });

  it('warns about an unfilled plan only when the project has a budget', () => {
    expect(check([null, null, null, null])).toHaveLength(1);
    expect(check([null, null, null, null], null)).toEqual([]);
  });
});
