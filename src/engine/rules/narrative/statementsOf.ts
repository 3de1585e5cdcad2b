import {
  findStatedAmounts,
  parseItemisedLists,
  type AmountStatement,
  type BudgetLabelKey,
  type ItemisedList,
} from '../../narrativeText';

/** Figures that the text states as a whole of other stated figures (see narrativeSum). */
export const SUM_RELATIONS: ReadonlyArray<{
  whole: BudgetLabelKey;
  /** Parts that must all be stated for the check to run. */
  parts: BudgetLabelKey[];
  /** Parts added when stated. */
  optional?: BudgetLabelKey[];
}> = [
  { whole: 'expenditureTotal', parts: ['basic', 'project'] },
  { whole: 'basic', parts: ['personnel', 'public'] },
  {
    whole: 'incomeTotal',
    parts: ['generalIncome', 'fundIncome', 'specialAccountIncome', 'unitFundsIncome'],
    optional: ['capitalIncome', 'carryIn'],
  },
  { whole: 'threePublic', parts: ['outbound', 'vehicle', 'reception'] },
  { whole: 'vehicle', parts: ['vehiclePurchase', 'vehicleOps'] },
];

/** Wholes whose parts are changes too: '预算增加87.33万元，其中：基本支出增加11.33万元…项目支出增加76万元'. */
export const CHANGE_RELATIONS: ReadonlyArray<{ wholes: BudgetLabelKey[]; parts: BudgetLabelKey[] }> = [
  { wholes: ['budgetTotal', 'incomeTotal', 'expenditureTotal'], parts: ['basic', 'project'] },
  { wholes: ['basic'], parts: ['personnel', 'public'] },
  { wholes: ['threePublic'], parts: ['outbound', 'vehicle', 'reception'] },
  { wholes: ['vehicle'], parts: ['vehiclePurchase', 'vehicleOps'] },
];

const SUM_WHOLES = new Set(SUM_RELATIONS.map((r) => r.whole));

/** A numbered list with the amount stated just before it as its total (机关运行经费 1、办公费…). */
export interface ListWithTotal {
  list: ItemisedList;
  total?: AmountStatement;
}

export interface ParagraphStatements {
  statements: AmountStatement[];
  /** Lists the itemised rule checks; their items are not read as figures of other tables. */
  itemisedLists: ListWithTotal[];
}

/** What a paragraph states, read once for all the narrative rules. */
export function statementsOf(text: string): ParagraphStatements {
  const statements = findStatedAmounts(text);
  const itemisedLists: ListWithTotal[] = [];
  for (const list of parseItemisedLists(text)) {
    // The total is the last figure stated before the list ('…共计安排24.79万元，1、办公费…'), not a change.
    const before = statements.filter((s) => s.amount.end <= list.start && !s.change);
    const total = before[before.length - 1];
    // A list of a whole the sum rule knows (三公 = 出国 + 公务用车 + 接待) is checked there instead.
    if (total?.label && SUM_WHOLES.has(total.label.key)) continue;
    itemisedLists.push({ list, total });
  }
  return { statements, itemisedLists };
}

/** True when the statement is an item of one of the paragraph's itemised lists. */
export function isListItem(p: ParagraphStatements, s: AmountStatement): boolean {
  return p.itemisedLists.some(({ list }) => list.items.some((i) => i.amount.start === s.amount.start));
}
