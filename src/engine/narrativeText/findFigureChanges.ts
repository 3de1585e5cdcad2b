import type { BudgetLabelKey } from './budgetLabels';
import { findChangeClauses, type ChangeClause } from './findChangeClauses';
import { normalizeParagraph, type StatedAmount } from './findAmounts';
import { findStatedAmounts } from './findStatedAmounts';

/** '财政拨款收入16497.86万元，比2022年预算增加1421.25万元': a labelled figure and its change on last year. */
export interface FigureChange {
  key: BudgetLabelKey;
  amount: StatedAmount;
  change: ChangeClause;
}

/** What may stand between a figure and its change clause: '，', '。' (the template's '公务接待费XXX万元。比…'). */
const GAP = /^[\s,.;。]*$/;

/** Every labelled figure of a paragraph that is followed by its change on last year, in reading order. */
export function findFigureChanges(text: string): FigureChange[] {
  const s = normalizeParagraph(text);
  const clauses = findChangeClauses(text);
  const found: FigureChange[] = [];
  for (const statement of findStatedAmounts(text)) {
    if (!statement.label || statement.change || statement.labelInherited) continue;
    const change = clauses.find(
      (c) => c.start >= statement.amount.end && GAP.test(s.slice(statement.amount.end, c.start)),
    );
    if (change) found.push({ key: statement.label.key, amount: statement.amount, change });
  }
  return found;
}
