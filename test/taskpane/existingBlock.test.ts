import { generateNarrative } from '../../src/engine/narrative';
import { NARRATIVE_BLOCK_ROWS } from '../../src/engine/narrative/narrativeBlock';
import { findExistingBlock } from '../../src/taskpane/narrative/existingBlock';
import { sampleResult, sampleWithBlock } from './narrativeFixtures';

describe('findExistingBlock', () => {
  test('finds a generated block below the 情况说明 and names its 16 rows', () => {
    const { grid, firstRow } = sampleWithBlock();
    const { workbook } = sampleResult(grid);
    expect(findExistingBlock(workbook, generateNarrative(workbook))).toEqual({
      sheet: '情况说明',
      address: `A${firstRow + 1}:A${firstRow + NARRATIVE_BLOCK_ROWS}`,
    });
  });

  test('a hand-written 情况说明 that starts with the same headings is not a block', () => {
    // The seed's own text has '1、收入说明', '2、支出说明', '3、比上年增减情况' two rows apart, then '三、…'.
    const { workbook } = sampleResult();
    expect(findExistingBlock(workbook, generateNarrative(workbook))).toBeUndefined();
  });
});
