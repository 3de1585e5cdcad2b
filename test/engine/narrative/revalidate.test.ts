/**
 * The generated sections, pasted as paragraphs into the seed-000 sample's 情况说明, re-validate clean: the
 * narrative checks (family 8) find no error or warning in them. The 原因 placeholder is flagged by design
 * until the author replaces it.
 */
import { checkWorkbook } from '../../../src/engine/checkWorkbook';
import type { Finding } from '../../../src/engine/findings';
import {
  generateNarrative,
  previousYearFigures,
  REASON_PLACEHOLDER,
  type NarrativeSection,
  type PreviousYearFigures,
} from '../../../src/engine/narrative';
import { recognizeWorkbook } from '../../../src/engine/tables/recognizeWorkbook';
import type { BudgetData } from '../../../scripts/samples/budgetData';
import { layoutWorkbook } from '../../../scripts/samples/layoutWorkbook';
import { SEED_000 } from '../../../scripts/samples/seed000';
import { previousYearData } from './previousYearData';

function withNarrative(data: BudgetData, sections: readonly NarrativeSection[]): BudgetData {
  return {
    ...data,
    narrative: ['网信办2024年部门预算信息公开情况说明', ...sections.flatMap((s) => [s.title, s.text])],
  };
}

/** Narrative-family errors and warnings after putting the generated text into the workbook. */
function narrativeProblems(data: BudgetData, previous?: PreviousYearFigures, fill?: string): Finding[] {
  let sections = generateNarrative(recognizeWorkbook(layoutWorkbook(data).grid), { previous });
  if (fill) sections = sections.map((s) => ({ ...s, text: s.text.split(REASON_PLACEHOLDER).join(fill) }));
  const result = checkWorkbook(layoutWorkbook(withNarrative(data, sections)).grid);
  expect(result.workbook.tables.some((t) => t.kind === 'narrative')).toBe(true);
  return result.findings.filter((f) => f.family === 'narrative' && f.severity !== 'info');
}

const previous = () => previousYearFigures(recognizeWorkbook(layoutWorkbook(previousYearData()).grid));

describe('generated 情况说明 re-validates clean on the seed-000 sample', () => {
  it('without last year: no narrative error or warning', () => {
    expect(narrativeProblems(SEED_000)).toEqual([]);
  });

  it('with last year: only the 原因 placeholders are flagged, in the two sections that carry them', () => {
    const problems = narrativeProblems(SEED_000, previous());
    expect(problems.map((f) => `${f.ruleId}:${f.severity}`)).toEqual([
      'narrative-placeholder:error',
      'narrative-placeholder:error',
    ]);
  });

  it('with last year and the placeholders replaced: no narrative error or warning', () => {
    expect(narrativeProblems(SEED_000, previous(), '人员调整及项目压减')).toEqual([]);
  });

  it('the narrative checks read the generated amounts: a wrong figure in the text is caught', () => {
    const sections = generateNarrative(recognizeWorkbook(layoutWorkbook(SEED_000).grid));
    const tampered = sections.map((s) =>
      s.id === 'expenditure' ? { ...s, text: s.text.replace('人员经费332.33万元', '人员经费330.33万元') } : s,
    );
    const result = checkWorkbook(layoutWorkbook(withNarrative(SEED_000, tampered)).grid);
    expect(result.findings.some((f) => f.ruleId === 'narrative-amount' && f.actual === '330.33')).toBe(true);
  });

  it('stays clean when a table carries income from 上年结转 and other sources', () => {
    const data = structuredClone(SEED_000);
    data.summary.incomeItems = ['380.34', null, null, null, '4.00'];
    data.summary.carryIn = '1.50';
    data.summary.incomeTotal = '384.34';
    data.summary.grandIncome = '385.84';
    data.summary.carryOut = '1.50';
    data.summary.grandExpenditure = '385.84';
    const sections = generateNarrative(recognizeWorkbook(layoutWorkbook(data).grid));
    expect(sections[0].text).toContain('预算收入385.84万元，其中：一般公共预算收入380.34万元');
    expect(sections[0].text).toContain('单位资金收入4.00万元，上年结转1.50万元');
    expect(narrativeProblems(data)).toEqual([]);
  });
});
