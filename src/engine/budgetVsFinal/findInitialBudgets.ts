import { findAmounts, normalizeParagraph, type StatedAmount } from '../narrativeText';

/**
 * A 年初预算 the 决算 情况说明 五（三） states (JUESUAN.md §5): the whole '一般公共预算财政拨款支出年初预算为B万元'
 * ('total'), or one item's '年初预算为B万元' under its '<类>（类）<款>（款）<项>（项）' heading ('item').
 */
export interface InitialBudgetStatement {
  kind: 'total' | 'item';
  /** An item's 类, 款, 项 names as written (one or two when it stops higher); empty for the total. */
  names: string[];
  amount: StatedAmount;
}

const TOTAL = /一般公共预算财政拨款支出\s*年初预算(?:数)?\s*(?:为|是)?\s*(?=\d)/g;
/** 'n、<name>(类)<name>(款)<name>(项)' after normalisation (full-width brackets are half-width). */
/** One character of a name, or a bracketed part that is no level mark ('政府办公厅(室)及相关机构事务'). */
const NAME_CHAR = String.raw`(?:[^()、。;\s]|\((?!(?:类|款|项)\))[^()]{1,8}\))`;
const ITEM = new RegExp(
  String.raw`(?:^|[\s。;；:,])\s*(\d{1,3})\s*[、.]\s*((?:${NAME_CHAR}{1,40}\((?:类|款|项)\)){1,3})`,
  'g',
);
const INITIAL = /年初预算(?:数)?\s*(?:为|是)?\s*(?=\d)/g;

function amountAt(amounts: readonly StatedAmount[], at: number): StatedAmount | undefined {
  return amounts.find((a) => a.start === at);
}

/** Every 年初预算 statement of one paragraph, in reading order; '全年预算' (the 调整预算 wording) is not one. */
export function findInitialBudgets(text: string): InitialBudgetStatement[] {
  const s = normalizeParagraph(text);
  const amounts = findAmounts(text);
  const found: Array<InitialBudgetStatement & { at: number }> = [];
  const totalAt = new Set<number>();
  for (const m of s.matchAll(TOTAL)) {
    const at = (m.index ?? 0) + m[0].length;
    const amount = amountAt(amounts, at);
    if (!amount) continue;
    totalAt.add(at);
    found.push({ kind: 'total', names: [], amount, at });
  }
  const items = [...s.matchAll(ITEM)].map((m) => ({
    start: m.index ?? 0,
    names: m[2].split(/\((?:类|款|项)\)/).filter((n) => n !== ''),
  }));
  items.forEach((item, i) => {
    const end = items[i + 1]?.start ?? s.length;
    for (const m of s.slice(item.start, end).matchAll(INITIAL)) {
      const at = item.start + (m.index ?? 0) + m[0].length;
      const amount = amountAt(amounts, at);
      if (!amount || totalAt.has(at)) continue;
      found.push({ kind: 'item', names: item.names, amount, at });
      break;
    }
  });
  return found.sort((a, b) => a.at - b.at).map(({ kind, names, amount }) => ({ kind, names, amount }));
}
