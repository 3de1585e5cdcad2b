import { findChangeClauses } from '../narrativeText/findChangeClauses';
import { findPlaceholders } from '../narrativeText/findPlaceholders';

/**
 * Inserting the 情况说明 again keeps what the accountant typed into the block. The text generated last time is
 * not stored anywhere (the add-in and the ExcelJS copy would both have to keep it, and Excel loses a hidden
 * part on many round trips); instead each generated paragraph is turned into a pattern in which its figures
 * (numbers, change clauses such as '较2023年预算减少130.40万元', '增加7.11万元', '持平') match any figure and its
 * 【请填写…】 slots match anything. A cell the pattern matches was generated and only filled in: it gets the new
 * figures and keeps what was typed in the slots. Otherwise the cell is compared sentence by sentence: generated
 * sentences take the new figures, a sentence the user added is kept, a generated sentence the user rewrote is
 * kept as rewritten (and the confirmation says so).
 */

type Token = { kind: 'text'; text: string } | { kind: 'figure'; text: string } | { kind: 'slot'; text: string };

/** What a replacement will do, for the confirmation: '更新 3 个数字，保留 2 处已填写的原因'. */
export interface BlockMergeSummary {
  /** Figures whose text changes. */
  figures: number;
  /** 【请填写…】 slots the user had filled, kept. */
  filledSlots: number;
  /** Generated sentences the user rewrote, kept as the user wrote them. */
  rewritten: number;
  /** Sentences the user added inside the block, kept. */
  added: number;
}

export interface BlockMerge {
  rows: string[];
  summary: BlockMergeSummary;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const DELTA = /(?:增加|减少|增长|下降|上升|降低)\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|%)?|(?:与上年)?持平/g;
const NUMBER_RE = '\\d[\\d,]*(?:\\.\\d+)?';
const CHANGE_RE = `(?:(?:比|与|较)\\s*\\d{4}\\s*年[^，。；,;]{0,12}?(?:(?:增加|减少|增长|下降|上升|降低)(?:\\s*${NUMBER_RE}\\s*(?:万元|元|%))?|持平))`;
const DELTA_RE = `(?:(?:增加|减少|增长|下降|上升|降低)\\s*${NUMBER_RE}\\s*(?:万元|元|%)?|(?:与上年)?持平)`;
const FIGURE_RE = `(?:${CHANGE_RE}|${DELTA_RE}|${NUMBER_RE})`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A generated paragraph as literal text, figures and slots. */
function tokenize(text: string): Token[] {
  const spans: Array<{ start: number; end: number; kind: 'figure' | 'slot' }> = [];
  const free = (a: number, b: number) => spans.every((s) => b <= s.start || a >= s.end);
  for (const p of findPlaceholders(text)) spans.push({ start: p.start, end: p.end, kind: 'slot' });
  for (const c of findChangeClauses(text)) if (free(c.start, c.end)) spans.push({ ...c, kind: 'figure' });
  for (const re of [DELTA, NUMBER])
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (free(start, start + m[0].length)) spans.push({ start, end: start + m[0].length, kind: 'figure' });
    }
  spans.sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) tokens.push({ kind: 'text', text: text.slice(at, s.start) });
    tokens.push({ kind: s.kind, text: text.slice(s.start, s.end) });
    at = s.end;
  }
  if (at < text.length) tokens.push({ kind: 'text', text: text.slice(at) });
  return tokens;
}

/** The slots' texts when `old` is `generated` with other figures and filled slots; undefined otherwise. */
function matchSlots(generated: Token[], old: string): string[] | undefined {
  const source = generated
    .map((t) => (t.kind === 'text' ? escape(t.text) : t.kind === 'figure' ? FIGURE_RE : '([\\s\\S]*?)'))
    .join('');
  const m = new RegExp(`^${source}$`).exec(old.trim());
  return m ? m.slice(1) : undefined;
}

function numbers(text: string): string[] {
  return [...text.matchAll(NUMBER)].map((m) => m[0]);
}

/** Numbers of `next` not in `before` (as a multiset): the figures a replacement changes. */
function changedFigures(before: string, next: string): number {
  const left = numbers(before);
  let n = 0;
  for (const x of numbers(next)) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else n++;
  }
  return n;
}

