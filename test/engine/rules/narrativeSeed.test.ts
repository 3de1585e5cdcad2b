import { rules } from '../../../src/engine/rules/narrative';
import { ALL_RULES } from '../../../src/engine/rules';
import {
  basicExpenditureTable,
  contextFor,
  NARRATIVE_SHEET,
  paragraphAddress,
  paragraphIndex,
  seedWorkbook,
} from '../../helpers/narrativeBuilders';

function runAll(strict = false) {
  const ctx = contextFor(seedWorkbook(), strict);
  return rules.flatMap((r) => r.check(ctx));
}

describe('narrative rules on seed 000', () => {
  it('are registered in the rule registry', () => {
    const ids = ALL_RULES.map((r) => r.id);
    for (const id of [
      'narrative-amount',
      'narrative-sum',
      'narrative-itemised',
      'narrative-change',
      'narrative-year',
      'narrative-placeholder',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('report the 基本支出 尾差 as info and the 机关运行经费 list as the only warning, nothing else', () => {
    const findings = runAll();
    const summary = findings.map((f) => `${f.ruleId}:${f.severity}`).sort();
    expect(summary).toEqual(['narrative-itemised:warning', 'narrative-sum:info']);

    const tail = findings.find((f) => f.ruleId === 'narrative-sum');
    expect(tail?.expected).toBe('357.12');
    expect(tail?.actual).toBe('357.11');
    expect(tail?.cells[0]).toEqual({
      sheet: NARRATIVE_SHEET,
      address: paragraphAddress(paragraphIndex('基本支出357.11')),
    });

    const list = findings.find((f) => f.ruleId === 'narrative-itemised');
    expect(list?.expected).toBe('23.93');
    expect(list?.actual).toBe('24.79');
    expect(list?.message).toContain('取暖费');
    expect(list?.message).toContain('0.84');
    expect(list?.cells[0]).toEqual({
      sheet: NARRATIVE_SHEET,
      address: paragraphAddress(paragraphIndex('机关运行经费共计')),
    });
    const heating = basicExpenditureTable().rows.find((r) => r.code === '30208');
    expect(list?.cells).toContainEqual(heating?.values.public?.cell);
    expect(list?.cells).toHaveLength(2);
  });

  it('make the 尾差 an error in strict mode', () => {
    const findings = runAll(true);
    expect(findings.find((f) => f.ruleId === 'narrative-sum')?.severity).toBe('error');
  });
});
