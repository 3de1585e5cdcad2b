import { rules } from '../../../../src/engine/rules/projects';
import { projectMissingBudgetRule } from '../../../../src/engine/rules/projects/projectMissingBudget';
import {
  NARRATIVE_SHEET,
  narrativeTable,
  PROJECT_SHEET,
  projectCells,
  projectTable,
  SEED_EXPENDITURE_PARAGRAPH,
  seedIndex,
  seedProjects,
} from '../../../helpers/projectTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('project-missing-budget', () => {
  const enforcement = seedIndex('网络执法');

  it('is registered in the projects family', () => {
    expect(rules.map((r) => r.id)).toContain('project-missing-budget');
  });

  it('reports 网络执法 (blank 预算数, 成本指标 ≤0.2万) and only it, without a narrative', () => {
    const findings = projectMissingBudgetRule.check(contextOf([projectTable(seedProjects())]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('error');
    expect(f.cells[0]).toEqual({ sheet: PROJECT_SHEET, address: projectCells(enforcement).budget });
    expect(f.cells).toContainEqual({ sheet: PROJECT_SHEET, address: projectCells(enforcement).cost });
    expect(f.cells.some((c) => c.sheet === NARRATIVE_SHEET)).toBe(false);
    expect(f.message).toContain('网络执法');
    expect(f.message).toContain('≤0.2万');
    expect(f.message).not.toContain('情况说明');
    expect(f.expected).toBe('0.20');
    expect(f.actual).toBe('0.00');
  });

  it('names the narrative paragraph that states 网络执法0.2万元', () => {
    const narrative = narrativeTable(['网信办2024年部门预算信息公开情况说明', SEED_EXPENDITURE_PARAGRAPH]);
    const findings = projectMissingBudgetRule.check(contextOf([projectTable(seedProjects()), narrative]));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.cells[0]).toEqual({ sheet: PROJECT_SHEET, address: projectCells(enforcement).budget });
    expect(f.cells).toContainEqual(narrative.paragraphs[1].cell);
    expect(f.message).toContain('情况说明');
    expect(f.message).toContain('网络执法0.2万元');
  });

  it('also reports a 预算数 written as 0.00', () => {
    const table = projectTable([{ name: '网络执法', budget: '0.00', cost: '≤0.2万' }]);
    const [f] = projectMissingBudgetRule.check(contextOf([table]));
    expect(f.cells[0].address).toBe(projectCells(0).budget);
  });

  it('ignores a blank project without cost indicators, or whose cost indicator is blank', () => {
    const table = projectTable([
      { name: '空项目', budget: null },
      { name: '空成本', budget: null, cost: '' },
    ]);
    expect(projectMissingBudgetRule.check(contextOf([table]))).toEqual([]);
  });

  it('returns nothing without project tables', () => {
    expect(projectMissingBudgetRule.check(contextOf([narrativeTable([SEED_EXPENDITURE_PARAGRAPH])]))).toEqual([]);
  });
});
