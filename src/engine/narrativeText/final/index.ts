export { amountLed, clauseAmounts, type ClauseAmount } from './clauseAmounts';
export { findFinalSections, sectionParagraphs, type FinalSection, type FinalSectionId } from './findFinalSections';
export { readBudgetStatement, type BudgetComparison, type BudgetStatement } from './readBudgetItems';
export { readVehicleCounts, readVehicleHolding, type StatedCount, type VehicleCounts } from './readCounts';
export {
  readContradictoryChanges,
  readGrowthClauses,
  type ContradictoryChange,
  type GrowthClause,
} from './readGrowthClauses';
export { readNameLists, type NameList } from './readNameLists';
export { readPercents, type StatedRate } from './readPercents';
