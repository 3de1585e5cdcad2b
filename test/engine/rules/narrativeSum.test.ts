import { narrativeSum } from '../../../src/engine/rules/narrative/narrativeSum';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';
import {
  contextFor,
  editedText,
  NARRATIVE_SHEET,
  paragraphAddress,
  paragraphIndex,
  seedWorkbook,
  withParagraph,
} from '../../helpers/narrativeBuilders';

function check(wb: BudgetWorkbook, strict = false) {
  return narrativeSum.check(contextFor(wb, strict));
}

const brief = (wb: BudgetWorkbook) => check(wb).map((f) => [f.severity, f.expected, f.actual]);

describe('narrative-sum', () => {
  it('reports 基本支出 357.11 vs 人员经费 332.33 + 日常公用经费 24.79 as 尾差 naming the paragraph', () => {
    const findings = check(seedWorkbook());
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['info', '357.12', '357.11']]);
    expect(findings[0].cells).toEqual([
      { sheet: NARRATIVE_SHEET, address: paragraphAddress(paragraphIndex('基本支出357.11')) },
    ]);
    expect(findings[0].message).toContain('尾差');
    expect(findings[0].message).toContain('人员经费');
  });

  it('makes the 尾差 an error in strict mode', () => {
    expect(check(seedWorkbook(), true).map((f) => f.severity)).toEqual(['error']);
  });

  it('reports a gap beyond the envelope as an error', () => {
    expect(brief(seedWorkbook({ paragraphs: editedText('人员经费332.33', '人员经费330.33') }))).toEqual([
      ['error', '355.12', '357.11'],
    ]);
  });

  it('checks 支出预算 = 基本支出 + 项目支出', () => {
    const findings = brief(seedWorkbook({ paragraphs: editedText('项目支出27.23', '项目支出28.23') }));
    expect(findings).toContainEqual(['error', '385.34', '384.34']);
  });

  it('checks 预算收入 = Σ the stated income sources', () => {
    expect(brief(seedWorkbook({ paragraphs: editedText('其他来源收入0万元', '其他来源收入5万元') }))).toEqual([
      ['error', '389.34', '384.34'],
      ['info', '357.12', '357.11'],
    ]);
  });

  it('checks “三公” = 出国 + 公务用车 + 接待 and 公务用车 = 购置 + 运行', () => {
    expect(brief(seedWorkbook({ paragraphs: editedText('公务接待费0万元', '公务接待费1万元') }))).toContainEqual([
      'error',
      '3.40',
      '2.40',
    ]);
    expect(brief(seedWorkbook({ paragraphs: editedText('公务购车0元', '公务购车3000元') }))).toContainEqual([
      'error',
      '2.70',
      '2.40',
    ]);
  });

  it('does not check a whole whose parts are not all stated', () => {
    const text = '2024年部门支出预算为384.34万元，其中基本支出357.11万元，包括人员经费300万元；项目支出27.23万元。';
    expect(brief(seedWorkbook({ paragraphs: withParagraph('基本支出357.11', text) }))).toEqual([]);
    const complete = `${text.replace('；', '和日常公用经费24.79万元；')}`;
    expect(brief(seedWorkbook({ paragraphs: withParagraph('基本支出357.11', complete) }))).toEqual([
      ['error', '324.79', '357.11'],
    ]);
  });
});

describe('narrative-sum with 上年结转', () => {
  const text = (total: string) =>
    `2024年预算收入${total}万元，其中：一般公共预算收入384.34万元，基金预算收入0万元，财政专户核拨收入0万元，其他来源收入0万元，上年结转10万元。`;
  const run = (total: string) =>
    narrativeSum
      .check(contextFor(seedWorkbook({ paragraphs: withParagraph('预算收入384.34', text(total)) })))
      .filter((f) => f.expected !== '357.12')
      .map((f) => [f.expected, f.actual]);

  it('counts 上年结转 in the whole when the whole includes it, and not when it does not', () => {
    expect(run('394.34')).toEqual([]);
    expect(run('384.34')).toEqual([]);
    expect(run('390.00')).toEqual([['394.34', '390.00']]);
  });
});
