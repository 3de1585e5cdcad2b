import { normalizeParagraph, type StatedAmount } from '../findAmounts';
import { amountLed, clauseAmounts } from './clauseAmounts';
import { readPercents, type StatedRate } from './readPercents';

/** What '决算数大于/小于/与预算数持平' says of the 决算 against its budget. */
export type BudgetComparison = 'more' | 'less' | 'same' | 'roughlySame';

/**
 * '年初预算为B万元，支出决算为X万元，完成年初预算的P%。决算数小于预算数…' (五（三）, 七（一）), with the 项 path
 * when the paragraph is a numbered item: 'n、<类>（类）<款>（款）<项>（项）。…'.
 */
export interface BudgetStatement {
  /** [类, 款, 项] names of a numbered item; absent for the section's total sentence. */
  path?: [string, string, string];
  budget?: StatedAmount;
  actual?: StatedAmount;
  rate?: StatedRate;
  comparison?: { kind: BudgetComparison; raw: string };
}

const PATH = /^\s*\d{1,2}\s*[、.]\s*([^()]+?)\s*\(类\)\s*([^()]+?)\s*\(款\)\s*(.+?)\s*\(项\)/;
const COMPARISON = /决算数\s*(大于|高于|超过|小于|低于|等于|与预算数(基本)?持平)/;
const BUDGET = /^(?:.*?)(?:年初|全年)预算(?:数)?为?$/;
const ACTUAL = /^(?:当年)?(?:.*?)?支出决算(?:数)?为?$/;

function comparisonOf(word: string, roughly: boolean): BudgetComparison {
  if (/大于|高于|超过/.test(word)) return 'more';
  if (/小于|低于/.test(word)) return 'less';
  return roughly ? 'roughlySame' : 'same';
}

/** The budget statement of a paragraph, or undefined when it states neither a budget nor a 决算. */
export function readBudgetStatement(text: string): BudgetStatement | undefined {
  const s = normalizeParagraph(text);
  const amounts = clauseAmounts(text);
  const budget = amountLed(amounts, BUDGET)?.amount;
  const actual = amounts.find((a) => ACTUAL.test(a.lead) && a.amount !== budget)?.amount;
  if (!budget && !actual) return undefined;
  const statement: BudgetStatement = {};
  const path = PATH.exec(s);
  if (path) statement.path = [path[1].trim(), path[2].trim(), path[3].trim()];
  if (budget) statement.budget = budget;
  if (actual) statement.actual = actual;
  const rate = readPercents(text).find((r) => r.kind === 'completion');
  if (rate) statement.rate = rate;
  const c = COMPARISON.exec(s);
  if (c)
    statement.comparison = { kind: comparisonOf(c[1], Boolean(c[2])), raw: text.slice(c.index, c.index + c[0].length) };
  return statement;
}
