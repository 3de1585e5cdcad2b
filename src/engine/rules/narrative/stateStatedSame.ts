import type { StatedAmount } from '../../narrativeText';
import type { Finding } from '../../findings';
import { stateRelation } from '../../relations/stateRelation';
import type { Relation, RelationTerm } from '../../relations/types';
import type { Figure, TextCell } from '../../tables/types';
import type { CheckContext, Rule } from '../rule';
import { termOf } from '../sumFinding';
import { statedTermAgainst } from './statedTerm';

/** A figure the text states against the figure it must equal: the table cell it names, or another stated term. */
export interface StatedSame {
  rule: Pick<Rule, 'id' | 'family' | 'severity'>;
  ctx: CheckContext;
  paragraph: TextCell;
  stated: StatedAmount;
  /** A table figure, or a term already made (another figure of the text). */
  reference: Figure | RelationTerm;
  describe: string;
  /** The finding as the rule words and decides it; null when the rule reports nothing. */
  finding: Finding | null;
}

const isTerm = (r: Figure | RelationTerm): r is RelationTerm => 'coefficient' in r;

/**
 * State the same figure twice ('coarser': 万元 text against a 元 table) for a rule that words its own finding.
 * The rule keeps deciding what it reports; the finding rides on the relation only when the relation does not hold
 * too, so a holding relation never carries one (the two disagree only on a precision the rule reads differently).
 */
export function stateStatedSame(s: StatedSame): Relation {
  const reference = isTerm(s.reference) ? { ...s.reference, coefficient: -1 as const } : termOf(s.reference, -1);
  const terms = [statedTermAgainst(s.stated, s.paragraph, reference.figure, s.ctx.grid), reference];
  const relation = stateRelation({
    rule: s.rule,
    ctx: s.ctx,
    terms,
    rounding: 'coarser',
    describe: s.describe,
    table: 'narrative',
    finding: s.finding,
  });
  if (relation.status === 'holds') delete relation.finding;
  return relation;
}