/** `generated` with its slots filled from `fills` (a fill of a slot with the same text, in order). */
/** Undefined when a filled slot has no place in `generated`: the user's text would be lost. */
function fillSlots(generated: Token[], from: Token[], fills: string[], summary: BlockMergeSummary): string | undefined {
  const fromSlots = from.filter((t) => t.kind === 'slot').map((t, i) => ({ text: t.text, fill: fills[i] }));
  let kept = 0;
  const text = generated
    .map((t) => {
      if (t.kind !== 'slot') return t.text;
      const i = fromSlots.findIndex((s) => s.text === t.text);
      if (i < 0) return t.text;
      const [{ fill }] = fromSlots.splice(i, 1);
      if (fill.trim() === '' || fill === t.text) return t.text;
      kept++;
      return fill;
    })
    .join('');
  if (fromSlots.some((s) => s.fill.trim() !== '' && s.fill !== s.text)) return undefined;
  summary.filledSlots += kept;
  return text;
}

/** Sentences with their ending punctuation: '…万元；', '…。'. */
function sentences(text: string): string[] {
  return text.match(/[^。；;！？!?]+[。；;！？!?]*|[。；;！？!?]+/g) ?? [];
}

/** A paragraph the pattern does not match as a whole: sentence by sentence (longest common subsequence). */
function mergeSentences(old: string, next: string, summary: BlockMergeSummary): string {
  const o = sentences(old);
  const n = sentences(next);
  const nt = n.map(tokenize);
  const fits = (i: number, j: number) => matchSlots(nt[j], o[i]) !== undefined;
  const lcs: number[][] = Array.from({ length: o.length + 1 }, () => new Array<number>(n.length + 1).fill(0));
  for (let i = o.length - 1; i >= 0; i--)
    for (let j = n.length - 1; j >= 0; j--)
      lcs[i][j] = fits(i, j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  let gapOld = 0;
  let gapNew = 0;
  const closeGap = () => {
    // Generated sentences missing where the user wrote others: rewritten; the rest of the user's are added.
    const rewritten = Math.min(gapOld, gapNew);
    summary.rewritten += gapNew > 0 && gapOld === 0 ? gapNew : rewritten;
    summary.added += gapOld - rewritten;
    gapOld = 0;
    gapNew = 0;
  };
  while (i < o.length || j < n.length) {
    if (i < o.length && j < n.length && fits(i, j) && lcs[i][j] === lcs[i + 1][j + 1] + 1) {
      closeGap();
      const fills = matchSlots(nt[j], o[i]) ?? [];
      out.push(fillSlots(nt[j], nt[j], fills, summary) ?? o[i]);
      i++;
      j++;
    } else if (i < o.length && (j >= n.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push(o[i++]);
      gapOld++;
    } else {
      j++;
      gapNew++;
    }
  }
  closeGap();
  return out.join('');
}

/**
 * The block to write over `current` (the block's cells as they are now): `next` (the block generated now) with
 * what the user typed kept. `alternatives` are the same block generated with other options (e.g. without last
 * year's figures), so a cell written that way and only filled in is still recognised as generated.
 */
export function mergeNarrativeBlock(
  current: readonly string[],
  next: readonly string[],
  alternatives: ReadonlyArray<readonly string[]> = [],
): BlockMerge {
  const summary: BlockMergeSummary = { figures: 0, filledSlots: 0, rewritten: 0, added: 0 };
  const rows = next.map((generated, r) => {
    const old = (current[r] ?? '').trim();
    if (old === '' || old === generated) return generated;
    const tokens = tokenize(generated);
    for (const candidate of [generated, ...alternatives.map((a) => a[r]).filter((a) => a !== undefined)]) {
      const from = candidate === generated ? tokens : tokenize(candidate);
      const fills = matchSlots(from, old);
      const merged = fills && fillSlots(tokens, from, fills, summary);
      if (merged !== undefined) {
        summary.figures += changedFigures(old, merged);
        return merged;
      }
    }
    const merged = mergeSentences(old, generated, summary);
    summary.figures += changedFigures(old, merged);
    return merged;
  });
  return { rows, summary };
}

/** True when the replacement changes nothing the user would notice. */
export function mergeChangesNothing(current: readonly string[], merge: BlockMerge): boolean {
  return merge.rows.every((row, i) => row === (current[i] ?? '').trim());
}
