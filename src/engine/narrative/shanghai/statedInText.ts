import Decimal from 'decimal.js';
import { normalizeParagraph } from '../../narrativeText';
import { tablesOf, type BudgetWorkbook } from '../../tables/types';

/** An amount as the text writes it: '9,101.68', '34'. */
export const AMOUNT = '(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?';

/** Every paragraph of the workbook's 情况说明 sheets, in reading order. */
function paragraphs(wb: BudgetWorkbook): string[] {
  return tablesOf(wb, 'narrative').flatMap((t) => t.paragraphs.map((p) => p.text));
}

/**
 * The first paragraph match of `pattern`: figures the template publishes as text only (政府采购, 绩效目标, counts
 * of units and vehicles) are taken from what the author already wrote. A paragraph still holding a placeholder
 * does not match a pattern that wants digits, so an earlier generated block is passed over.
 */
export function statedInText(wb: BudgetWorkbook, pattern: RegExp): RegExpExecArray | undefined {
  // Matched with full-width digits and punctuation made ASCII: write '，' in a pattern as ','.
  for (const text of paragraphs(wb)) {
    const m = pattern.exec(normalizeParagraph(text));
    if (m) return m;
  }
  return undefined;
}

/** The paragraphs that match, whole and as written (the 国有资产 counts are copied as the author wrote them). */
export function paragraphsMatching(wb: BudgetWorkbook, pattern: RegExp): string[] {
  return paragraphs(wb).filter((p) => pattern.test(normalizeParagraph(p)));
}

/** '9,101.68' + '.68' groups of AMOUNT → 9101.68. */
export function amountOf(whole: string | undefined, fraction: string | undefined): Decimal {
  return new Decimal(`${(whole ?? '0').replace(/,/g, '')}${fraction ?? ''}`);
}
