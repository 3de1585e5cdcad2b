import { narrativeYear } from '../../../src/engine/rules/narrative/narrativeYear';
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

function check(wb: BudgetWorkbook) {
  return narrativeYear.check(contextFor(wb));
}

describe('narrative-year', () => {
  it('accepts the budget year and the year before, and warns about an older year in the paragraph', () => {
    expect(check(seedWorkbook())).toEqual([]);
    const findings = check(seedWorkbook({ paragraphs: editedText('较2023年预算', '较2021年预算') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', actual: '2021年', expected: '2024' });
    expect(findings[0].cells).toEqual([
      { sheet: NARRATIVE_SHEET, address: paragraphAddress(paragraphIndex('较2023年预算')) },
    ]);
  });

  it('warns about a later year too, once per paragraph', () => {
    const findings = check(seedWorkbook({ paragraphs: editedText('2024年，财政拨款', '2025年，财政拨款2025年') }));
    expect(findings.map((f) => f.actual)).toEqual(['2025年']);
  });

  it('ignores law names and document numbers, accepts a 截止时间 of the year before but not older', () => {
    const text = '按照《2018年修订的预算法》，截止时间：2023-12-31，“十四五”（2021-2025年）规划。';
    expect(check(seedWorkbook({ paragraphs: withParagraph('按照《中华人民共和国预算法》', text) }))).toEqual([]);
    const old = check(
      seedWorkbook({ paragraphs: withParagraph('按照《中华人民共和国预算法》', '截止时间：2021-12-31') }),
    );
    expect(old.map((f) => f.actual)).toEqual(['2021']);
  });

  it('takes the budget year from the 情况说明 title when the tables give none', () => {
    const wb = seedWorkbook({ paragraphs: editedText('较2023年预算', '较2022年预算') });
    const noYear: BudgetWorkbook = {
      ...wb,
      year: undefined,
      tables: wb.tables.map((t) => (t.kind === 'narrative' ? { ...t, meta: {} } : t)),
    };
    expect(check(noYear).map((f) => f.expected)).toEqual(['2024']);
  });
});
