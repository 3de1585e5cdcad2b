export { BUDGET_LABELS, budgetLabel, type BudgetLabel, type BudgetLabelKey } from './budgetLabels';
export { findAmounts, normalizeParagraph, type StatedAmount } from './findAmounts';
export { findPlaceholders, type Placeholder } from './findPlaceholders';
export { findStatedAmounts, type AmountStatement, type ChangeDirection } from './findStatedAmounts';
export { findYears, type YearMention } from './findYears';
export { matchNames, nameStem, sameName } from './matchName';
export { parseItemisedLists, type ItemisedList, type ListItem } from './parseItemisedList';
