import { narrativePlaceholder } from '../../../src/engine/rules/narrative/narrativePlaceholder';
import type { BudgetWorkbook } from '../../../src/engine/tables/types';
import {
  contextFor,
  editedText,
  NARRATIVE_SHEET,
  paragraphAddress,
  paragraphIndex,
  seedWorkbook,
} from '../../helpers/narrativeBuilders';

function check(wb: BudgetWorkbook) {
  return narrativePlaceholder.check(contextFor(wb));
}

describe('narrative-placeholder', () => {
  it('reports unfilled placeholders as an error naming the paragraph, and nothing in the seed', () => {
    expect(check(seedWorkbook())).toEqual([]);
    const paragraphs = editedText('减少130.4万元，主要是项目减少', '减少XX万元，主要是【请填写原因】');
    const findings = check(seedWorkbook({ paragraphs }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', ruleId: 'narrative-placeholder' });
    expect(findings[0].message).toContain('XX');
    expect(findings[0].message).toContain('【请填写原因】');
    expect(findings[0].cells).toEqual([
      { sheet: NARRATIVE_SHEET, address: paragraphAddress(paragraphIndex('较2023年预算')) },
    ]);
  });

  it('reports ××× and 【请填写】 in different paragraphs separately', () => {
    let paragraphs = editedText('我部门无其他需要说明的事项', '×××单位无其他需要说明的事项');
    paragraphs = paragraphs.map((p) => p.replace('网络宣传管理2.4万元', '网络宣传管理【请填写】万元'));
    expect(check(seedWorkbook({ paragraphs })).map((f) => f.actual)).toEqual(['【请填写】', '×××']);
  });
});
