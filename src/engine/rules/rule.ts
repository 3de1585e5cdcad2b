import type { YearBudgetFigures } from '../budgetVsFinal/types';
import type { Finding, RuleFamily, Severity } from '../findings';
import type { WorkbookGrid } from '../grid';
import type { Relation } from '../relations/types';
import type { BudgetWorkbook } from '../tables/types';
import type { DocumentType } from '../templates/types';

export interface CheckOptions {
  /** 严格模式: 尾差 (rounding gaps inside the envelope) become errors too. */
  strict: boolean;
  /** A 决算's same-year 预算 figures (--budget, the pane's 预算 file): the budget-vs-final rules run only with them. */
  budget?: YearBudgetFigures;
}

export interface CheckContext {
  workbook: BudgetWorkbook;
  grid: WorkbookGrid;
  options: CheckOptions;
  /** Every comparison the rules make, holding or not (issue 10); absent where nobody collects them. */
  relations?: Relation[];
}

/**
 * One consistency rule. A rule is a module exporting one of these; the registry (rules/index.ts)
 * lists them. Adding a rule never means touching another one.
 */
export interface Rule {
  /** Stable id used in JSON output and tests, e.g. 'hierarchy-sum'. */
  id: string;
  family: RuleFamily;
  /**
   * The document whose tables or sentences the rule reads: a 预算 sentence rule never reads a 决算 text (their
   * sentences look alike), nor the reverse. Absent: both (layout hygiene, units, template text, code hierarchy).
   */
  document?: DocumentType;
  /** The severity of a real mismatch; rounding gaps are reported as info by the sum helpers. */
  severity: Severity;
  /** Chinese one-line description of what the rule checks (审核规则说明). */
  title: string;
  check(ctx: CheckContext): Finding[];
}
