import Decimal from 'decimal.js';
import type { CellRef } from '../grid';
import type { Relation, RelationTerm, TextSpan } from '../relations/types';
import type { Figure } from '../tables/types';
import { stepIn, WAN_CENTS, type FigureUnit } from '../units';

/** Where a figure stands in the relations: relation index and term index. */
export interface TermSite {
  relation: number;
  term: number;
}

/**
 * One figure the diagnosis may change: a table cell, or a figure stated in a paragraph (one cell holds several).
 * Every term naming it, in any relation, is one of its sites.
 */
export interface FigureNode {
  key: string;
  cell: CellRef;
  figure: Figure;
  text?: TextSpan;
  sites: TermSite[];
}

/** A figure's identity: its cell, and for text the figure's offset in the cell's text. */
export function figureKey(term: RelationTerm): string {
  const c = term.figure.cell;
  const at = term.text ? `#${term.text.paragraphStart + term.text.start}` : '';
  return `${c.sheet}!${c.address}${at}`;
}

/** Decimal places a text figure is printed with ('0.2' → 1, '357.11' → 2, '12' → 0). */
export function printedDecimals(span: TextSpan): number {
  const digits = span.paragraph.slice(span.start, span.end);
  const dot = digits.indexOf('.');
  return dot < 0 ? 0 : digits.length - dot - 1;
}

export function unitOfFigure(figure: Figure): FigureUnit {
  return figure.unit ?? WAN_CENTS;
}

/**
 * The step a new value for the figure is rounded to, in its own measure: a text figure to its printed decimals, or
 * finer when the relation reads it at a finer step ('0.3万元' read as 0.30 must become '2961.68', not '2961.7', to
 * equal a two-decimal table figure); a table cell to its unit's step, and 元 to the fen for exact (step 0) tables.
 */
export function writeStep(node: Pick<FigureNode, 'figure' | 'text'>): Decimal {
  const step = unitOfFigure(node.figure).step;
  if (node.text) {
    const printed = new Decimal(10).pow(-printedDecimals(node.text));
    return step.isZero() || printed.lt(step) ? printed : step;
  }
  return step.isZero() ? new Decimal('0.01') : step;
}

/** How coarsely a figure was rounded, in 元 (as the relation evaluator compares precisions). */
export function precisionInYuan(figure: Figure): Decimal {
  return stepIn(unitOfFigure(figure), '元');
}

/** Index the figures of the given relations by key, with their sites in every relation. */
export function indexFigures(relations: readonly Relation[], wanted: ReadonlySet<string>): Map<string, FigureNode> {
  const nodes = new Map<string, FigureNode>();
  relations.forEach((r, ri) =>
    r.terms.forEach((t, ti) => {
      const key = figureKey(t);
      if (!wanted.has(key)) return;
      let node = nodes.get(key);
      if (!node) {
        node = { key, cell: t.figure.cell, figure: t.figure, text: t.text, sites: [] };
        nodes.set(key, node);
      }
      node.sites.push({ relation: ri, term: ti });
    }),
  );
  return nodes;
}
