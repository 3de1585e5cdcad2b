/**
 * Loose matching of names the text writes against names in the tables: '网站和新媒体业务' names the
 * project '网站和新媒体业务费'; '工会费' names the row '工会经费'; '其他商品服务费' names
 * '其他商品和服务支出'.
 */

/** A name without its trailing 费/经费/费用/支出/项目 and without 和/及, for comparison. */
export function nameStem(name: string): string {
  return name
    .replace(/[\s"“”'‘’()（）]/g, '')
    .replace(/(?:专项)?(?:经费|费用|支出|费|项目)+$/, '')
    .replace(/[和及与]/g, '');
}

/** True when the two names are the same up to a trailing 费/经费/费用 difference. */
export function sameName(a: string, b: string): boolean {
  const x = nameStem(a);
  return x !== '' && x === nameStem(b);
}

/** The candidates whose name `stated` names: the same name, else a prefix either way (≥ minPrefix chars). */
export function matchNames<T>(stated: string, candidates: readonly T[], nameOf: (c: T) => string, minPrefix = 4): T[] {
  const same = candidates.filter((c) => sameName(stated, nameOf(c)));
  if (same.length) return same;
  const s = nameStem(stated);
  if (s.length < minPrefix) return [];
  return candidates.filter((c) => {
    const n = nameStem(nameOf(c));
    return n.length >= minPrefix && (n.startsWith(s) || s.startsWith(n));
  });
}
