import Decimal from 'decimal.js';
import type { StatedAmount } from '../../narrativeText';
import type { RelationTerm } from '../../relations/types';
import type { Figure } from '../../tables/types';
import type { CheckContext } from '../rule';
import { statedTermAgainst } from '../narrative/statedTerm';
import type { CostAmount } from './costIndicators';

const DIGITS = /\d[\d,]*(?:\.\d+)?/;

/**
 * A cost indicator's amount ('≤14.06', '≤14060元') as a text term against the 预算数, spanning just its digits so
 * a fix keeps the '≤' and the unit. Undefined when the digits as written are not the amount parsed (full-width
 * digits): a fix could not be written back into them.
 */
export function costIndicatorTerm(ctx: CheckContext, cost: CostAmount, budget: Figure): RelationTerm | undefined {
  const cell = cost.indicator.value;
  const m = DIGITS.exec(cell.text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const unit = /^\s*元/.test(cell.text.slice(end)) ? '元' : '万元';
  const written = new Decimal(m[0].replace(/,/g, ''));
  const value = unit === '元' ? written.dividedBy(10000) : written;
  if (!value.eq(cost.value)) return undefined;
  const stated: StatedAmount = { value, raw: `${m[0]}${unit}`, unit, start: m.index, end };
  return statedTermAgainst(stated, cell, budget, ctx.grid);
}
