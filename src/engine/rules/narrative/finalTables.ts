import { matchNames, sameName } from '../../narrativeText';
import { findFinalSections, type FinalSection } from '../../narrativeText/final';
import { FINAL_TABLE_KINDS } from '../../tableKinds';
import type { FinalGeneralBudgetTable } from '../../tables/finalTypes';
import { tableOf, type BudgetWorkbook, type CodedRow, type Figure, type FunctionalColumn } from '../../tables/types';
import { narrativeParagraphs } from './paragraphs';

/** A table figure a sentence is checked against, with where it is for messages ('表5 合计行 合计'). */
export interface NamedFigure {
  figure: Figure;
  where: string;
}

/** The 决算 tables the narrative checks read (JUESUAN.md t1…t9); a table the workbook lacks is absent. */
export function finalTables(wb: BudgetWorkbook) {
  return {
    t1: tableOf(wb, 'final_income_expenditure_summary'),
    t2: tableOf(wb, 'final_income'),
    t3: tableOf(wb, 'final_expenditure'),
    t4: tableOf(wb, 'final_fiscal_summary'),
    t5: tableOf(wb, 'final_general_budget_expenditure'),
    t6: tableOf(wb, 'final_basic_expenditure'),
    t7: tableOf(wb, 'final_three_public'),
    t8: tableOf(wb, 'final_gov_fund'),
    t9: tableOf(wb, 'final_state_capital'),
  };
}

export type FinalTables = ReturnType<typeof finalTables>;

/**
 * The 决算 sections of the 情况说明; none in a workbook without 决算 tables, so a 预算 workbook gives no finding.
 */
export function finalSections(wb: BudgetWorkbook): FinalSection[] {
  // '三公', '政府性基金', '其他重要事项' head 预算 texts too: read the sections only of a workbook with 决算 tables.
  if (!wb.tables.some((t) => (FINAL_TABLE_KINDS as readonly string[]).includes(t.kind))) return [];
  return findFinalSections(narrativeParagraphs(wb));
}

export function named(figure: Figure | undefined, where: string): NamedFigure | undefined {
  return figure ? { figure, where } : undefined;
}

/** The 类 row of 表5 a name means ('一般公共服务支出'), exact name first. */
export function generalClassRow(t5: FinalGeneralBudgetTable, name: string): CodedRow<FunctionalColumn> | undefined {
  const classes = t5.rows.filter((r) => r.level === 1);
  return classes.find((r) => sameName(r.name, name)) ?? uniqueMatch(name, classes);
}

function uniqueMatch<T extends { name: string }>(name: string, rows: readonly T[]): T | undefined {
  const found = matchNames(name, rows, (r) => r.name);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The 项 row of 表5 on the path [类, 款, 项] the text names ('一般公共服务支出（类）财政事务（款）行政运行（项）'):
 * 行政运行 is a 项 under many 款, so the 项 is looked for only under the named 款 of the named 类.
 */
export function generalItemRow(
  t5: FinalGeneralBudgetTable,
  path: readonly [string, string, string],
): CodedRow<FunctionalColumn> | undefined {
  const cls = generalClassRow(t5, path[0]);
  if (!cls) return undefined;
  const sections = t5.rows.filter((r) => r.level === 2 && r.code.startsWith(cls.code));
  const section = sections.find((r) => sameName(r.name, path[1])) ?? uniqueMatch(path[1], sections);
  if (!section) return undefined;
  const items = t5.rows.filter((r) => r.level === 3 && r.code.startsWith(section.code));
  return items.find((r) => sameName(r.name, path[2])) ?? uniqueMatch(path[2], items);
}
