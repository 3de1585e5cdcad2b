import { BUDGET_LABELS, type BudgetLabelKey } from './budgetLabels';
import { findAmounts, normalizeParagraph, type StatedAmount } from './findAmounts';

export type ChangeDirection = 'increase' | 'decrease';

/** '<label>…<amount>万元' as a paragraph states it, e.g. '其中基本支出357.11万元'. */
export interface AmountStatement {
  amount: StatedAmount;
  /** The known figure the amount is stated for, and where its label is. */
  label?: { key: BudgetLabelKey; start: number; end: number };
  /**
   * Set when the amount is a change on last year ('较2023年预算减少130.4万元', '基本支出增加11.33万元').
   * For a change, `label` is what changed; when the words name nothing, what changed is the figure
   * stated just before in the same sentence, and `labelInherited` is true.
   */
  change?: ChangeDirection;
  labelInherited?: boolean;
  /**
   * For an amount with no known label and no change: the words just before it, without connectors
   * ('主要为网络宣传管理2.4万元' → '网络宣传管理'), so callers can match a project name.
   */
  name?: string;
  /** Index of the sentence (split at 。；!?) the amount is in. */
  sentence: number;
}

/** Words allowed between a label and its amount: '支出预算为', '经费共计安排', '固定资产金额为'. */
const FILLER = '(?:预算|安排|共计|合计|总计|总额|金额|总金额|共|为|是|达|计|约|有|了|的|价值|原值|数|\\s)';
const FILLER_GAP = new RegExp(`^${FILLER}*$`);
/** '增加', '比上年增加', '较2023年预算减少', '同比减少'. */
const CHANGE_WORDS = `(?:(?:较|比|与)(?:上年度|上一年|上年|去年|\\d{4}年)?(?:预算|度|同期)?(?:相比)?)?(?:同比)?(增加|增长|上升|提高|净增|减少|下降|降低|压减|节约|缩减|净减)了?`;
const CHANGE_GAP = new RegExp(`^${FILLER}*${CHANGE_WORDS}${FILLER}*$`);
const CHANGE_ONLY = new RegExp(`^${CHANGE_WORDS}$`);
const INCREASE = new Set(['增加', '增长', '上升', '提高', '净增']);

const BOUNDARY = /[,.;:!?、。()"'“”‘’《》<>[\]\s]/;
const SENTENCE_END = /[。;!?\n]/g;
const CONNECTORS =
  /^(?:\d{4}年度?|其中|主要为|主要是|主要用于|主要包括|主要有|包括|分别为|分别是|另有|以及|含|为|是|和|及|与|另)+/;

/**
 * What may stand right before a label within its phrase: nothing, a year, the department, or a time word
 * ('2024年部门支出预算', '上年末固定资产', '财政拨款“三公”经费', '特定目标类项目支出'). Any other words make the
 * label part of a longer name: '劳务派遣人员经费' is a project, not the 人员经费 figure. Shanghai's sentences name the
 * department first ('上海市普陀区人民政府办公室收入预算', '…事业单位财政拨款的机关运行经费预算为').
 */
const LABEL_LEAD =
  /^(?:\d{4}年度?)?(?:我|本|全)?(?:部门|单位|局|委|办|年度|年)?(?:上年末|年末|年初|全年|当年|财政拨款)?$|类$|(?:办公室|办事处|委员会|人民政府|街道|财政拨款的)$/;

/** The label patterns, each a copy of its own to run with exec: matchAll would clone it for every amount. */
const LABEL_PATTERNS = BUDGET_LABELS.map((label) => ({ label, pattern: new RegExp(label.pattern) }));

function directionOf(word: string): ChangeDirection {
  return INCREASE.has(word) ? 'increase' : 'decrease';
}

/** The label ending nearest the amount (then the longest) whose gap to the amount is filler or a change. */
function labelBefore(
  s: string,
  from: number,
  to: number,
): { key: BudgetLabelKey; start: number; end: number; change?: ChangeDirection } | undefined {
  let best: { key: BudgetLabelKey; start: number; end: number; change?: ChangeDirection } | undefined;
  const window = s.slice(from, to);
  for (const { label, pattern } of LABEL_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      // As matchAll does, an empty match moves on by one.
      if (m[0] === '') pattern.lastIndex++;
      const start = from + m.index;
      const end = start + m[0].length;
      if (!LABEL_LEAD.test(tailPhrase(s.slice(from, start)).replace(CONNECTORS, ''))) continue;
      const gap = s.slice(end, to);
      let change: ChangeDirection | undefined;
      if (!FILLER_GAP.test(gap)) {
        const c = CHANGE_GAP.exec(gap);
        if (!c) continue;
        change = directionOf(c[1]);
      }
      const better = !best || end > best.end || (end === best.end && end - start > best.end - best.start);
      if (better) best = { key: label.key, start, end, change };
    }
  }
  return best;
}

/** The words after the last punctuation mark of a window. */
function tailPhrase(window: string): string {
  let i = window.length;
  while (i > 0 && !BOUNDARY.test(window[i - 1])) i--;
  return window.slice(i);
}

/** Offsets of the sentence ends (see SENTENCE_END) of a paragraph, in order. */
function sentenceEnds(s: string): number[] {
  return Array.from(s.matchAll(SENTENCE_END), (m) => m.index ?? 0);
}

/**
 * Every amount a paragraph states, with the budget figure it is stated for (when its words name one),
 * whether it is a change on last year, or else the name before it. Offsets are in the original text.
 */
export function findStatedAmounts(text: string): AmountStatement[] {
  const s = normalizeParagraph(text);
  const statements: AmountStatement[] = [];
  // Amounts come in reading order: count the sentence ends before each as we go, not from the start each time.
  const ends = sentenceEnds(s);
  let sentence = 0;
  let windowStart = 0;
  for (const amount of findAmounts(text)) {
    while (sentence < ends.length && ends[sentence] < amount.start) sentence++;
    const statement: AmountStatement = { amount, sentence };
    const label = labelBefore(s, windowStart, amount.start);
    if (label) {
      statement.label = { key: label.key, start: label.start, end: label.end };
      if (label.change) statement.change = label.change;
    } else {
      const tail = tailPhrase(s.slice(windowStart, amount.start));
      const change = CHANGE_ONLY.exec(tail.replace(CONNECTORS, ''));
      if (change) {
        statement.change = directionOf(change[1]);
        const previous = statements[statements.length - 1];
        if (previous?.label && previous.sentence === statement.sentence) {
          statement.label = previous.label;
          statement.labelInherited = true;
        }
      } else {
        const name = tail.replace(CONNECTORS, '').trim();
        if (name) statement.name = name;
      }
    }
    statements.push(statement);
    windowStart = amount.end;
  }
  return statements;
}
