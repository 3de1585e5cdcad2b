import Decimal from 'decimal.js';
import { evaluateRelation } from '../relations/evaluateRelation';
import type { Relation, RelationStatus, RelationTerm } from '../relations/types';
import { valueIn } from '../tolerance';
import { figureKey } from './figureNode';

/**
 * The relations of a workbook with some figures given new values (the fixes chosen so far): each relation's
 * residual and status as they would be after those changes, evaluated by the same evaluator the rules use.
 */
export class RelationState {
  private readonly values = new Map<string, Decimal>();
  readonly statuses: RelationStatus[];

  constructor(readonly relations: readonly Relation[]) {
    this.statuses = relations.map((r) => r.status);
  }

  valueOf(term: RelationTerm): Decimal {
    return this.values.get(figureKey(term)) ?? term.figure.value;
  }

  /** Σ coefficient × value in the relation's measure, with the changes so far. */
  residual(index: number): Decimal {
    const r = this.relations[index];
    return r.terms.reduce(
      (sum, t) => sum.plus(valueIn({ value: this.valueOf(t), unit: t.figure.unit }, r.measure).times(t.coefficient)),
      new Decimal(0),
    );
  }

  /** The relation's status were the figure `key` to read `value` (on top of the changes so far). */
  statusWith(index: number, key: string, value: Decimal): RelationStatus {
    const r = this.relations[index];
    const terms = r.terms.map((t) => {
      const k = figureKey(t);
      const v = k === key ? value : this.values.get(k);
      return v === undefined ? t : { ...t, figure: { ...t.figure, value: v } };
    });
    return evaluateRelation(terms, r.operator, r.rounding).status;
  }

  /** Take the change: the figure reads `value` from now on, and the relations naming it are re-evaluated. */
  change(key: string, value: Decimal, relationIndices: readonly number[]): void {
    for (const i of relationIndices) this.statuses[i] = this.statusWith(i, key, value);
    this.values.set(key, value);
  }
}
