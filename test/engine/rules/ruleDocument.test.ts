/**
 * A rule that reads one document's tables or sentences runs only on that document (Rule.document): the 预算
 * sentence rules never read a 决算 text, whose sentences look alike but list other parts (JUESUAN.md §5 三 lists
 * 对附属单位补助支出 beside 基本支出 and 项目支出).
 */
import { checkWorkbook } from '../../../src/engine/checkWorkbook';
import { ALL_RULES } from '../../../src/engine/rules';
import { narrativeSum } from '../../../src/engine/rules/narrative/narrativeSum';
import { gridFromRows } from '../../helpers/gridFromRows';

const FINAL_TEXT = [
  ['第三部分 某单位2024年度部门决算情况说明'],
  ['三、支出决算情况说明'],
  [
    '本年支出合计2.05万元，其中：基本支出0.03万元，占1.46%；项目支出2.00万元，占97.56%；对附属单位补助支出0.02万元，占0.98%。',
  ],
];
const BUDGET_TEXT = [
  ['某单位2024年部门预算情况说明'],
  ['本年支出合计2.05万元，其中：基本支出0.03万元，项目支出2.00万元。'],
];

describe('Rule.document', () => {
  test('a 决算 text is not read by the 预算 narrative-sum rule, which would misread it', () => {
    const grid = gridFromRows(FINAL_TEXT, { sheet: '情况说明' });
    const result = checkWorkbook(grid);
    expect(result.document).toBe('final');
    expect(result.findings.filter((f) => f.ruleId === 'narrative-sum')).toEqual([]);
    // Without the gate the rule does misread it: the 决算 sentence is not a 预算 sum of two parts.
    const alone = checkWorkbook(grid, {}, [{ ...narrativeSum, document: undefined }]);
    expect(alone.findings.map((f) => [f.ruleId, f.severity])).toEqual([['narrative-sum', 'error']]);
  });

  test('a 预算 text is still read by it', () => {
    const result = checkWorkbook(gridFromRows(BUDGET_TEXT, { sheet: '情况说明' }), {}, [narrativeSum]);
    expect(result.document).toBe('budget');
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['narrative-sum', 'error']]);
  });

  test('every final-* rule reads 决算 only; no other rule does', () => {
    for (const rule of ALL_RULES)
      expect([rule.id, rule.document === 'final']).toEqual([rule.id, rule.id.startsWith('final-')]);
  });
});
