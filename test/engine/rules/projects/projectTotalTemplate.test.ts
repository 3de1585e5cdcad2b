/** project-total runs only where the template's 绩效目标表 cover every project (a template data field). */
import { projectTotalRule } from '../../../../src/engine/rules/projects/projectTotal';
import { templateById } from '../../../../src/engine/templates';
import { expenditureWithProjectTotal, projectTable, seedProjects } from '../../../helpers/projectTableBuilders';
import { contextOf } from '../../../helpers/ruleContextBuilder';

/** The seed projects sum to 27.23; a 项目支出 合计 of 40.00 leaves 12.77 without 绩效目标. */
const tables = () => [expenditureWithProjectTotal('40.00'), projectTable(seedProjects())];

describe('project-total and the template', () => {
  it('says which templates publish targets for every project', () => {
    expect(templateById('hebei').performanceCoversAllProjects).toBe(true);
    expect(templateById('shanghai').performanceCoversAllProjects).toBe(false);
  });

  it('reports projects short of 项目支出 under Hebei (also the default when no template is named)', () => {
    expect(projectTotalRule.check(contextOf(tables(), { workbook: { template: 'hebei' } }))).toHaveLength(1);
    expect(projectTotalRule.check(contextOf(tables()))).toHaveLength(1);
  });

  it('does not run under Shanghai, where not every project must carry targets', () => {
    expect(projectTotalRule.check(contextOf(tables(), { workbook: { template: 'shanghai' } }))).toEqual([]);
  });
});
