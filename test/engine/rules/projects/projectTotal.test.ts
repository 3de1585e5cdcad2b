import { rules } from '../../../../src/engine/rules/projects';
import { projectTotalRule } from '../../../../src/engine/rules/projects/projectTotal';
import {
  EXPENDITURE_SHEET,
  expenditureWithProjectTotal,
  PROJECT_SHEET,
  projectCells,
  projectTable,
  seedIndex,
  seedProjects,
} from '../../../helpers/projectTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

describe('project-total', () => {
  it('is registered in the projects family', () => {
    expect(rules.map((r) => r.id)).toContain('project-total');
  });

  it('finds nothing when the seed projects sum to 项目支出 27.23', () => {
    const ctx = contextOf([expenditureWithProjectTotal('27.23'), projectTable(seedProjects())]);
    expect(projectTotalRule.check(ctx)).toEqual([]);
  });

  it('reports an error naming the total and the changed project budget', () => {
    const specs = seedProjects();
    const i = seedIndex('劳务派遣人员经费');
    specs[i] = { ...specs[i], budget: '14.30', fiscal: '14.30' };
    const [f, ...rest] = projectTotalRule.check(contextOf([expenditureWithProjectTotal('27.23'), projectTable(specs)]));
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(f.cells[0]).toEqual({ sheet: EXPENDITURE_SHEET, address: 'F7' });
    expect(f.cells).toContainEqual({ sheet: PROJECT_SHEET, address: projectCells(i).budget });
    expect(f.expected).toBe('27.50');
    expect(f.actual).toBe('27.23');
    expect(f.message).toContain('27.50');
  });

  it('reports a gap inside the 尾差 envelope as info, and as error in strict mode', () => {
    const tables = [expenditureWithProjectTotal('27.24'), projectTable(seedProjects())];
    expect(projectTotalRule.check(contextOf(tables)).map((f) => f.severity)).toEqual(['info']);
    expect(projectTotalRule.check(contextOf(tables, { strict: true })).map((f) => f.severity)).toEqual(['error']);
  });

  it('returns nothing when the 支出总表 or the project tables are missing', () => {
    expect(projectTotalRule.check(contextOf([projectTable(seedProjects())]))).toEqual([]);
    expect(projectTotalRule.check(contextOf([expenditureWithProjectTotal('27.23')]))).toEqual([]);
  });
});
