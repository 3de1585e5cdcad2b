import Decimal from 'decimal.js';
import type { CellRef } from '../grid';
import type { Relation, RelationStatus, RelationTerm } from '../relations/types';
import { roundToStep } from '../tolerance';
import { convert } from '../units';
import {
  figureKey,
  indexFigures,
  precisionInYuan,
  unitOfFigure,
  writeStep,
  type FigureNode,
  type TermSite,
} from './figureNode';
import { RelationState } from './relationState';

/** One group of relations that do not hold, explained by one figure's new value. */
export interface DiagnosisGroup {
  culprit: FigureNode;
  /** The value that explains the group, in the culprit's own unit, rounded to the step it is written with. */
  value: Decimal;
  /** Indices of the relations the change explains. */
  relations: number[];
  /** Other figures whose change explains exactly these relations, most likely first. */
  alternatives: FigureNode[];
  /** A 尾差 group (relations off by rounding only). */
  rounding: boolean;
}

export interface Diagnosis {
  groups: DiagnosisGroup[];
  /** Failing relations no single figure explains: they keep their cells and get no fix. */
  unexplained: number[];
}

/** Whether a cell holds a formula (its value a result, less likely typed wrong than a typed number). */
export type IsFormula = (cell: CellRef) => boolean;

interface Candidate {
  node: FigureNode;
  order: number;
  value: Decimal;
  /** Target relations the value makes hold (sorted indices). */
  satisfied: number[];
  /** Holding relations the value turns into 尾差, less the 尾差 it clears. */
  degraded: number;
  /** Relations outside the target, off by 尾差, that the value makes hold. */
  improved: number[];
  /** How many target relations solve to exactly this value. */
  agreeing: number;
  formula: boolean;
  /** Sums in which the figure is the total (alone on its side of three or more terms). */
  totals: number;
  /** Relations naming the figure that hold. */
  holding: number;
}

/**
 * Diagnose the relations that fail, then, separately, the 尾差 ones (same method, the group stays info): greedily
 * take the figure whose one new value makes the most of them hold while breaking no relation that holds, take the
 * change, and repeat with what is left.
 */
export function diagnoseRelations(relations: readonly Relation[], isFormula: IsFormula): Diagnosis {
  // One state for both passes: the 尾差 left after the failing relations' fixes are the ones diagnosed as 尾差.
  const state = new RelationState(relations);
  const failing = diagnosePass(state, 'fails', isFormula);
  const rounding = diagnosePass(state, 'rounding', isFormula);
  return { groups: [...failing.groups, ...rounding.groups], unexplained: failing.unexplained };
}

function diagnosePass(state: RelationState, target: RelationStatus, isFormula: IsFormula): Diagnosis {
  const relations = state.relations;
  const open = new Set<number>();
  state.statuses.forEach((status, i) => {
    if (status === target) open.add(i);
  });
  if (open.size === 0) return { groups: [], unexplained: [] };
  const wanted = new Set<string>();
  for (const i of open) for (const t of relations[i].terms) wanted.add(figureKey(t));
  const nodes = [...indexFigures(relations, wanted).values()];
  const groups: DiagnosisGroup[] = [];
  for (;;) {
    const candidates: Candidate[] = [];
    nodes.forEach((node, order) => {
      if (!node.sites.some((s) => open.has(s.relation))) return;
      if (node.sites.every((s) => relations[s.relation].terms[s.term].evidence)) return;
      const c = bestCandidate(node, order, state, open, target, isFormula);
      if (c) candidates.push(c);
    });
    if (candidates.length === 0) break;
    candidates.sort(compareCandidates);
    const best = candidates[0];
    const same = best.satisfied.join(',');
    groups.push({
      culprit: best.node,
      value: best.value,
      relations: [...best.satisfied, ...best.improved],
      alternatives: candidates
        .slice(1)
        .filter((c) => c.satisfied.join(',') === same)
        .map((c) => c.node),
      rounding: target === 'rounding',
    });
    state.change(best.node.key, best.value, relationsOf(best.node.sites));
    for (const i of best.satisfied) open.delete(i);
  }
  return { groups, unexplained: [...open].sort((a, b) => a - b) };
}

