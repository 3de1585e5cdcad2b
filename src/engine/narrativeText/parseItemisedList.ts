import { findAmounts, normalizeParagraph, type StatedAmount } from './findAmounts';

/** One numbered item of a list, e.g. '2、水费0.3万元'. */
export interface ListItem {
  index: number;
  /** The item's words before its amount, e.g. '水费'. */
  name: string;
  amount: StatedAmount;
  /** Offset of the numbering. */
  start: number;
  end: number;
}

/** A numbered list of amounts in a paragraph: '1、办公费1.3万元2、水费0.3万元…'. */
export interface ItemisedList {
  items: ListItem[];
  start: number;
  end: number;
}

/** '1、', '2.', '（3）', '4)' not preceded by a digit (a decimal point is not numbering: '1.3万元'). */
const MARKER = /(?<![\d.])(?:\(|（)?(\d{1,2})(?:、|\.|．|\)|）)(?!\d)/g;
const NAME_TRIM = /^[\s,，:：]+|[\s,，:：为是共计安排]+$/g;

interface Marker {
  index: number;
  start: number;
  end: number;
}

function markersOf(s: string): Marker[] {
  const markers: Marker[] = [];
  for (const m of s.matchAll(MARKER)) {
    const start = m.index ?? 0;
    markers.push({ index: Number(m[1]), start, end: start + m[0].length });
  }
  return markers;
}

/**
 * Numbered lists whose items each state one amount. A list is two or more items numbered 1, 2, 3 …
 * in order; an item runs from its numbering to the next one and is read as '<name><amount>'.
 */
export function parseItemisedLists(text: string): ItemisedList[] {
  const s = normalizeParagraph(text);
  const amounts = findAmounts(text);
  const markers = markersOf(s);
  const lists: ItemisedList[] = [];
  let i = 0;
  while (i < markers.length) {
    if (markers[i].index !== 1) {
      i++;
      continue;
    }
    // Follow 1, 2, 3 … in order, skipping markers that are not the next number (e.g. '30%').
    const chain: Marker[] = [markers[i]];
    let j = i + 1;
    while (j < markers.length) {
      if (markers[j].index === chain[chain.length - 1].index + 1) chain.push(markers[j]);
      else if (markers[j].index === 1) break;
      j++;
    }
    const items: ListItem[] = [];
    for (let k = 0; k < chain.length; k++) {
      const from = chain[k].end;
      const to = k + 1 < chain.length ? chain[k + 1].start : s.length;
      const amount = amounts.find((a) => a.start >= from && a.end <= to);
      if (!amount) break;
      const name = s.slice(from, amount.start).replace(NAME_TRIM, '');
      items.push({ index: chain[k].index, name, amount, start: chain[k].start, end: amount.end });
    }
    if (items.length >= 2) {
      lists.push({ items, start: items[0].start, end: items[items.length - 1].end });
      // Continue with the first numbering after the list's last item.
      const lastEnd = items[items.length - 1].end;
      const next = markers.findIndex((m) => m.start >= lastEnd);
      i = next < 0 ? markers.length : Math.max(i + 1, next);
    } else {
      i++;
    }
  }
  return lists;
}
