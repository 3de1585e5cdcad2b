import type { Finding } from '../findings';
import type { TableKind } from '../tableKinds';
import { formatIn } from '../units';
import type { CheckContext, Rule } from '../rules/rule';
import { comparisonMessage } from './comparisonMessage';
import { evaluateRelation } from './evaluateRelation';
import type { Relation, RelationOperator, RelationRounding, RelationTerm } from './types';

/** What a comparing rule states about the figures it compares. */
export interface RelationStatement {
  rule: Pick<Rule, 'id' | 'family' | 'severity'>;
  ctx?: CheckContext;
  terms: RelationTerm[];
  operator?: RelationOperator;
  rounding: RelationRounding;
  describe: string;
  table?: TableKind;
  /** Cells the finding names after the terms' own (labels, a project's name). */
  extraCells?: Finding['cells'];
  /**
   * The finding the rule words itself (its own message or severity), instead of the one derived: null when the rule
   * reports nothing on this relation (another relation of the same figures carries its finding).
   */
  finding?: Finding | null;
}

/**
 * The finding a relation that does not hold gives: the rule's severity when it fails, info for 尾差 (error in
 * strict mode); it names the terms' cells in order, then `extraCells`.
 */
export function findingOf(relation: Relation, strict: boolean, extraCells: Finding['cells'] = []): Finding | undefined {
  if (relation.status === 'holds') return undefined;
  const e = evaluateRelation(relation.terms, relation.operator, relation.rounding);
  const severity = relation.status === 'rounding' ? (strict ? 'error' : 'info') : relation.severity;
  return {
    ruleId: relation.ruleId,
    family: relation.family,
    severity,
    message: comparisonMessage({ ...e, difference: e.residual }, relation.describe),
    cells: [...relation.terms.map((t) => t.figure.cell), ...extraCells],
    table: relation.table,
    expected: formatIn(e.expected),
    actual: formatIn(e.actual),
  };
}

/**
 * Evaluate what a rule compares, record the relation on the check context (holding or not) and return it with
 * its finding set when it does not hold.
 */
export function stateRelation(s: RelationStatement): Relation {
  const operator = s.operator ?? 'eq';
  const e = evaluateRelation(s.terms, operator, s.rounding);
  const relation: Relation = {
    ruleId: s.rule.id,
    family: s.rule.family,
    severity: s.rule.severity,
    operator,
    terms: s.terms,
    measure: e.unit.measure,
    rounding: s.rounding,
    tolerance: e.tolerance,
    status: e.status,
    residual: e.residual,
    describe: s.describe,
    table: s.table,
  };
  const own = s.finding === undefined ? findingOf(relation, s.ctx?.options.strict ?? false, s.extraCells) : s.finding;
  if (own) relation.finding = own;
  s.ctx?.relations?.push(relation);
  return relation;
}
