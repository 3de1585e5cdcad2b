import type { CodedRow } from '../../tables/types';

/**
 * Each row's children: a row belongs to the longest code in the table that is a proper prefix of its own
 * (a child code starts with its parent's code); rows without such a parent belong to the 合计 row.
 * Working from codes rather than levels keeps the sums right when an intermediate 款 row is missing.
 * Rows without a code are placed under 合计 only when they are 类 rows (level 1); otherwise they cannot be placed.
 */
export function childRows<C extends string>(
  total: CodedRow<C> | undefined,
  rows: readonly CodedRow<C>[],
): Map<CodedRow<C>, CodedRow<C>[]> {
  const children = new Map<CodedRow<C>, CodedRow<C>[]>();
  const add = (parent: CodedRow<C>, child: CodedRow<C>) => {
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  };
  // The first coded row of each code: a parent is looked up by each shorter prefix of a code, longest first,
  // not searched for among all rows (tables of thousands of rows).
  const byCode = new Map<string, CodedRow<C>>();
  for (const r of rows) if (r.code !== '' && r.level !== 0 && !byCode.has(r.code)) byCode.set(r.code, r);
  for (const row of rows) {
    if (row.level === 0) continue;
    if (row.code === '') {
      if (row.level === 1 && total) add(total, row);
      continue;
    }
    let parent: CodedRow<C> | undefined;
    for (let length = row.code.length - 1; length > 0 && !parent; length--)
      parent = byCode.get(row.code.slice(0, length));
    if (parent) add(parent, row);
    else if (total) add(total, row);
  }
  return children;
}
