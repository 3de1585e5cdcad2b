import { titleKind } from '../../../src/engine/tables/findTableTitles';

describe('titleKind', () => {
  it.each([
    ['部门预算收支总表', 'income_expenditure_summary'],
    ['表1 部门预算收支总表', 'income_expenditure_summary'],
    ['2024年部门预算收入总表', 'income'],
    ['表1-3 支出总表', 'expenditure'],
    ['部门预算财政拨款收支总表', 'fiscal_summary'],
    ['财政拨款收支总表', 'fiscal_summary'],
    ['部门预算一般公共预算财政拨款支出表', 'general_budget_expenditure'],
    ['一般公共预算财政拨款基本支出表', 'basic_expenditure'],
    ['政府性基金预算财政拨款支出表', 'gov_fund_expenditure'],
    ['部门预算国有资本经营预算财政拨款支出表', 'state_capital_expenditure'],
    ['部门预算财政拨款“三公”经费支出表', 'three_public'],
    ['财政拨款"三公"经费支出表', 'three_public'],
    ['财政拨款三公经费支出表', 'three_public'],
    ['项目(支出)绩效目标表', 'project_performance'],
    ['项目支出绩效目标表', 'project_performance'],
    ['部门政府采购预算', 'procurement'],
    ['部门政府采购预算表', 'procurement'],
    ['部门固定资产占用情况表', 'assets'],
    ['网信办2024年部门预算信息公开情况说明', 'narrative'],
  ])('%s → %s', (title, kind) => {
    expect(titleKind(title)?.kind).toBe(kind);
  });

  it('marks per-project block titles', () => {
    expect(titleKind('8、网络执法绩效目标表')).toEqual({ kind: 'project_performance', projectBlock: true });
    expect(titleKind('项目支出绩效目标表')?.projectBlock).toBe(false);
  });

  it.each([
    '八、政府采购预算情况',
    '七、部门项目预算安排情况及绩效目标',
    '收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映网信办2024年度部门预算中支出预算的总体情况。',
    '合计',
  ])('does not take %s for a title', (text) => {
    expect(titleKind(text)).toBeUndefined();
  });
});
