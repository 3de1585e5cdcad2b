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
  const coded = rows.filter((r) => r.code !== '' && r.level !== 0);
  for (const row of rows) {
    if (row.level === 0) continue;
    if (row.code === '') {
      if (row.level === 1 && total) add(total, row);
      continue;
    }
    let parent: CodedRow<C> | undefined;
    for (const p of coded) {
      if (p.code.length < row.code.length && row.code.startsWith(p.code)) {
        if (!parent || p.code.length > parent.code.length) parent = p;
      }
    }
    if (parent) add(parent, row);
    else if (total) add(total, row);
  }
  return children;
}
