/** Characters of unchanged text shown either side of a change, enough to find it in a paragraph. */
const CONTEXT = 8;

/**
 * The changed part of a text with a little of its surroundings, before and after ('基本支出375.11万元' →
 * '基本支出357.11万元'), so one line shows a paragraph's correction. Short texts are shown whole.
 */
export function textChangeExcerpt(before: string, after: string): { before: string; after: string } {
  if (before.length <= 2 * CONTEXT + 12 && after.length <= 2 * CONTEXT + 12) return { before, after };
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const start = Math.max(0, prefix - CONTEXT);
  const cut = (text: string) => {
    const end = Math.min(text.length, text.length - suffix + CONTEXT);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  };
  return { before: cut(before), after: cut(after) };
}
