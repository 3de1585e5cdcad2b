import type { Finding } from '../../findings';
import { stateRelation } from '../../relations/stateRelation';
import type { TextSpan } from '../../relations/types';
import type { SumCheck } from '../sumFinding';
import { withUniqueCells } from './uniqueCells';

/**
 * sumFinding for figures stated in one paragraph: each term carries where its digits stand (`spans`, parallel to
 * [total, ...parts]; undefined for a figure the text does not print), and the finding names the cell once.
 */
export function textSumFinding(c: SumCheck & { spans: ReadonlyArray<TextSpan | undefined> }): Finding | null {
  const figures = [c.total, ...c.parts];
  const terms = figures.map((figure, i) => {
    const text = c.spans[i];
    const coefficient = i === 0 ? (1 as const) : (-1 as const);
    return text ? { figure, coefficient, text } : { figure, coefficient };
  });
  const relation = stateRelation({
    rule: c.rule,
    ctx: c.ctx,
    terms,
    rounding: 'envelope',
    describe: c.describe,
    table: c.table,
    extraCells: c.extraCells,
  });
  const unique = withUniqueCells(relation.finding ?? null);
  if (unique) relation.finding = unique;
  return unique;
}
