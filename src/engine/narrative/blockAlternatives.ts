import type { BudgetWorkbook } from '../tables/types';
import { generateNarrative } from './generateNarrative';
import { narrativeBlockRows } from './narrativeBlock';
import { statedPreviousYear } from './statedPreviousYear';

/**
 * The block as it may have been generated before: without last year's figures, and with the figures the
 * 情况说明 itself states. A cell written either way and only filled in since is still read as generated when
 * the block is inserted again (mergeNarrativeBlock), so its new figures replace the old.
 */
export function blockAlternatives(workbook: BudgetWorkbook): string[][] {
  const stated = statedPreviousYear(workbook).figures;
  const plain = narrativeBlockRows(generateNarrative(workbook));
  return stated ? [plain, narrativeBlockRows(generateNarrative(workbook, { previous: stated }))] : [plain];
}