/** More explained first; then fewer holding relations turned into 尾差, typed before formula, leaf before total. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.satisfied.length - a.satisfied.length ||
    a.degraded - b.degraded ||
    Number(a.formula) - Number(b.formula) ||
    a.totals - b.totals ||
    a.holding - b.holding ||
    a.order - b.order
  );
}

function relationsOf(sites: readonly TermSite[]): number[] {
  return [...new Set(sites.map((s) => s.relation))];
}

/** The value one target relation asks of the figure: the one that makes Σ = 0, or none (see below). */
function solve(node: FigureNode, site: TermSite, state: RelationState): Decimal | null {
  const relation = state.relations[site.relation];
  const term = relation.terms[site.term];
  const own = unitOfFigure(node.figure);
  // A figure cannot be recovered exactly from one rounded more coarsely (a 元 cell from a 万元 sentence).
  if (relation.rounding === 'coarser') {
    const precision = precisionInYuan(node.figure);
    const coarser = relation.terms.some(
      (t, i) => i !== site.term && !state.valueOf(t).isZero() && precisionInYuan(t.figure).gt(precision),
    );
    if (coarser) return null;
  }
  const current = convert(state.valueOf(term), own.measure, relation.measure);
  const wanted = current.minus(state.residual(site.relation).times(term.coefficient));
  const value = roundToStep(convert(wanted, relation.measure, own.measure), writeStep(node));
  // Amounts are never negative in a budget: a value below zero explains nothing.
  return value.isNegative() ? null : value;
}

function bestCandidate(
  node: FigureNode,
  order: number,
  state: RelationState,
  open: ReadonlySet<number>,
  target: RelationStatus,
  isFormula: IsFormula,
): Candidate | null {
  const proposals = new Map<string, { value: Decimal; count: number }>();
  for (const site of node.sites) {
    if (!open.has(site.relation)) continue;
    const value = solve(node, site, state);
    if (!value) continue;
    const k = value.toString();
    const p = proposals.get(k);
    if (p) p.count++;
    else proposals.set(k, { value, count: 1 });
  }
  const related = relationsOf(node.sites);
  const current = state.valueOf(termOf(node, state));
  let best: Candidate | null = null;
  for (const { value, count } of proposals.values()) {
    // Rounded to the figure's step, a value may be what the figure already reads: no change, no explanation.
    if (value.eq(current)) continue;
    const satisfied: number[] = [];
    let degraded = 0;
    const improved: number[] = [];
    let holding = 0;
    let broken = false;
    for (const i of related) {
      const now = state.statuses[i];
      const after = state.statusWith(i, node.key, value);
      if (open.has(i)) {
        if (target === 'fails' ? after !== 'fails' : after === 'holds') satisfied.push(i);
        continue;
      }
      if (now === 'holds') holding++;
      if (now === 'fails') continue;
      if (after === 'fails' || (target === 'rounding' && now === 'holds' && after !== 'holds')) broken = true;
      else if (now === 'holds' && after !== 'holds') degraded++;
      else if (now === 'rounding' && after === 'holds') improved.push(i);
    }
    if (broken || satisfied.length === 0) continue;
    const c: Candidate = {
      node,
      order,
      value,
      satisfied: satisfied.sort((a, b) => a - b),
      degraded: degraded - improved.length,
      improved,
      agreeing: count,
      formula: !node.text && isFormula(node.cell),
      totals: totalsOf(node, state.relations),
      holding,
    };
    if (!best || compareValues(c, best) < 0) best = c;
  }
  return best;
}

/** Of one figure's values: more explained, fewer 尾差 made, more relations asking exactly this value. */
function compareValues(a: Candidate, b: Candidate): number {
  return b.satisfied.length - a.satisfied.length || a.degraded - b.degraded || b.agreeing - a.agreeing;
}

function termOf(node: FigureNode, state: RelationState): RelationTerm {
  const site = node.sites[0];
  return state.relations[site.relation].terms[site.term];
}

/** Sums (three or more terms) in which the figure stands alone on its side: it is their total. */
function totalsOf(node: FigureNode, relations: readonly Relation[]): number {
  let n = 0;
  for (const site of node.sites) {
    const terms = relations[site.relation].terms;
    if (terms.length < 3) continue;
    const sign = terms[site.term].coefficient;
    if (terms.filter((t) => t.coefficient === sign).length === 1) n++;
  }
  return n;
}
