import { narrativeItemised } from '../../../src/engine/rules/narrative/narrativeItemised';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';
import {
  basicExpenditureTable,
  contextFor,
  editedTexts,
  NARRATIVE_SHEET,
  paragraphAddress,
  paragraphIndex,
  seedWorkbook,
  withParagraph,
} from '../../helpers/narrativeBuilders';

function check(wb: BudgetWorkbook, strict = false) {
  return narrativeItemised.check(contextFor(wb, strict));
}

const listCell = { sheet: NARRATIVE_SHEET, address: paragraphAddress(paragraphIndex('机关运行经费共计')) };
const rowCell = (code: string) => basicExpenditureTable().rows.find((r) => r.code === code)?.values.public?.cell;
const withHeating = ['13、其他商品服务费0.24万元', '13、其他商品服务费0.24万元14、取暖费0.84万元'] as [string, string];

describe('narrative-itemised', () => {
  it('warns once that the seed list sums to 23.93, not 24.79, and names the missing 取暖费 0.84', () => {
    const findings = check(seedWorkbook());
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect([f.severity, f.expected, f.actual]).toEqual(['warning', '23.93', '24.79']);
    expect(f.message).toContain('30208 取暖费');
    expect(f.message).toContain('0.84万元');
    expect(f.cells).toEqual([listCell, rowCell('30208')]);
  });

  it('treats a complete list within the envelope as 尾差 (302 rows sum to 24.77)', () => {
    const findings = check(seedWorkbook({ paragraphs: editedTexts(withHeating) }));
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['info', '24.77', '24.79']]);
    expect(findings[0].cells).toEqual([listCell]);
    expect(findings[0].message).not.toContain('未列出');
    expect(check(seedWorkbook({ paragraphs: editedTexts(withHeating) }), true)[0].severity).toBe('error');
  });

  it('matches items to 302 rows loosely and warns when an item differs from its row', () => {
    const paragraphs = editedTexts(withHeating, ['1、办公费1.3万元', '1、办公费1.32万元']);
    const findings = check(seedWorkbook({ paragraphs }));
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '1.30', '1.32']]);
    expect(findings[0].cells).toEqual([listCell, rowCell('30201')]);

    // 工会费 names 工会经费 and 其他商品服务费 names 其他商品和服务支出: changing them is noticed too.
    const loose = editedTexts(
      withHeating,
      ['9、工会费1.49万元', '9、工会费1.50万元'],
      ['其他商品服务费0.24', '其他商品服务费0.23'],
    );
    const warnings = check(seedWorkbook({ paragraphs: loose })).filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => f.cells[1])).toEqual([rowCell('30228'), rowCell('30299')]);
  });

  it('checks the sum of any numbered list with a stated total, without 302 rows', () => {
    const text = '2024年，培训支出共计安排3.5万元，1、培训费1.5万元；2、差旅费1万元。';
    const findings = check(seedWorkbook({ paragraphs: withParagraph('机关运行经费共计', text) }));
    expect(findings.map((f) => [f.severity, f.expected, f.actual, f.cells.length])).toEqual([
      ['warning', '2.50', '3.50', 1],
    ]);
  });

  it('leaves a numbered list of the 三公 items to the sum rule', () => {
    const text =
      '“三公”经费预算安排2.4万元：1、因公出国（境）费1万元；2、公务用车购置及运维费2.4万元；3、公务接待费0万元。';
    const paragraphs = withParagraph('机关运行经费共计', text);
    expect(check(seedWorkbook({ paragraphs }))).toEqual([]);
    const operating = [...paragraphs, '机关运行经费共计安排2万元，1、办公费1.3万元2、水费0.3万元'];
    expect(check(seedWorkbook({ paragraphs: operating })).map((f) => f.expected)).toEqual(['1.60']);
  });
});

describe('narrative-itemised list total', () => {
  it('takes the last figure before the list as its total, skipping a change on last year', () => {
    const text = '机关运行经费共计安排2万元，比上年增加0.5万元，1、办公费1.3万元2、水费0.3万元';
    const findings = narrativeItemised.check(
      contextFor(seedWorkbook({ paragraphs: withParagraph('机关运行经费共计', text) })),
    );
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([['1.60', '2.00']]);
  });
});
